import { convertLegacyText, couldBeBytes } from '../../platform/text/legacy/index.ts'
import type { TextHints } from './records.ts'

// Old portals' text may be TCVN3, VNI or VISCII typed before Unicode, paragraph by paragraph
// (platform/text/legacy). Here an item's fields go through it: plain text as it is, HTML by its
// text between tags (tags and attributes are never decoded: a TCVN3 reading of `<p class>`
// would be nonsense). What was converted is said, per field, for the item's report.

export interface ReadText {
  text: string
  /** "body: 3 paragraphs TCVN3 (font)"; empty when nothing was converted or doubtful. */
  notes: string[]
}

const FONT_FAMILY = /font-family\s*:\s*['"]?([^;'">]+)|<font[^>]*\bface\s*=\s*['"]?([^'">]+)/gi

/** Font faces named in the HTML, for the converter's hint (".VnTime", "VNI-Times"). */
export function fontFacesIn(html: string): string[] {
  const faces = new Set<string>()
  for (const match of html.matchAll(FONT_FAMILY)) {
    for (const face of (match[1] ?? match[2] ?? '').split(',')) if (face.trim()) faces.add(face.trim().replace(/^['"]|['"]$/g, ''))
  }
  return [...faces]
}

/** A legacy font wins over the rest: it is the one that says how the text was typed. */
function fontHint(hints: TextHints | undefined): string | undefined {
  return hints?.fontFaces?.find((f) => /^\.?vn|^vni/i.test(f.trim())) ?? hints?.fontFaces?.[0]
}

export function readPlainText(field: string, text: string, hints?: TextHints): ReadText {
  // Nearly every text is Unicode already: a character that cannot be a byte says so at once.
  if (text === '' || !couldBeBytes(text) || /^[\x00-\x7f]*$/.test(text)) return { text: text.normalize('NFC'), notes: [] }
  const result = convertLegacyText(text, { font: fontHint(hints), charset: hints?.declaredCharset })
  return { text: result.text.normalize('NFC'), notes: describe(field, result.paragraphs) }
}

export function readHtml(field: string, html: string, hints?: TextHints): ReadText {
  const font = fontHint({ fontFaces: [...(hints?.fontFaces ?? []), ...fontFacesIn(html)] })
  const pieces = html.split(/(<[^>]*>)/)
  const texts: number[] = []
  pieces.forEach((piece, i) => {
    if (i % 2 === 0 && piece.trim() !== '' && couldBeBytes(piece) && !/^[\x00-\x7f]*$/.test(piece)) texts.push(i)
  })
  if (texts.length === 0) return { text: html.normalize('NFC'), notes: [] }
  // One paragraph a text node, converted together, so a short one (a heading) is read in the
  // encoding the rest of the item was found in.
  const joined = texts.map((i) => pieces[i]!.replace(/\r?\n/g, ' ')).join('\n')
  const result = convertLegacyText(joined, { font, charset: hints?.declaredCharset })
  result.text.split('\n').forEach((converted, k) => (pieces[texts[k]!] = converted))
  return { text: pieces.join('').normalize('NFC'), notes: describe(field, result.paragraphs) }
}

function describe(field: string, paragraphs: ReturnType<typeof convertLegacyText>['paragraphs']): string[] {
  const notes: string[] = []
  const converted = new Map<string, number>()
  for (const p of paragraphs) if (p.converted) converted.set(`${p.encoding} (${p.source})`, (converted.get(`${p.encoding} (${p.source})`) ?? 0) + 1)
  for (const [how, count] of converted) notes.push(`${field}: ${count} paragraph${count > 1 ? 's' : ''} converted from ${how}`)
  const doubtful = paragraphs.filter((p) => !p.converted && (p.encoding === 'ambiguous' || p.encoding === 'unknown'))
  if (doubtful.length > 0) notes.push(`${field}: ${doubtful.length} paragraph${doubtful.length > 1 ? 's' : ''} left as they are (encoding ${doubtful.map((p) => p.encoding).join(', ')}; check by hand)`)
  return notes
}
