import type { ColumnType, Generated } from 'kysely'

// The register's tables (migration 20261207-0201-documents says what each column holds).
type Instant = ColumnType<string | Date, string, string>
type NullableInstant = ColumnType<string | Date | null, string | null, string | null>

export interface DocumentKindTable {
  id: Generated<number>
  name: string
  abbreviation: Generated<string>
  has_validity: Generated<number>
  position: Generated<number>
  is_active: Generated<number>
}

export interface DocumentIssuerTable {
  id: Generated<number>
  name: string
  abbreviation: Generated<string>
  parent_id: number | null
  active_from: string | null
  active_until: string | null
  merged_into_id: number | null
  position: Generated<number>
}

export interface DocumentFieldTable {
  id: Generated<number>
  name: string
  position: Generated<number>
}

export interface DocumentTable {
  id: Generated<number>
  slug: string
  kind_id: number
  issuer_id: number
  number: string
  number_key: string
  title: Generated<string>
  summary: string
  summary_folded: string
  signer: Generated<string>
  body_html: Generated<string>
  issued_on: string
  effective_from: string | null
  effective_until: string | null
  validity: string | null
  validity_override: string | null
  validity_reason: Generated<string>
  status: Generated<string>
  publish_at: NullableInstant
  published_at: NullableInstant
  consultation_opens_on: string | null
  consultation_closes_on: string | null
  consultation_report_html: Generated<string>
  created_by: number | null
  updated_by: number | null
  created_at: Instant
  updated_at: Instant
}

export interface DocumentFieldLinkTable {
  document_id: number
  field_id: number
}

export interface DocumentRelationTable {
  document_id: number
  kind: string
  other_id: number
}

export interface DocumentFileTable {
  id: Generated<number>
  document_id: number
  storage_key: string
  file_name: string
  media_type: string
  bytes: number
  sha256: string
  position: Generated<number>
  text: Generated<string>
  /** `text` as folded words (migration 20261207-0205), matched by the register's search. */
  text_folded: Generated<string>
  text_state: Generated<string>
  uploaded_by: number | null
  created_at: Instant
}

export interface DocumentRevisionTable {
  id: Generated<number>
  document_id: number
  snapshot: string
  saved_by: number | null
  saved_at: Instant
}

export interface DocumentClauseTable {
  id: Generated<number>
  document_id: number
  label: string
  position: Generated<number>
}

export interface DocumentCommentTable {
  id: Generated<number>
  document_id: number
  clause_id: number | null
  author_name: string
  author_email: string
  organisation: Generated<string>
  body: string
  status: Generated<string>
  ip_hash: Generated<string>
  created_at: Instant
  moderated_by: number | null
  moderated_at: NullableInstant
}

/** One row (id 1): the administrator's limits on attached files (migration 20261207-0204). */
export interface DocumentFileSettingsTable {
  id: number
  max_bytes: number
}

export interface DocumentWordTable {
  word: string
  document_id: number
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    document_kinds: DocumentKindTable
    document_issuers: DocumentIssuerTable
    document_fields: DocumentFieldTable
    documents: DocumentTable
    document_field_links: DocumentFieldLinkTable
    document_relations: DocumentRelationTable
    document_files: DocumentFileTable
    document_revisions: DocumentRevisionTable
    document_clauses: DocumentClauseTable
    document_comments: DocumentCommentTable
    document_file_settings: DocumentFileSettingsTable
    document_words: DocumentWordTable
  }
}
