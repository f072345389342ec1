import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { readFileText } from './file-text.ts'
import { looksLikeLegacyEncoding } from './legacy-encoding.ts'
import * as sample from './sample-files.ts'
import { judgeFile } from './sniff.ts'

let folder: string
before(async () => { folder = await mkdtemp(join(tmpdir(), 'toasoan-sniff-')) })
after(() => rm(folder, { recursive: true, force: true }))

// The name says nothing: every sample is saved as "van-ban.pdf".
async function judge(bytes: Buffer) {
  const path = join(folder, `${Math.random().toString(36).slice(2)}-van-ban.pdf`)
  await writeFile(path, bytes)
  return judgeFile(path)
}

test('each kind a document may carry is recognised from its bytes, whatever its name', async () => {
  const cases: [string, Buffer, string][] = [
    ['PDF', await sample.textPdf(), 'pdf'], ['DOC', sample.docFile(), 'doc'], ['XLS', sample.xlsFile(), 'xls'],
    ['DOCX', sample.docxOf(['Báo cáo']), 'docx'], ['XLSX', sample.xlsxFile(), 'xlsx'], ['ODT', sample.odtFile(), 'odt'],
    ['JPG', await sample.jpegFile(), 'jpg'], ['PNG', await sample.pngFile(), 'png'],
  ]
  for (const [label, bytes, kind] of cases) assert.deepEqual(await judge(bytes), { kind }, label)
})

test('an installer, a JAR, an APK and renamed programs are refused in Vietnamese', async () => {
  const cases: [string, Buffer, RegExp][] = [
    ['MSI', sample.msiFile(), /gói cài đặt/],
    ['JAR', sample.jarFile(), /chương trình Java hoặc Android/],
    ['APK with a Word content-types part', sample.apkFile(), /chương trình Java hoặc Android/],
    ['EXE', sample.exeFile(), /chương trình chạy được/],
    ['ELF', sample.elfFile(), /chương trình chạy được/],
    ['shell script', sample.scriptFile(), /chương trình chạy được/],
    ['a ZIP of other files', sample.plainZip(), /không phải văn bản Word \(DOCX\)/],
    ['an ODF spreadsheet', sample.odtFile('application/vnd.oasis.opendocument.spreadsheet'), /không phải văn bản \(ODT\)/],
    ['plain text', Buffer.from('Quyết định số 15'), /Không nhận ra loại tệp/],
    ['an empty file', Buffer.alloc(0), /Tệp rỗng/],
  ]
  for (const [label, bytes, message] of cases) {
    const judgement = await judge(bytes)
    assert.ok('refused' in judgement, `${label} is refused`)
    assert.match(judgement.refused, message, label)
    assert.match(judgement.refused, /Chỉ nhận tệp PDF, DOC, DOCX, XLS, XLSX, ODT/, label)
  }
})

test('a compound file whose directory is broken is refused, not a 500', async () => {
  const doc = sample.docFile()
  doc.writeUInt32LE(0x7ffffff0, 0x30) // the directory's first sector, far past the end
  const judgement = await judge(doc)
  assert.ok('refused' in judgement)
  assert.match(judgement.refused, /bị hỏng/)
})

async function textOf(kind: 'pdf' | 'docx', bytes: Buffer) {
  const path = join(folder, `${Math.random().toString(36).slice(2)}.${kind}`)
  await writeFile(path, bytes)
  return readFileText(kind, path)
}

test('the text of a PDF and of a DOCX is read for search, in NFC', async () => {
  const pdf = await textOf('pdf', await sample.textPdf())
  assert.equal(pdf.state, 'ok')
  assert.match(pdf.text, /Quyết định số 15\/2021\/QĐ-UBND/)
  assert.match(pdf.text, /Quy chế tiếp công dân của Ủy ban nhân dân tỉnh Bình\s+Định/)
  const docx = await textOf('docx', sample.docxOf(['Kế hoạch tuyên truyền', 'cải cách hành chính & chuyển đổi số'.normalize('NFD')]))
  assert.deepEqual(docx, { text: 'Kế hoạch tuyên truyền\ncải cách hành chính & chuyển đổi số', state: 'ok' })
})

test('a scanned PDF is flagged as having no text, and TCVN3 mojibake as a legacy encoding', async () => {
  assert.equal((await textOf('pdf', await sample.scannedPdf())).state, 'no_text')
  const tcvn3 = await textOf('pdf', await sample.tcvn3Pdf())
  assert.equal(tcvn3.state, 'legacy_encoding')
  assert.match(tcvn3.text, /®Þnh/, 'the text is kept as it came, for the converter to re-read')
})

test('the legacy-encoding detector knows TCVN3 and VNI, and leaves Unicode Vietnamese and other languages alone', () => {
  assert.equal(looksLikeLegacyEncoding('Uû ban nh©n d©n tØnh B×nh §Þnh. QuyÕt ®Þnh vÒ viÖc ban hµnh quy chÕ'), true, 'TCVN3')
  assert.equal(looksLikeLegacyEncoding('UÛy ban nhaân daân tænh Bình Ñònh. Quyeát ñònh veà vieäc ban haønh quy cheá. Caên cöù Luaät Toå chöùc chính quyeàn ñòa phöông'), true, 'VNI')
  assert.equal(looksLikeLegacyEncoding('Ủy ban nhân dân tỉnh Bình Định. Quyết định về việc ban hành quy chế tiếp công dân'), false)
  assert.equal(looksLikeLegacyEncoding('Die Stadtverwaltung München grüßt die Delegation aus Bình Định herzlich.'), false, 'German')
  assert.equal(looksLikeLegacyEncoding('Số 15 — © 2021 UBND'), false, 'a stray symbol')
})
