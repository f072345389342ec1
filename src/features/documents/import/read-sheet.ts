import { open, readFile, stat } from 'node:fs/promises'
import { promisify } from 'node:util'
import type { CellValue } from 'exceljs'
import yauzl, { type Entry, type ZipFile } from 'yauzl'

// The spreadsheet as rows of text, whatever it came as: an XLSX (its first sheet; date cells
// become 'YYYY-MM-DD') or a CSV in UTF-8, with or without the byte-order mark Excel writes,
// separated by commas, semicolons (Excel in a Vietnamese locale) or tabs. Row numbers are the
// ones the clerk sees in Excel, the header being row 1.

export const MAX_IMPORT_ROWS = 5000
export const MAX_SHEET_BYTES = 20 * 1024 * 1024
/** An XLSX's parts unpacked: a 5,000-row register is a few megabytes; more is a ZIP bomb. */
const MAX_XLSX_UNPACKED_BYTES = 200 * 1024 * 1024
const MAX_COLUMNS = 60

export interface SheetRow {
  /** As Excel numbers it (the header is row 1). */
  number: number
  cells: string[]
}

export interface Sheet {
  header: string[]
  rows: SheetRow[]
}

/** The sheet cannot be read at all: the message says why, in Vietnamese. */
export class UnreadableSheetError extends Error {}

export async function readSheet(path: string): Promise<Sheet> {
  const { size } = await stat(path)
  if (size === 0) throw new UnreadableSheetError('Tệp bảng tính rỗng.')
  if (size > MAX_SHEET_BYTES) throw new UnreadableSheetError(`Tệp bảng tính lớn hơn ${MAX_SHEET_BYTES / 1024 / 1024} MB.`)
  const head = Buffer.alloc(8)
  const file = await open(path, 'r')
  try {
    await file.read(head, 0, 8, 0)
  } finally {
    await file.close()
  }
  if (head.readUInt32LE(0) === 0x04034b50) return readXlsx(path)
  if (head.readUInt32BE(0) === 0xd0cf11e0) throw new UnreadableSheetError('Tệp Excel 97–2003 (.xls) chưa đọc được: xin mở trong Excel và lưu thành .xlsx hoặc CSV UTF-8.')
  return readCsv(await readFile(path))
}

export function readCsv(bytes: Buffer): Sheet {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new UnreadableSheetError('Tệp CSV không ở bảng mã UTF-8: xin lưu lại trong Excel bằng “CSV UTF-8 (Comma delimited)”.')
  }
  if (text.includes('\u0000')) throw new UnreadableSheetError('Tệp gửi lên không phải bảng tính XLSX hay CSV.')
  const records = parseCsv(text, delimiterOf(text))
  return sheetOf(records.map((cells, i) => ({ number: i + 1, cells })))
}

/** The separator the header line uses most, outside quotes. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '')
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const)
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0]
}

/** RFC 4180: quoted cells may hold separators, line breaks and doubled quotes. */
function parseCsv(text: string, delimiter: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++ }
      else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"' && cell === '') quoted = true
    else if (c === delimiter) { record.push(cell); cell = '' }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      record.push(cell)
      records.push(record)
      record = []
      cell = ''
    } else cell += c
  }
  if (cell !== '' || record.length) {
    record.push(cell)
    records.push(record)
  }
  return records
}

async function readXlsx(path: string): Promise<Sheet> {
  const unpacked = await unpackedSize(path)
  if (unpacked === undefined) throw new UnreadableSheetError('Tệp bảng tính bị hỏng hoặc không phải XLSX.')
  if (unpacked > MAX_XLSX_UNPACKED_BYTES) throw new UnreadableSheetError('Tệp bảng tính quá lớn khi giải nén.')
  // exceljs is loaded when a spreadsheet comes in: it is a second of every process's start otherwise.
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.readFile(path)
  } catch {
    throw new UnreadableSheetError('Tệp bảng tính bị hỏng hoặc không phải XLSX.')
  }
  const sheet = workbook.worksheets.find((w) => w.state !== 'hidden' && w.state !== 'veryHidden')
  if (!sheet) throw new UnreadableSheetError('Tệp bảng tính không có trang tính nào.')
  if (sheet.rowCount > MAX_IMPORT_ROWS + 1000) throw new UnreadableSheetError(`Bảng tính có quá ${MAX_IMPORT_ROWS.toLocaleString('vi-VN')} dòng văn bản.`)
  const rows: SheetRow[] = []
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = []
    const last = Math.min(row.cellCount, MAX_COLUMNS)
    for (let col = 1; col <= last; col++) cells.push(cellText(row.getCell(col).value))
    rows.push({ number, cells })
  })
  return sheetOf(rows)
}

/** What a cell shows as text; a date cell (Excel keeps it as a day count, ExcelJS as a UTC Date) as its day. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)
  if (typeof value !== 'object') return String(value)
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('result' in value) return cellText((value.result ?? null) as CellValue)
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as CellValue)
  return ''
}

function sheetOf(records: SheetRow[]): Sheet {
  const filled = records.map((r) => ({ number: r.number, cells: r.cells.slice(0, MAX_COLUMNS).map((c) => c.trim()) })).filter((r) => r.cells.some(Boolean))
  const [header, ...rows] = filled
  if (!header) throw new UnreadableSheetError('Bảng tính không có dòng nào.')
  if (header.number !== 1) throw new UnreadableSheetError('Dòng 1 của bảng tính phải là dòng tiêu đề (Loại, Số ký hiệu, Cơ quan ban hành…).')
  if (rows.length === 0) throw new UnreadableSheetError('Bảng tính chỉ có dòng tiêu đề, không có văn bản nào.')
  if (rows.length > MAX_IMPORT_ROWS) throw new UnreadableSheetError(`Bảng tính có ${rows.length.toLocaleString('vi-VN')} dòng văn bản; mỗi lần nhập tối đa ${MAX_IMPORT_ROWS.toLocaleString('vi-VN')} dòng.`)
  return { header: header.cells, rows }
}

const openZip = promisify<string, yauzl.Options, ZipFile>(yauzl.open)

/** The sum of a ZIP's entries' unpacked sizes as its directory declares them (yauzl checks them while reading); undefined when broken. */
async function unpackedSize(path: string): Promise<number | undefined> {
  let zip: ZipFile
  try {
    zip = await openZip(path, { lazyEntries: true, autoClose: false })
  } catch {
    return undefined
  }
  try {
    return await new Promise<number | undefined>((resolve) => {
      let total = 0
      zip.on('entry', (entry: Entry) => {
        total += entry.uncompressedSize
        zip.readEntry()
      })
      zip.on('end', () => resolve(total))
      zip.on('error', () => resolve(undefined))
      zip.readEntry()
    })
  } finally {
    zip.close()
  }
}
