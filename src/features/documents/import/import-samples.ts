import { zipSync, type Zippable } from 'fflate'

// Spreadsheets and ZIPs as a province's clerk makes them, made in code for the tests and the
// browser journey: Excel's XLSX (real date cells), CSV with Excel's byte-order mark, a ZIP of files.

export type SheetCell = string | Date | number | null

export async function xlsxOf(rows: readonly (readonly SheetCell[])[]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Sổ văn bản')
  for (const row of rows) sheet.addRow([...row])
  sheet.getColumn(6).numFmt = 'dd/mm/yyyy'
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** CSV as Excel saves "CSV UTF-8": a byte-order mark, CRLF, cells quoted when they must be. */
export function csvOf(rows: readonly (readonly string[])[], options: { bom?: boolean; separator?: string } = {}): Buffer {
  const separator = options.separator ?? ','
  const cell = (text: string) => (/["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text)
  const text = rows.map((r) => r.map(cell).join(separator)).join('\r\n') + '\r\n'
  return Buffer.concat([options.bom === false ? Buffer.alloc(0) : Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
}

export function zipOf(files: Record<string, Buffer>): Buffer {
  const entries: Zippable = {}
  for (const [name, bytes] of Object.entries(files)) entries[name] = [new Uint8Array(bytes), { level: 6 }]
  return Buffer.from(zipSync(entries))
}

export const IMPORT_HEADER = ['Loại', 'Số ký hiệu', 'Cơ quan ban hành', 'Lĩnh vực', 'Người ký', 'Ngày ban hành', 'Ngày hiệu lực', 'Ngày hết hiệu lực', 'Trích yếu', 'Tệp'] as const
/** The same header typed without a Vietnamese keyboard, in capitals. */
export const IMPORT_HEADER_PLAIN = ['LOAI', 'So ky hieu', 'co quan ban hanh', 'Linh vuc', 'Nguoi ky', 'Ngay ban hanh', 'Ngay hieu luc', 'Ngay het hieu luc', 'TRICH YEU', 'Tep'] as const
