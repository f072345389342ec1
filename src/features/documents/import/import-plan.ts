import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Db } from '../../../platform/db/connect.ts'
import { ValidationError } from '../../../platform/http/errors.ts'
import { checkDocumentInput } from '../document-input.ts'
import type { DocumentInput } from '../document.service.ts'
import { megabytes } from '../files/attach-file.ts'
import { readMaxFileBytes } from '../files/document-file.repository.ts'
import { judgeFile } from '../files/sniff.ts'
import { listFields, listIssuers, listKinds } from '../lists.repository.ts'
import { numberKey } from '../number.ts'
import { foldedName, readHeader, type ImportColumn } from './import-columns.ts'
import { fileKey, openImportZip, type ImportZip } from './import-zip.ts'
import type { Sheet, SheetRow } from './read-sheet.ts'

// The dry run: every row of the sheet checked as the newsroom's form would check it, against
// the edited lists, the register and the ZIP, every problem of every row at once. What it
// returns is what "Nhập N văn bản" will create; the real import plans again first (the register
// may have changed meanwhile) and creates nothing unless every row still passes.

export interface PlannedFile {
  name: string
  path: string
}

export interface PlannedDocument {
  row: number
  kindName: string
  number: string
  summary: string
  input: DocumentInput
  files: PlannedFile[]
}

export interface RowProblem {
  row: number
  reasons: string[]
}

export interface ImportPlan {
  documents: PlannedDocument[]
  problems: RowProblem[]
  /** Problems of the sheet as a whole (a column missing): no row is read. */
  sheetErrors: string[]
  /** Worth knowing, not stopping: a column not recognised, a ZIP entry no row names. */
  warnings: string[]
}

export interface PlanSources {
  sheet: Sheet
  /** The uploaded ZIP on disk, or null when none was sent. */
  zipPath: string | null
  /** Where the files rows name are unpacked (emptied first). */
  filesDir: string
}

/** An Excel day count (1900 date system: day 1 is 1 January 1900, with Excel's leap-year slip). */
function excelSerialDay(text: string): string | undefined {
  if (!/^\d{4,6}(\.\d+)?$/.test(text)) return undefined
  const serial = Math.floor(Number(text))
  if (serial < 367) return undefined
  const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000)
  return date.toISOString().slice(0, 10)
}

const dayText = (text: string): string => excelSerialDay(text) ?? text

/** A list's names folded, for lookup; a name two entries share is ambiguous (null). */
function byFoldedName<T extends { name: string }>(items: readonly T[]): Map<string, T | null> {
  const map = new Map<string, T | null>()
  for (const item of items) {
    const key = foldedName(item.name)
    map.set(key, map.has(key) ? null : item)
  }
  return map
}

const splitList = (text: string): string[] => [...new Set(text.split(/[;\n]/).map((s) => s.trim()).filter(Boolean))]

