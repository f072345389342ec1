import type { Db } from '../../platform/db/connect.ts'
import { ValidationError } from '../../platform/http/errors.ts'
import { toNfc } from '../../platform/text/vietnamese.ts'
import { sanitizeArticleBody } from '../articles/index.ts'
import { isValidity, VALIDITY_NAMES, type Day, type Validity } from './document.ts'
import type { DocumentInput } from './document.service.ts'
import { numberKey } from './number.ts'
import './document.table.ts'

// A document's form checked on the server: every problem at once, each in Vietnamese under the
// name of its field, and what passes comes out NFC, trimmed, with days as 'YYYY-MM-DD'.

export const LIMITS = { number: 100, title: 500, summary: 2000, signer: 200, reason: 500 } as const

/** What a checked input becomes (the columns the form owns). */
export interface CheckedDocument {
  kindId: number
  kindHasValidity: boolean
  issuerId: number
  number: string
  numberKey: string
  title: string
  summary: string
  signer: string
  bodyHtml: string
  issuedOn: Day
  effectiveFrom: Day | null
  effectiveUntil: Day | null
  validityOverride: Validity | null
  validityReason: string
  consultationOpensOn: Day | null
  consultationClosesOn: Day | null
  fieldIds: number[]
}

/**
 * A calendar day typed as 'YYYY-MM-DD' or the Vietnamese 'DD/MM/YYYY' (or with dashes or dots);
 * undefined when it is not a day that exists (31/02/2021).
 */
export function parseDay(text: string): Day | undefined {
  const trimmed = text.trim()
  let parts: [number, number, number] | undefined
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed)
  if (match) parts = [Number(match[1]), Number(match[2]), Number(match[3])]
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed)
  if (match) parts = [Number(match[3]), Number(match[2]), Number(match[1])]
  if (!parts) return undefined
  const [year, month, day] = parts
  if (year < 1900 || year > 2200) return undefined
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const clean = (text: string | undefined): string => toNfc(text ?? '').trim()

