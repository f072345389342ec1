import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { keptInTemp, type KeptForm } from '../../../platform/kept-in-temp.ts'

// Small, valid one-page PDFs with real Vietnamese text, for the demo documents and the tests:
// their text layer is what search reads. The portal's own Noto Sans (@fontsource) is split by
// script: the Latin file has "Q" but no "ế", the Vietnamese one "ế" but no "Q"; so each line is
// drawn in runs, each with the file that has its letters.

const require = createRequire(import.meta.url)
let fonts: { latin: Buffer; vietnamese: Buffer } | undefined

function loadFonts() {
  const folder = join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files')
  fonts ??= {
    latin: readFileSync(join(folder, 'noto-sans-latin-400-normal.woff')),
    vietnamese: readFileSync(join(folder, 'noto-sans-vietnamese-400-normal.woff')),
  }
  return fonts
}

// The Vietnamese subset's unicode-range (@fontsource/noto-sans/400.css).
const VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u0300-\u0323\u1ea0-\u1ef9\u20ab]/u

/** Runs of letters drawn by the same font file: ["Quy", "ế", "t đ", …]. */
function runs(line: string): { text: string; font: 'latin' | 'vietnamese' }[] {
  const out: { text: string; font: 'latin' | 'vietnamese' }[] = []
  for (const char of line.normalize('NFC')) {
    const font = VIETNAMESE.test(char) ? 'vietnamese' : 'latin'
    const last = out.at(-1)
    if (last?.font === font) last.text += char
    else out.push({ text: char, font })
  }
  return out
}

/** A one-page A4 PDF with these lines of text. */
export async function makeDemoPdf(lines: readonly string[], title = lines[0] ?? ''): Promise<Buffer> {
  const { latin, vietnamese } = loadFonts()
  // pdfkit only when a PDF is drawn: a portal whose demo PDFs are kept never loads it.
  const { default: PDFDocument } = await import('pdfkit')
  const doc = new PDFDocument({ size: 'A4', margin: 72, info: { Title: title, Producer: 'Tòa Soạn' } })
  doc.registerFont('latin', latin)
  doc.registerFont('vietnamese', vietnamese)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  doc.fontSize(13)
  for (const line of lines) {
    const parts = runs(line)
    if (parts.length === 0) doc.moveDown()
    parts.forEach((part, i) => doc.font(part.font).text(part.text, { continued: i < parts.length - 1, features: [] }))
  }
  doc.end()
  return done
}

/** Change it when makeDemoPdf draws differently: the kept ones are then made anew. */
const DRAWING = 'v1'
const PDF: KeptForm<Buffer> = {
  encode: (pdf) => pdf,
  decode: (bytes) => (bytes.subarray(0, 5).toString('latin1') === '%PDF-' && bytes.subarray(-8).toString('latin1').includes('%%EOF') ? bytes : undefined),
}

/**
 * makeDemoPdf's PDF, kept in the temporary folder under a hash of its words and of the fonts that
 * draw them: every empty portal that seeds the demo after the first reads it instead of drawing
 * it again, as the demo's pictures are kept.
 */
export function keptDemoPdf(lines: readonly string[], title = lines[0] ?? ''): Promise<Buffer> {
  const { latin, vietnamese } = loadFonts()
  const name = createHash('sha256').update(JSON.stringify([DRAWING, lines, title])).update(latin).update(vietnamese).digest('hex').slice(0, 32)
  return keptInTemp('toasoan-demo-pdfs', `${name}.pdf`, () => makeDemoPdf(lines, title), PDF)
}
