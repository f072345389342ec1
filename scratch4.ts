import { readFileSync } from 'node:fs'
import { extractPdfText, pdfPlainText } from './test/support/pdf-text.ts'
const pdf = readFileSync('/tmp/pdfp/small.pdf')
const t = extractPdfText(pdf)
console.log(t.pages.map((p) => p.join('\n')).join('\n=====\n'))
console.log('missing', t.missingGlyphs.length)
const s = pdf.toString('latin1'); console.log(s.match(/\/BaseFont \/[A-Z]+\+[^\s/]+/g)); console.log((s.match(/\/Subtype \/Image/g)||[]).length, 'images')
