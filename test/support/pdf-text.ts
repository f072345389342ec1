import { inflateSync } from 'node:zlib'

// Just enough of a PDF reader to check what the portal's PDFs say, without a PDF library: the
// objects, their (deflated) streams, each page's content stream, the fonts' ToUnicode maps, and
// the text-showing operators. Text is recovered exactly as a PDF viewer's copy or search would
// (through the ToUnicode maps): it proves the text layer and that no glyph is missing from the
// embedded fonts (glyph 0, .notdef), not how the marks look on screen.

export interface PdfObject {
  num: number
  dict: string
  stream: Buffer | undefined
}

export interface PdfText {
  /** Each page's lines: runs with the same baseline joined. */
  pages: string[][]
  /** Every text run drawn with glyph 0 (a letter the font had no drawing for). */
  missingGlyphs: string[]
  objects: Map<number, PdfObject>
}

export function readPdfObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1')
  const objects = new Map<number, PdfObject>()
  const start = /(\d+) 0 obj\s*/g
  for (let match = start.exec(text); match; match = start.exec(text)) {
    const num = Number(match[1])
    const from = match.index + match[0].length
    const end = text.indexOf('endobj', from)
    const body = text.slice(from, end)
    const at = body.indexOf('stream')
    if (at === -1 || !/^stream\r?\n/.test(body.slice(at))) {
      objects.set(num, { num, dict: body, stream: undefined })
      continue
    }
    const dict = body.slice(0, at)
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1])
    const dataStart = from + at + (body.slice(at).startsWith('stream\r\n') ? 8 : 7)
    const raw = pdf.subarray(dataStart, dataStart + length)
    const stream = /\/Filter \/FlateDecode/.test(dict) ? inflateSync(raw) : raw
    objects.set(num, { num, dict, stream })
    start.lastIndex = dataStart + length
  }
  return objects
}

const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1])

function toUnicodeMap(cmap: string): { bytes: number; map: Map<number, string> } {
  const map = new Map<number, string>()
  const hex = (h: string) => parseInt(h, 16)
  const utf16 = (h: string) => String.fromCharCode(...(h.match(/.{4}/g) ?? []).map(hex))
  const bytes = ((/<([0-9a-fA-F]+)> <[0-9a-fA-F]+>\s*endcodespacerange/.exec(cmap)?.[1] ?? '0000').length) / 2
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, uni] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(hex(code!), utf16(uni!))
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, list, single] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:\[([^\]]*)\]|<([0-9a-fA-F]+)>)/g)) {
      if (list !== undefined) [...list.matchAll(/<([0-9a-fA-F]+)>/g)].forEach(([, u], i) => map.set(hex(from!) + i, utf16(u!)))
      else for (let c = hex(from!); c <= hex(to!); c++) map.set(c, String.fromCharCode(hex(single!) + c - hex(from!)))
    }
  }
  return { bytes, map }
}

export function extractPdfText(pdf: Buffer): PdfText {
  const objects = readPdfObjects(pdf)
  const dictOf = (num: number) => objects.get(num)?.dict ?? ''
  const root = ref(/\/Root (\d+) 0 R/.test(pdf.toString('latin1')) ? pdf.toString('latin1').match(/\/Root \d+ 0 R/)![0] : '', 'Root')
  const pagesRoot = ref(dictOf(root), 'Pages')
  const pageNums: number[] = []
  const walk = (num: number) => {
    const dict = dictOf(num)
    const kids = /\/Kids \[([^\]]*)\]/.exec(dict)?.[1]
    if (kids) for (const [, kid] of kids.matchAll(/(\d+) 0 R/g)) walk(Number(kid))
    else pageNums.push(num)
  }
  walk(pagesRoot)
  const missingGlyphs: string[] = []
  const pages = pageNums.map((pageNum) => {
    const page = dictOf(pageNum)
    const resources = /\/Resources (\d+) 0 R/.test(page) ? dictOf(ref(page, 'Resources')) : page
    const fontDict = /\/Font (\d+) 0 R/.test(resources) ? dictOf(ref(resources, 'Font')) : (/\/Font <<([\s\S]*?)>>/.exec(resources)?.[1] ?? '')
    const fonts = new Map<string, ReturnType<typeof toUnicodeMap>>()
    for (const [, name, num] of fontDict.matchAll(/\/([A-Za-z0-9]+) (\d+) 0 R/g)) {
      const toUnicode = ref(dictOf(Number(num)), 'ToUnicode')
      const cmap = objects.get(toUnicode)?.stream?.toString('latin1')
      if (cmap) fonts.set(name!, toUnicodeMap(cmap))
    }
    const content = objects.get(ref(page, 'Contents'))?.stream?.toString('latin1') ?? ''
    const lines: string[] = []
    let font: ReturnType<typeof toUnicodeMap> | undefined
    let lineY: string | undefined
    const show = (hexes: string[]) => {
      let text = ''
      for (const h of hexes) {
        if (!font) continue
        for (let i = 0; i < h.length; i += font.bytes * 2) {
          const code = parseInt(h.slice(i, i + font.bytes * 2), 16)
          if (code === 0) missingGlyphs.push(h)
          text += font.map.get(code) ?? '\ufffd'
        }
      }
      if (lines.length === 0) lines.push('')
      lines[lines.length - 1] += text
    }
    for (const [, fontName, y, tj, tjOne] of content.matchAll(/\/([A-Za-z0-9]+) [\d.]+ Tf|1 0 0 1 [-\d.]+ ([-\d.]+) Tm|\[((?:<[0-9a-fA-F]*>|\s|-?[\d.]+)*)\] TJ|<([0-9a-fA-F]*)> Tj/g)) {
      if (fontName) font = fonts.get(fontName)
      else if (y !== undefined) {
        if (y !== lineY) lines.push('')
        lineY = y
      } else if (tj !== undefined) show([...tj.matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]!))
      else if (tjOne !== undefined) show([tjOne])
    }
    return lines.filter((l) => l !== '')
  })
  return { pages, missingGlyphs, objects }
}

/** Every page's text as one string, lines joined by a space. */
export const pdfPlainText = (text: PdfText) => text.pages.map((lines) => lines.join(' ')).join(' ')
