import type { Cell, Report, ReportTable } from './report.ts'

// The reports as Excel opens them: one XLSX workbook with a sheet a table, or one table as CSV
// with a UTF-8 byte-order mark (without it Excel reads Vietnamese as Windows-1252) and CRLF.

const rowsOf = (table: ReportTable): Cell[][] => [table.headers, ...table.rows, ...(table.total ? [table.total] : [])]

/** A text cell Excel would run as a formula ("=HYPERLINK(…)", "+84…", "-1+2", "@SUM") is kept as text by a leading apostrophe. */
export function csvCell(value: Cell): string {
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function tableCsv(table: ReportTable): Buffer {
  const lines = rowsOf(table).map((row) => row.map(csvCell).join(','))
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')])
}

export async function reportXlsx(report: Report): Promise<Buffer> {
  // Loaded at the first download, not at start: exceljs is a second of every process's start.
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Tòa Soạn'
  for (const table of report.tables) {
    // A sheet's name is at most 31 characters; the titles are ours and short, without forbidden characters.
    const sheet = workbook.addWorksheet(table.title.slice(0, 31))
    sheet.addRow([`${table.title}, ${period(report)}`]).font = { bold: true }
    sheet.addRow([table.note])
    sheet.addRow([...table.headers]).font = { bold: true }
    // Text is written as text (exceljs never makes a formula of a string), numbers as numbers.
    for (const row of table.rows) sheet.addRow(row)
    if (table.total) sheet.addRow(table.total).font = { bold: true }
    sheet.columns.forEach((column, i) => { column.width = i === 0 || table.headers[i] === 'Tiêu đề' ? 40 : 14 })
    sheet.views = [{ state: 'frozen', ySplit: 3 }]
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

export const period = (report: Report): string =>
  `từ ${report.range.from.split('-').reverse().join('/')} đến ${report.range.to.split('-').reverse().join('/')}`
