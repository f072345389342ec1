import CFB from 'cfb'
import { strToU8, zipSync, type Zippable } from 'fflate'
import sharp from 'sharp'
import { makeDemoPdf } from './demo-pdf.ts'

// Files of every kind the tests upload, made here as their programs would make them (cfb writes
// real compound files, fflate real ZIPs): the documents a clerk attaches, and the look-alikes a
// careless or malicious upload brings (an installer, a JAR, an APK, a renamed program).

const CONTENT_TYPES = (main: string, part: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="${part}" ContentType="${main}"/></Types>`
const RELS = (target: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`

const zip = (files: Record<string, string | Uint8Array>, level: 0 | 6 = 6) => {
  const entries: Zippable = {}
  for (const [name, content] of Object.entries(files)) entries[name] = [typeof content === 'string' ? strToU8(content) : content, { level }]
  return Buffer.from(zipSync(entries))
}

/** A Word document whose paragraphs are these lines. */
export function docxOf(lines: readonly string[]): Buffer {
  const paragraphs = lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`).join('')
  return zip({
    '[Content_Types].xml': CONTENT_TYPES('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', '/word/document.xml'),
    '_rels/.rels': RELS('word/document.xml'),
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`,
  })
}

export const xlsxFile = () => zip({
  '[Content_Types].xml': CONTENT_TYPES('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', '/xl/workbook.xml'),
  '_rels/.rels': RELS('xl/workbook.xml'),
  'xl/workbook.xml': '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
})

/** An ODF text: `mimetype` first and stored, as the specification wants. */
export function odtFile(mimetype = 'application/vnd.oasis.opendocument.text'): Buffer {
  const entries: Zippable = {
    mimetype: [strToU8(mimetype), { level: 0 }],
    'content.xml': [strToU8('<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'), { level: 6 }],
    'META-INF/manifest.xml': [strToU8('<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'), { level: 6 }],
  }
  return Buffer.from(zipSync(entries))
}

export const jarFile = () => zip({ 'META-INF/MANIFEST.MF': 'Manifest-Version: 1.0\nMain-Class: vn.Main\n', 'vn/Main.class': new Uint8Array([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 52]) })
/** An APK that even carries a Word document's [Content_Types].xml: it is a program all the same. */
export const apkFile = () => zip({
  'AndroidManifest.xml': new Uint8Array([3, 0, 8, 0]), 'classes.dex': strToU8('dex\n035\0'),
  '[Content_Types].xml': CONTENT_TYPES('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', '/word/document.xml'),
})
export const plainZip = () => zip({ 'baocao.txt': 'Báo cáo' })

function compound(streams: Record<string, Buffer>): Buffer {
  const file = CFB.utils.cfb_new()
  for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(file, `/${name}`, content)
  return Buffer.from(CFB.write(file, { type: 'buffer' }) as Uint8Array)
}
// Big enough to live in regular sectors, as a real Word stream does.
export const docFile = () => compound({ WordDocument: Buffer.alloc(8192, 0xec), '1Table': Buffer.alloc(4096, 1) })
export const xlsFile = () => compound({ Workbook: Buffer.alloc(8192, 9) })
export const msiFile = () => compound({ '\u0005SummaryInformation': Buffer.alloc(512, 1), '\u4840\u3b3f\u4577\u446c\u3b6a\u45e4\u4824': Buffer.alloc(8192, 2) })

export const exeFile = () => Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(120), Buffer.from('PE\0\0', 'latin1')])
export const elfFile = () => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(56)])
export const scriptFile = () => Buffer.from('#!/bin/sh\nrm -rf ~\n')

export const jpegFile = () => sharp({ create: { width: 40, height: 60, channels: 3, background: '#eee' } }).jpeg().toBuffer()
export const pngFile = () => sharp({ create: { width: 40, height: 60, channels: 3, background: '#eee' } }).png().toBuffer()

export const textPdf = () => makeDemoPdf([
  'Quyết định số 15/2021/QĐ-UBND ngày 12 tháng 3 năm 2021',
  'Về việc ban hành Quy chế tiếp công dân của Ủy ban nhân dân tỉnh Bình Định',
])

/** A scanned page: a drawing, no text layer. */
export async function scannedPdf(): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit')
  const doc = new PDFDocument({ size: 'A4' })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  doc.rect(72, 72, 300, 400).fill('#999')
  doc.end()
  return done
}

/** A PDF made from a .VnTime (TCVN3) document: its text layer holds the font's bytes as Latin-1. */
export async function tcvn3Pdf(): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit')
  const doc = new PDFDocument({ size: 'A4' })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  // "Quyết định về việc ban hành quy chế tiếp công dân của Ủy ban nhân dân tỉnh Bình Định" in TCVN3.
  doc.font('Helvetica').fontSize(12).text('QuyÕt ®Þnh vÒ viÖc ban hµnh quy chÕ tiÕp c«ng d©n cña Uû ban nh©n d©n tØnh B×nh §Þnh')
  doc.end()
  return done
}