/** Checks a document's input against the lists; throws a ValidationError with every problem. */
export async function checkDocumentInput(db: Db, input: DocumentInput): Promise<CheckedDocument> {
  const errors: Record<string, string> = {}
  const fail = (key: string, message: string) => (errors[key] ??= message)

  const kind = input.kindId === null || !Number.isInteger(input.kindId)
    ? undefined
    : await db.selectFrom('document_kinds').select(['id', 'has_validity']).where('id', '=', input.kindId).executeTakeFirst()
  if (input.kindId === null) fail('kindId', 'Xin chọn loại văn bản.')
  else if (!kind) fail('kindId', 'Loại văn bản đã chọn không còn trong danh mục.')

  const issuer = input.issuerId === null || !Number.isInteger(input.issuerId)
    ? undefined
    : await db.selectFrom('document_issuers').select('id').where('id', '=', input.issuerId).executeTakeFirst()
  if (input.issuerId === null) fail('issuerId', 'Xin chọn cơ quan ban hành.')
  else if (!issuer) fail('issuerId', 'Cơ quan ban hành đã chọn không còn trong danh mục.')

  const number = clean(input.number).replace(/\s+/g, ' ')
  if (!number) fail('number', 'Xin nhập số, ký hiệu của văn bản.')
  else if (number.length > LIMITS.number) fail('number', `Số, ký hiệu dài quá ${LIMITS.number} ký tự.`)
  else if (!numberKey(number)) fail('number', 'Số, ký hiệu phải có ít nhất một chữ hoặc chữ số.')

  const summary = clean(input.summary)
  if (!summary) fail('summary', 'Xin nhập trích yếu của văn bản.')
  else if (summary.length > LIMITS.summary) fail('summary', `Trích yếu dài quá ${LIMITS.summary} ký tự.`)

  const title = clean(input.title)
  if (title.length > LIMITS.title) fail('title', `Tiêu đề dài quá ${LIMITS.title} ký tự.`)
  const signer = clean(input.signer)
  if (signer.length > LIMITS.signer) fail('signer', `Tên người ký dài quá ${LIMITS.signer} ký tự.`)

  const day = (key: string, label: string, text: string | undefined, required: boolean): Day | null => {
    const typed = clean(text)
    if (!typed) {
      if (required) fail(key, `Xin nhập ${label}.`)
      return null
    }
    const parsed = parseDay(typed)
    if (!parsed) fail(key, `${label.charAt(0).toUpperCase()}${label.slice(1)} không phải một ngày hợp lệ (ngày/tháng/năm, ví dụ 15/01/2021).`)
    return parsed ?? null
  }
  const issuedOn = day('issuedOn', 'ngày ban hành', input.issuedOn, true)
  const effectiveFrom = day('effectiveFrom', 'ngày có hiệu lực', input.effectiveFrom, false)
  const effectiveUntil = day('effectiveUntil', 'ngày hết hiệu lực', input.effectiveUntil, false)
  if (effectiveFrom && effectiveUntil && effectiveUntil < effectiveFrom) fail('effectiveUntil', 'Ngày hết hiệu lực không được trước ngày có hiệu lực.')
  if (effectiveFrom && issuedOn && effectiveFrom < issuedOn) fail('effectiveFrom', 'Ngày có hiệu lực không được trước ngày ban hành.')

  const consultationOpensOn = day('consultationOpensOn', 'ngày bắt đầu lấy ý kiến', input.consultationOpensOn, false)
  const consultationClosesOn = day('consultationClosesOn', 'ngày kết thúc lấy ý kiến', input.consultationClosesOn, false)
  if (consultationOpensOn && !consultationClosesOn && !errors.consultationClosesOn) fail('consultationClosesOn', 'Xin nhập ngày kết thúc lấy ý kiến.')
  if (consultationClosesOn && !consultationOpensOn && !errors.consultationOpensOn) fail('consultationOpensOn', 'Xin nhập ngày bắt đầu lấy ý kiến.')
  if (consultationOpensOn && consultationClosesOn && consultationClosesOn < consultationOpensOn) {
    fail('consultationClosesOn', 'Ngày kết thúc lấy ý kiến không được trước ngày bắt đầu.')
  }

  let validityOverride: Validity | null = null
  const override = clean(input.validityOverride)
  const validityReason = clean(input.validityReason)
  if (override) {
    if (!isValidity(override)) fail('validityOverride', 'Tình trạng hiệu lực đã chọn không có trong danh sách.')
    else if (kind && kind.has_validity !== 1) fail('validityOverride', 'Loại văn bản này không có tình trạng hiệu lực.')
    else validityOverride = override
    if (!validityReason) fail('validityReason', `Xin ghi lý do khi đặt tình trạng "${isValidity(override) ? VALIDITY_NAMES[override] : override}".`)
  }
  if (validityReason.length > LIMITS.reason) fail('validityReason', `Lý do dài quá ${LIMITS.reason} ký tự.`)

  const fieldIds = [...new Set(input.fieldIds ?? [])]
  if (fieldIds.some((id) => !Number.isInteger(id))) fail('fieldIds', 'Lĩnh vực đã chọn không hợp lệ.')
  else if (fieldIds.length) {
    const known = await db.selectFrom('document_fields').select('id').where('id', 'in', fieldIds).execute()
    if (known.length !== fieldIds.length) fail('fieldIds', 'Có lĩnh vực đã chọn không còn trong danh mục.')
  }

  if (Object.keys(errors).length) throw new ValidationError(errors)
  return {
    kindId: kind!.id, kindHasValidity: kind!.has_validity === 1, issuerId: issuer!.id, number, numberKey: numberKey(number), title, summary, signer,
    bodyHtml: sanitizeArticleBody(input.bodyHtml ?? '').trim(), issuedOn: issuedOn!, effectiveFrom, effectiveUntil,
    validityOverride, validityReason: validityOverride ? validityReason : '', consultationOpensOn, consultationClosesOn, fieldIds,
  }
}