export async function planImport(db: Db, sources: PlanSources): Promise<ImportPlan> {
  const header = readHeader(sources.sheet.header)
  const warnings = header.ignored.map((name) => `Cột “${name}” không thuộc sổ văn bản nên được bỏ qua.`)
  if (header.errors.length) return { documents: [], problems: [], sheetErrors: header.errors, warnings }

  const [kinds, issuers, fields, maxBytes] = await Promise.all([
    listKinds(db).then(byFoldedName), listIssuers(db).then(byFoldedName), listFields(db).then(byFoldedName), readMaxFileBytes(db),
  ])
  const cell = (row: SheetRow, column: ImportColumn) => {
    const at = header.positions[column]
    return at === undefined ? '' : (row.cells[at] ?? '').trim()
  }

  await rm(sources.filesDir, { recursive: true, force: true })
  await mkdir(sources.filesDir, { recursive: true, mode: 0o700 })
  const zip = sources.zipPath ? await openImportZip(sources.zipPath) : undefined
  if (sources.zipPath && !zip) return { documents: [], problems: [], sheetErrors: ['Tệp ZIP bị hỏng hoặc không phải tệp ZIP.'], warnings }
  try {
    const files = fileChecker(zip, sources.filesDir, maxBytes)
    const registered = await registeredNumbers(db, sources.sheet.rows.map((r) => numberKey(cell(r, 'number'))))
    const seenInSheet = new Map<string, number>()
    const documents: PlannedDocument[] = []
    const problems: RowProblem[] = []

    for (const row of sources.sheet.rows) {
      const reasons: string[] = []
      const kindName = cell(row, 'kind')
      const kind = kindName ? kinds.get(foldedName(kindName)) : undefined
      if (!kindName) reasons.push('Thiếu loại văn bản.')
      else if (kind === undefined) reasons.push(`Loại văn bản “${kindName}” không có trong danh mục.`)
      else if (kind === null) reasons.push(`Danh mục có hai loại văn bản cùng tên “${kindName}”.`)

      const issuerName = cell(row, 'issuer')
      const issuer = issuerName ? issuers.get(foldedName(issuerName)) : undefined
      if (!issuerName) reasons.push('Thiếu cơ quan ban hành.')
      else if (issuer === undefined) reasons.push(`Cơ quan ban hành “${issuerName}” không có trong danh mục.`)
      else if (issuer === null) reasons.push(`Danh mục có hai cơ quan ban hành cùng tên “${issuerName}”; xin đổi tên một cơ quan cho khác nhau.`)

      const fieldIds: number[] = []
      for (const name of splitList(cell(row, 'fields'))) {
        const field = fields.get(foldedName(name))
        if (field) fieldIds.push(field.id)
        else reasons.push(`Lĩnh vực “${name}” không có trong danh mục.`)
      }

      const number = cell(row, 'number')
      const key = numberKey(number)
      if (key && issuer) {
        const sameIssuer = `${issuer.id}|${key}`
        const inRegister = registered.get(sameIssuer)
        if (inRegister) reasons.push(`Số ký hiệu “${number}” của ${issuer.name} đã có trong sổ văn bản (${inRegister}).`)
        const earlier = seenInSheet.get(sameIssuer)
        if (earlier !== undefined) reasons.push(`Số ký hiệu “${number}” trùng với dòng ${earlier} của bảng tính.`)
        else seenInSheet.set(sameIssuer, row.number)
      }

      const input: DocumentInput = {
        kindId: kind?.id ?? null, issuerId: issuer?.id ?? null, number, summary: cell(row, 'summary'), title: cell(row, 'title'), signer: cell(row, 'signer'),
        issuedOn: dayText(cell(row, 'issuedOn')), effectiveFrom: dayText(cell(row, 'effectiveFrom')), effectiveUntil: dayText(cell(row, 'effectiveUntil')), fieldIds,
      }
      // The form's own rules (lengths, days that exist, their order), with a kind and issuer that exist so only the rest is judged.
      try {
        await checkDocumentInput(db, { ...input, kindId: kind?.id ?? [...kinds.values()].find(Boolean)?.id ?? null, issuerId: issuer?.id ?? [...issuers.values()].find(Boolean)?.id ?? null })
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error
        for (const [field, message] of Object.entries(error.fields)) if (field !== 'kindId' && field !== 'issuerId') reasons.push(message)
      }

      const planned: PlannedFile[] = []
      for (const name of splitList(cell(row, 'files'))) {
        const checked = await files.check(name)
        if ('problem' in checked) reasons.push(checked.problem)
        else planned.push(checked)
      }

      if (reasons.length) problems.push({ row: row.number, reasons: [...new Set(reasons)] })
      else documents.push({ row: row.number, kindName: kind!.name, number, summary: input.summary, input, files: planned })
    }
    if (zip) {
      for (const [key, entries] of zip.entries) {
        if (!files.named.has(key)) warnings.push(`Tệp “${entries[0]!.name}” trong tệp ZIP không được dòng nào nhắc đến, sẽ không được nhập.`)
      }
    }
    return { documents, problems, sheetErrors: [], warnings }
  } finally {
    zip?.close()
  }
}

/** The register's documents whose numbers the sheet has, by "issuer|number key": their number as written. */
async function registeredNumbers(db: Db, keys: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(keys.filter(Boolean))]
  const found = new Map<string, string>()
  for (let i = 0; i < wanted.length; i += 500) {
    const rows = await db.selectFrom('documents').select(['issuer_id', 'number_key', 'number']).where('number_key', 'in', wanted.slice(i, i + 500)).execute()
    for (const r of rows) found.set(`${r.issuer_id}|${r.number_key}`, r.number)
  }
  return found
}

/** Each file a row names, looked up in the ZIP once, unpacked and judged from its bytes as an upload would be. */
function fileChecker(zip: ImportZip | undefined, dir: string, maxBytes: number) {
  const named = new Set<string>()
  const results = new Map<string, PlannedFile | { problem: string }>()
  let count = 0
  async function check(name: string): Promise<PlannedFile | { problem: string }> {
    const key = fileKey(name)
    named.add(key)
    const known = results.get(key)
    if (known) return known
    const result = await judge(name, key)
    results.set(key, result)
    return result
  }
  async function judge(name: string, key: string): Promise<PlannedFile | { problem: string }> {
    if (!zip) return { problem: `Dòng này có tệp “${name}” nhưng chưa gửi kèm tệp ZIP chứa các tệp.` }
    const entries = zip.entries.get(key)
    if (!entries) return { problem: `Tệp “${name}” không có trong tệp ZIP.` }
    if (entries.length > 1) return { problem: `Tệp ZIP có ${entries.length} tệp cùng tên “${name}” trong các thư mục khác nhau.` }
    const path = join(dir, String(++count))
    const extracted = await zip.extract(key, path, maxBytes)
    if (extracted === 'too-large') return { problem: `Tệp “${name}” lớn hơn giới hạn ${megabytes(maxBytes)} MB của một tệp đính kèm.` }
    if (extracted === 'broken') return { problem: `Tệp “${name}” trong tệp ZIP bị hỏng, không giải nén được.` }
    const judgement = await judgeFile(path)
    if ('refused' in judgement) return { problem: `Tệp “${name}”: ${judgement.refused}` }
    return { name: entries[0]!.name, path }
  }
  return { check, named }
}
