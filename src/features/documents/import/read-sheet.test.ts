import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { readHeader } from './import-columns.ts'
import { csvOf, IMPORT_HEADER, IMPORT_HEADER_PLAIN, xlsxOf } from './import-samples.ts'
import { readCsv, readSheet, UnreadableSheetError } from './read-sheet.ts'

// Issue 14, the spreadsheet import: reading a province's register as Excel or a CSV leaves it.

let dir: string
before(async () => { dir = await mkdtemp(join(tmpdir(), 'toasoan-read-sheet-')) })
after(() => rm(dir, { recursive: true, force: true }))

const saved = async (name: string, bytes: Buffer) => {
  const path = join(dir, name)
  await writeFile(path, bytes)
  return path
}

test('a CSV with Excel\'s byte-order mark reads its first header without the mark, and quoted cells keep their commas and line breaks', async () => {
  const sheet = await readSheet(await saved('bom.csv', csvOf([[...IMPORT_HEADER], ['Quyết định', '15/2021/QĐ-UBND', 'UBND tỉnh', '', '', '12/03/2021', '', '', 'Về việc A, B\nvà C', 'a.pdf; b.pdf']])))
  assert.equal(sheet.header[0], 'Loại')
  assert.deepEqual(readHeader(sheet.header).errors, [])
  assert.deepEqual(sheet.rows.map((r) => r.number), [2])
  assert.equal(sheet.rows[0]!.cells[8], 'Về việc A, B\nvà C')
  assert.equal(sheet.rows[0]!.cells[9], 'a.pdf; b.pdf')
})

test('a CSV without the mark, separated by semicolons as Excel in a Vietnamese locale saves it, reads the same', () => {
  const sheet = readCsv(csvOf([[...IMPORT_HEADER], ['Công văn', '456/UBND-KT', 'UBND tỉnh', '', '', '01/02/2022', '', '', 'Về việc X; Y', '']], { bom: false, separator: ';' }))
  assert.equal(sheet.rows[0]!.cells[1], '456/UBND-KT')
  assert.equal(sheet.rows[0]!.cells[8], 'Về việc X; Y')
})

test('headers typed without marks, in any case, name the same columns; a missing required column is said by its Vietnamese name', () => {
  const plain = readHeader([...IMPORT_HEADER_PLAIN])
  assert.deepEqual(plain.errors, [])
  assert.equal(plain.positions.summary, 8)
  assert.equal(plain.positions.issuedOn, 5)
  const missing = readHeader(['Loại', 'Trích yếu', 'Ghi chú'])
  assert.deepEqual(missing.ignored, ['Ghi chú'])
  assert.ok(missing.errors.includes('Thiếu cột “Số ký hiệu” trong dòng tiêu đề.'))
  assert.ok(missing.errors.includes('Thiếu cột “Ngày ban hành” trong dòng tiêu đề.'))
})

test('an XLSX\'s date cells come out as their day, text dates as typed, and row numbers as Excel shows them (blank rows skipped, not renumbered)', async () => {
  const path = await saved('so.xlsx', await xlsxOf([
    [...IMPORT_HEADER_PLAIN],
    ['Quyết định', '15/2021/QĐ-UBND', 'UBND tỉnh', null, null, new Date(Date.UTC(2021, 2, 12)), '20/03/2021', null, 'Về việc ban hành quy chế', null],
    [],
    ['Chỉ thị', '02/CT-UBND', 'UBND tỉnh', null, null, new Date(Date.UTC(2022, 11, 31)), null, null, 'Về việc phòng chống thiên tai', null],
  ]))
  const sheet = await readSheet(path)
  assert.deepEqual(sheet.rows.map((r) => r.number), [2, 4])
  assert.equal(sheet.rows[0]!.cells[5], '2021-03-12')
  assert.equal(sheet.rows[0]!.cells[6], '20/03/2021')
  assert.equal(sheet.rows[1]!.cells[5], '2022-12-31')
  assert.equal(sheet.rows[1]!.cells[1], '02/CT-UBND')
})

test('a CSV in a pre-Unicode code page, an old .xls, an empty file and a header alone are refused with the reason', async () => {
  const refused = async (bytes: Buffer, reason: RegExp) => {
    await assert.rejects(readSheet(await saved(`x-${Math.random()}`, bytes)), (e: unknown) => e instanceof UnreadableSheetError && reason.test(e.message))
  }
  await refused(Buffer.from([0x4c, 0x6f, 0xe0, 0x69, 0x2c, 0x53, 0xe8, 0x0d, 0x0a]), /UTF-8/)
  await refused(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /\.xls/)
  await refused(Buffer.alloc(0), /rỗng/)
  await refused(csvOf([[...IMPORT_HEADER]]), /chỉ có dòng tiêu đề/)
  await refused(Buffer.from('PK\u0003\u0004 not really a zip'), /hỏng/)
})

test('more than 5,000 documents in one sheet are refused before any is checked', async () => {
  const rows = [[...IMPORT_HEADER], ...Array.from({ length: 5001 }, (_, i) => ['Công văn', `${i + 1}/UBND`, 'UBND', '', '', '01/01/2022', '', '', 'Về việc', ''])]
  assert.throws(() => readCsv(csvOf(rows)), /tối đa 5\.000 dòng/)
})
