import type { Kysely } from 'kysely'
import { idColumn } from '../platform/db/id-column.ts'
import type { MigrationContext } from './index.ts'

// Frozen. The register of legal and administrative documents (văn bản, issue 14): the edited
// lists (kinds, issuing bodies, fields), the documents with their files and relations, and
// consultation on drafts (the clauses a comment may concern, and the comments).
//
// Dates a document carries (issued, in force from, until, a consultation's window) are calendar
// days on the newsroom's clock, kept as 'YYYY-MM-DD' text on both databases: they are compared
// and faceted by year, never shifted by a time zone.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'
  const id = idColumn(dialect)

  // Luật, Nghị định, Quyết định, Công văn…: a list the administrator edits. `has_validity` is 0
  // for kinds that have no validity to show (công văn, thông báo, báo cáo).
  await db.schema.createTable('document_kinds').$call(id)
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('abbreviation', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('has_validity', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()

  // Issuing bodies as a tree (UBND tỉnh › Sở Tư pháp). A body merged or dissolved keeps its row
  // with the day it ended (`active_until`) and, if merged, the body it went into: its documents
  // can stay in force.
  await db.schema.createTable('document_issuers').$call(id)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('abbreviation', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('parent_id', 'integer', (c) => c.references('document_issuers.id').onDelete('set null'))
    .addColumn('active_from', 'text')
    .addColumn('active_until', 'text')
    .addColumn('merged_into_id', 'integer', (c) => c.references('document_issuers.id').onDelete('set null'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()

  // Lĩnh vực: a flat list the administrator edits.
  await db.schema.createTable('document_fields').$call(id)
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()

  await db.schema.createTable('documents').$call(id)
    // The address under /van-ban/, made from the number (unique; "-2" when two numbers fold alike).
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('kind_id', 'integer', (c) => c.notNull().references('document_kinds.id'))
    .addColumn('issuer_id', 'integer', (c) => c.notNull().references('document_issuers.id'))
    // As typed ("15/2021/QĐ-UBND", "35-NQ/TW"); `number_key` is its tokens folded (no marks,
    // đ → d, upper case) and sorted, space-separated with a space at each end, so that a number
    // matches whatever the order, spacing, case or "Đ"/"D" a reader types.
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('number_key', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    // Trích yếu; `summary_folded` without diacritics, for search and sorting-free matching.
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('summary_folded', 'text', (c) => c.notNull())
    .addColumn('signer', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body_html', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('effective_from', 'text')
    .addColumn('effective_until', 'text')
    // What readers see: 'not_yet' | 'in_force' | 'partly_expired' | 'expired' | 'suspended', or
    // null for a kind without validity. Proposed from the dates and relations, kept up to date at
    // midnight; `validity_override` and its reason are the clerk's word over the proposal.
    .addColumn('validity', 'text')
    .addColumn('validity_override', 'text')
    .addColumn('validity_reason', 'text', (c) => c.notNull().defaultTo(''))
    // 'draft' | 'scheduled' | 'published' (documents are signed already: no second approval).
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('publish_at', instant)
    .addColumn('published_at', instant)
    // A draft open for comments (góp ý dự thảo) between two days, both included.
    .addColumn('consultation_opens_on', 'text')
    .addColumn('consultation_closes_on', 'text')
    // Báo cáo tiếp thu, giải trình: published on the draft's page once the window has closed.
    .addColumn('consultation_report_html', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute()
  // The readers' list: newest issued first, keyset on (issued_on, id).
  await db.schema.createIndex('documents_published_newest').on('documents').columns(['status', 'issued_on', 'id']).execute()
  await db.schema.createIndex('documents_by_kind').on('documents').columns(['kind_id', 'issued_on']).execute()
  await db.schema.createIndex('documents_by_issuer').on('documents').columns(['issuer_id', 'issued_on']).execute()

  await db.schema.createTable('document_field_links')
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('field_id', 'integer', (c) => c.notNull().references('document_fields.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('document_field_links_pk', ['document_id', 'field_id'])
    .execute()
  await db.schema.createIndex('document_field_links_by_field').on('document_field_links').columns(['field_id', 'document_id']).execute()

  // Relations are stored once, in the active direction ("B replaces A": document B, other A) and
  // read both ways, so marking one side shows on the other at once. kind: 'replaces' | 'amends'
  // | 'guides' | 'related'.
  await db.schema.createTable('document_relations')
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('other_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('document_relations_pk', ['document_id', 'kind', 'other_id'])
    .execute()
  await db.schema.createIndex('document_relations_reverse').on('document_relations').columns(['other_id', 'kind']).execute()

  // Attached files, in the media storage under `storage_key`, with the name as uploaded (shown
  // and given back in Content-Disposition). `text_state`: 'ok' | 'no_text' (a scanned PDF) |
  // 'legacy_encoding' (TCVN3/VNI mojibake) | 'none' (a kind we do not read); `text` feeds search.
  await db.schema.createTable('document_files').$call(id)
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('text_state', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('uploaded_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('document_files_of_document').on('document_files').columns(['document_id', 'position']).execute()

  // Each save keeps the document as it was saved (JSON), as articles keep revisions.
  await db.schema.createTable('document_revisions').$call(id)
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('saved_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('saved_at', instant, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('document_revisions_of_document').on('document_revisions').columns(['document_id', 'id']).execute()

  // The articles or clauses of a draft a comment may concern ("Điều 3", "Khoản 2 Điều 5"); a
  // comment with none concerns the draft as a whole ("chung").
  await db.schema.createTable('document_clauses').$call(id)
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()

  // Citizens' comments on a draft: pre-moderated like readers' comments; the e-mail is never shown.
  // status: 'pending' | 'approved' | 'rejected'.
  await db.schema.createTable('document_comments').$call(id)
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('clause_id', 'integer', (c) => c.references('document_clauses.id').onDelete('set null'))
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('author_email', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('ip_hash', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('moderated_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('moderated_at', instant)
    .execute()
  await db.schema.createIndex('document_comments_of_document').on('document_comments').columns(['document_id', 'status', 'id']).execute()
}
