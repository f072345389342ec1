import { formatNewsroomTime } from '../../../platform/text/time.ts'
import type { ConsultationComment, ConsultationCommentStatus } from './consultation.ts'

// The received comments for the drafting body's report, as Excel reads them: XLSX, and CSV
// with a UTF-8 byte-order mark (without it Excel reads Vietnamese as Windows-1252) and CRLF.

const STATUS_NAMES: Record<ConsultationCommentStatus, string> = { pending: 'Chờ duyệt', approved: 'Đã duyệt', rejected: 'Từ chối', spam: 'Thư rác' }

export const EXPORT_HEADERS = ['STT', 'Mã', 'Gửi lúc', 'Họ và tên', 'Thư điện tử', 'Cơ quan, tổ chức', 'Góp ý cho', 'Nội dung góp ý', 'Trạng thái'] as const

function rowsOf(comments: readonly ConsultationComment[]): (string | number)[][] {
  return comments.map((c, i) => [i + 1, c.id, formatNewsroomTime(c.createdAt), c.authorName, c.authorEmail, c.organisation,
    c.clauseLabel ?? 'Góp ý chung', c.body, STATUS_NAMES[c.status]])
}

/** A cell Excel would run as a formula ("=HYPERLINK(…)", "+84…", "-", "@") is kept as text. */
function csvCell(value: string | number): string {
  let text = String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function commentsCsv(comments: readonly ConsultationComment[]): Buffer {
  const lines = [EXPORT_HEADERS as readonly (string | number)[], ...rowsOf(comments)].map((row) => row.map(csvCell).join(','))
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')])
}

export async function commentsXlsx(comments: readonly ConsultationComment[], sheetTitle: string): Promise<Buffer> {
  // Loaded at the first export, not at start: exceljs is a second of every process's start.
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Tòa Soạn'
  // A sheet's name is at most 31 characters, some are forbidden, and it may not start or end with an apostrophe.
  const sheet = workbook.addWorksheet(sheetTitle.replace(/[\\/?*[\]:']/g, ' ').slice(0, 31).trim() || 'Góp ý')
  sheet.columns = [{ width: 6 }, { width: 8 }, { width: 24 }, { width: 24 }, { width: 28 }, { width: 28 }, { width: 20 }, { width: 80 }, { width: 12 }]
  sheet.addRow([...EXPORT_HEADERS]).font = { bold: true }
  for (const row of rowsOf(comments)) sheet.addRow(row).alignment = { wrapText: true, vertical: 'top' }
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
