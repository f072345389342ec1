// The register's words, shared by its newsroom and readers' sides.

/** What readers see of a document's force; null where its kind has none (công văn, thông báo, báo cáo). */
export const VALIDITIES = ['not_yet', 'in_force', 'partly_expired', 'expired', 'suspended'] as const
export type Validity = (typeof VALIDITIES)[number]

export const VALIDITY_NAMES: Record<Validity, string> = {
  not_yet: 'Chưa có hiệu lực',
  in_force: 'Còn hiệu lực',
  partly_expired: 'Hết hiệu lực một phần',
  expired: 'Hết hiệu lực toàn bộ',
  suspended: 'Ngưng hiệu lực',
}

export const isValidity = (value: string): value is Validity => (VALIDITIES as readonly string[]).includes(value)

/**
 * A relation is stored once, from the document that acts ("B replaces A": document B, other A),
 * and read from both ends: each kind has its name from the acting side and from the other.
 */
export const RELATION_KINDS = ['replaces', 'amends', 'guides', 'related'] as const
export type RelationKind = (typeof RELATION_KINDS)[number]

export const RELATION_NAMES: Record<RelationKind, { acting: string; other: string }> = {
  replaces: { acting: 'Thay thế', other: 'Bị thay thế bởi' },
  amends: { acting: 'Sửa đổi, bổ sung', other: 'Được sửa đổi, bổ sung bởi' },
  guides: { acting: 'Hướng dẫn', other: 'Được hướng dẫn bởi' },
  related: { acting: 'Liên quan', other: 'Liên quan' },
}

export const isRelationKind = (value: string): value is RelationKind => (RELATION_KINDS as readonly string[]).includes(value)

/** Documents are signed already: published at once or at a set time, with no second approval. */
export type DocumentStatus = 'draft' | 'scheduled' | 'published'

/** What the text of an attached file came out as. */
export type FileTextState = 'ok' | 'no_text' | 'legacy_encoding' | 'none'

/** A calendar day on the newsroom's clock (Asia/Ho_Chi_Minh), 'YYYY-MM-DD'. */
export type Day = string
