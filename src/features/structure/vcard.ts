import type { ChartPerson } from './org-chart.ts'

// vCard 4.0 (RFC 6350): UTF-8 text, lines ended by CRLF, and folded at 75 octets without
// splitting a character, since a Vietnamese name is several bytes a letter.

/** Backslash, comma, semicolon and line breaks escaped, as RFC 6350 §3.4 asks in text values. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n')
}

/** One content line, folded every 75 octets (a continuation starts with a space). */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = Buffer.byteLength(char)
    const limit = parts.length === 0 ? 75 : 74
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

/** Vietnamese names are family name first: "Nguyễn Văn An" → family "Nguyễn", given "An", middle "Văn". */
function nameParts(name: string): { family: string; given: string; middle: string } {
  const words = name.trim().split(/\s+/)
  if (words.length < 2) return { family: '', given: name.trim(), middle: '' }
  return { family: words[0]!, given: words.at(-1)!, middle: words.slice(1, -1).join(' ') }
}

export function personVcard(p: ChartPerson, organisation: string, publicUrl: string): string {
  const n = nameParts(p.name)
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `FN:${escapeText(p.name)}`,
    `N:${escapeText(n.family)};${escapeText(n.given)};${escapeText(n.middle)};;`,
    `TITLE:${escapeText(p.title.text)}`,
    // ORG's components are separated by ';', so each is escaped on its own.
    `ORG:${[organisation, p.unitName.text].filter(Boolean).map(escapeText).join(';')}`,
    ...(p.phone ? [`TEL;VALUE=uri;TYPE=work,voice:tel:${p.phone.replace(/[^0-9+]/g, '')}`] : []),
    ...(p.email ? [`EMAIL;TYPE=work:${escapeText(p.email)}`] : []),
    ...(p.photo ? [`PHOTO:${absolute(p.photo.src, publicUrl)}`] : []),
    `LANG:vi`,
    'END:VCARD',
  ]
  return lines.map(foldLine).join('\r\n') + '\r\n'
}

/** Media served by the portal has a path; from a CDN, a whole address already. */
export const absolute = (src: string, publicUrl: string): string => (src.startsWith('/') && !src.startsWith('//') ? publicUrl + src : src)
