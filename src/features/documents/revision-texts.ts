import { bodyText } from '../articles/index.ts'
import type { DocumentDetail } from './document.repository.ts'
import type { RevisionSnapshot } from './document-revisions.ts'
import { isValidity, RELATION_NAMES, VALIDITY_NAMES } from './document.ts'
import { formatDay } from './views/newsroom-words.ts'

// A version of a document (a revision, or the document as it is now) as labelled lines of text:
// what the revision page lists and what the word diff compares. Ids become the names the clerk
// knows (kind, issuer, lĩnh vực, the other document's number).

export interface VersionNames {
  kinds: ReadonlyMap<number, string>
  issuers: ReadonlyMap<number, string>
  fields: ReadonlyMap<number, string>
  /** Numbers of the documents relations point to. */
  documents: ReadonlyMap<number, string>
}

export type VersionText = readonly [label: string, text: string]

const dayText = (day: string | null): string => (day ? formatDay(day) : '')

export function versionTexts(s: RevisionSnapshot, names: VersionNames): VersionText[] {
  const named = (map: ReadonlyMap<number, string>, id: number | null) => (id === null ? '' : map.get(id) ?? `#${id} (đã xóa khỏi danh mục)`)
  const override = s.validityOverride && isValidity(s.validityOverride) ? VALIDITY_NAMES[s.validityOverride] : ''
  return [
    ['Loại văn bản', named(names.kinds, s.kindId)],
    ['Cơ quan ban hành', named(names.issuers, s.issuerId)],
    ['Số, ký hiệu', s.number],
    ['Trích yếu', s.summary],
    ['Tiêu đề', s.title],
    ['Người ký', s.signer],
    ['Ngày ban hành', dayText(s.issuedOn)],
    ['Có hiệu lực từ', dayText(s.effectiveFrom)],
    ['Hết hiệu lực từ', dayText(s.effectiveUntil)],
    ['Hiệu lực đặt khác đề xuất', override ? `${override}: ${s.validityReason}` : ''],
    ['Lĩnh vực', s.fieldIds.map((id) => named(names.fields, id)).join(', ')],
    ['Quan hệ', s.relations === undefined ? '(phiên bản này không lưu quan hệ)'
      : s.relations.map((r) => `${RELATION_NAMES[r.kind].acting} ${names.documents.get(r.otherId) ?? `văn bản #${r.otherId} (đã xóa)`}`).join('; ')],
    ['Toàn văn', bodyText(s.bodyHtml)],
  ]
}

/** The document as it is now, in a revision's shape (relations: those it acts in). */
export function snapshotOf(d: DocumentDetail): RevisionSnapshot {
  return {
    kindId: d.kindId, issuerId: d.issuerId, number: d.number, title: d.title, summary: d.summary, signer: d.signer, bodyHtml: d.bodyHtml,
    issuedOn: d.issuedOn, effectiveFrom: d.effectiveFrom, effectiveUntil: d.effectiveUntil, validityOverride: d.validityOverride, validityReason: d.validityReason,
    fieldIds: d.fields.map((f) => f.id).sort((a, b) => a - b),
    relations: d.relations.filter((r) => r.side === 'acting').map((r) => ({ kind: r.kind, otherId: r.document.id }))
      .sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.otherId - b.otherId)),
  }
}
