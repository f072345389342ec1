import { fold } from '../../../platform/text/vietnamese.ts'

// The register's columns as a province's spreadsheet heads them ("Số ký hiệu", "So ky hieu",
// "SỐ, KÝ HIỆU"): a header is matched folded (no marks, đ → d, any case, punctuation as space),
// so a sheet typed without a Vietnamese keyboard is read as well as one typed with it.

export const IMPORT_COLUMNS = {
  kind: { label: 'Loại', names: ['loai', 'loai van ban', 'hinh thuc van ban'], required: true },
  number: { label: 'Số ký hiệu', names: ['so ky hieu', 'so hieu', 'so va ky hieu', 'so'], required: true },
  issuer: { label: 'Cơ quan ban hành', names: ['co quan ban hanh', 'noi ban hanh', 'don vi ban hanh'], required: true },
  fields: { label: 'Lĩnh vực', names: ['linh vuc'], required: false },
  signer: { label: 'Người ký', names: ['nguoi ky'], required: false },
  issuedOn: { label: 'Ngày ban hành', names: ['ngay ban hanh'], required: true },
  effectiveFrom: { label: 'Ngày hiệu lực', names: ['ngay hieu luc', 'ngay co hieu luc'], required: false },
  effectiveUntil: { label: 'Ngày hết hiệu lực', names: ['ngay het hieu luc'], required: false },
  summary: { label: 'Trích yếu', names: ['trich yeu', 'trich yeu noi dung'], required: true },
  title: { label: 'Tiêu đề', names: ['tieu de'], required: false },
  files: { label: 'Tệp', names: ['tep', 'tep dinh kem', 'ten tep', 'file'], required: false },
} as const

export type ImportColumn = keyof typeof IMPORT_COLUMNS

/** A header or a list's name as compared: "Số, ký hiệu" → "so ky hieu". */
export const foldedName = (text: string): string => fold(text).replace(/[^a-z0-9]+/g, ' ').trim()

const COLUMN_OF_NAME = new Map<string, ImportColumn>(
  (Object.entries(IMPORT_COLUMNS) as [ImportColumn, (typeof IMPORT_COLUMNS)[ImportColumn]][]).flatMap(([key, c]) => c.names.map((n) => [n, key] as const)),
)

export interface HeaderReading {
  /** Which column of the sheet (0-based) holds each of the register's columns found. */
  positions: Partial<Record<ImportColumn, number>>
  /** Headers not recognised (their columns are ignored), as typed. */
  ignored: string[]
  /** Problems that stop the whole sheet (a required column missing, one named twice). */
  errors: string[]
}

export function readHeader(cells: readonly string[]): HeaderReading {
  const positions: Partial<Record<ImportColumn, number>> = {}
  const ignored: string[] = []
  const errors: string[] = []
  cells.forEach((cell, index) => {
    const typed = cell.trim()
    if (!typed) return
    const column = COLUMN_OF_NAME.get(foldedName(typed))
    if (!column) return void ignored.push(typed)
    if (positions[column] !== undefined) return void errors.push(`Cột “${IMPORT_COLUMNS[column].label}” có hai lần trong dòng tiêu đề.`)
    positions[column] = index
  })
  for (const [key, column] of Object.entries(IMPORT_COLUMNS) as [ImportColumn, (typeof IMPORT_COLUMNS)[ImportColumn]][]) {
    if (column.required && positions[key] === undefined) errors.push(`Thiếu cột “${column.label}” trong dòng tiêu đề.`)
  }
  return { positions, ignored, errors }
}
