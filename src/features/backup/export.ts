import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'

/** The first line's `format`: docs/export-format.md describes every line. */
export const EXPORT_FORMAT = 'toasoan-export'
export const EXPORT_FORMAT_VERSION = 1
const PAGE = 500

export type ExportCounts = Record<'category' | 'article' | 'page' | 'document' | 'comment' | 'media', number>

export interface ExportOptions {
  /** Where the media storage's keys are served: MEDIA_PUBLIC_URL, or PUBLIC_URL/media. */
  mediaUrl: string
  /** The portal's address: relative links (a lead image's /media/…, a document's file) are made absolute with it. */
  publicUrl: string
  now?: Date
}

/**
 * All the content, one JSON object a line, each with its `type` (docs/export-format.md): for a
 * new system, an archive office or a researcher, not for restoring (that is `backup`). Each kind
 * is read in keyset pages (id > the last one seen), so memory holds one page whatever the size,
 * and each line is written as it is made, waiting whenever the file falls behind. Written to
 * FILE.part and renamed, so a file under the asked name is always whole.
 */
export async function exportContent(db: Db, file: string, options: ExportOptions): Promise<ExportCounts> {
  const partial = `${file}.part`
  const out = createWriteStream(partial)
  const failed = new Promise<never>((_, reject) => out.once('error', reject))
  failed.catch(() => {})
  const counts: ExportCounts = { category: 0, article: 0, page: 0, document: 0, comment: 0, media: 0 }
  const write = async (line: Record<string, unknown>) => {
    if (!out.write(`${JSON.stringify(line)}\n`)) await Promise.race([once(out, 'drain'), failed])
    if (line.type !== 'export' && line.type !== 'end') counts[line.type as keyof ExportCounts]++
  }
  try {
    await write({ type: 'export', format: EXPORT_FORMAT, formatVersion: EXPORT_FORMAT_VERSION, createdAt: (options.now ?? new Date()).toISOString(), publicUrl: options.publicUrl })
    const categories = await categoryPaths(db)
    for (const category of categories.values()) await write({ type: 'category', ...category })
    await exportArticles(db, categories, options, write)
    await exportPages(db, write)
    await exportDocuments(db, options, write)
    await exportComments(db, write)
    await exportMedia(db, options, write)
    await write({ type: 'end', counts })
    out.end()
    await Promise.race([once(out, 'finish'), failed])
    await rename(partial, file)
    return counts
  } catch (error) {
    out.destroy()
    await rm(partial, { force: true })
    throw error
  }
}

type Write = (line: Record<string, unknown>) => Promise<void>
interface CategoryLine { id: number; parentId: number | null; slug: string; name: string; path: string; names: string[] }

/** Every category with its path of slugs ("tin-tuc/dan-van") and of names: few enough to hold. */
async function categoryPaths(db: Db): Promise<Map<number, CategoryLine>> {
  const rows = await db.selectFrom('categories').select(['id', 'parent_id', 'slug', 'name']).orderBy('id').execute()
  const byId = new Map(rows.map((r) => [r.id, r]))
  const out = new Map<number, CategoryLine>()
  for (const row of rows) {
    const lineage: typeof rows = []
    for (let at: typeof row | undefined = row; at && !lineage.includes(at); at = at.parent_id === null ? undefined : byId.get(at.parent_id)) lineage.unshift(at)
    out.set(row.id, { id: row.id, parentId: row.parent_id, slug: row.slug, name: row.name, path: lineage.map((c) => c.slug).join('/'), names: lineage.map((c) => c.name) })
  }
  return out
}

/** Pages of rows with ids above the last one seen; `next` reads one page. */
async function eachPage<T extends { id: number }>(next: (after: number) => Promise<T[]>, onPage: (rows: T[]) => Promise<void>): Promise<void> {
  let after = 0
  for (;;) {
    const rows = await next(after)
    if (rows.length === 0) return
    await onPage(rows)
    after = rows[rows.length - 1]!.id
    if (rows.length < PAGE) return
  }
}

const iso = (value: string | Date | null | undefined): string | null => (value === null || value === undefined ? null : toInstant(value).toISOString())
const absolute = (url: string | null, base: string): string | null => (url === null || url === '' ? null : url.startsWith('/') ? `${base}${url}` : url)

async function exportArticles(db: Db, categories: Map<number, CategoryLine>, options: ExportOptions, write: Write): Promise<void> {
  await eachPage(
    (after) => db.selectFrom('articles').select(['id', 'slug', 'title', 'lead', 'body_html', 'byline_kind', 'byline_name', 'source', 'category_id', 'status', 'language',
      'published_at', 'expires_at', 'updated_at', 'created_at', 'lead_image_url', 'lead_image_alt', 'lead_image_caption', 'seo_title', 'seo_description'])
      .where('id', '>', after).orderBy('id').limit(PAGE).execute(),
    async (rows) => {
      const tags = await db.selectFrom('article_tags').innerJoin('tags', 'tags.id', 'article_tags.tag_id')
        .select(['article_tags.article_id', 'tags.name', 'tags.slug']).where('article_tags.article_id', 'in', rows.map((r) => r.id))
        .orderBy('article_tags.article_id').orderBy('article_tags.position').execute()
      for (const r of rows) {
        const category = categories.get(r.category_id)
        await write({
          type: 'article', id: r.id, slug: r.slug, status: r.status, language: r.language, title: r.title, lead: r.lead, bodyHtml: r.body_html,
          category: category ? { id: category.id, path: category.path, names: category.names } : null,
          tags: tags.filter((t) => t.article_id === r.id).map((t) => ({ name: t.name, slug: t.slug })),
          byline: { kind: r.byline_kind, name: r.byline_name }, source: r.source,
          leadImage: r.lead_image_url ? { url: absolute(r.lead_image_url, options.publicUrl), alt: r.lead_image_alt, caption: r.lead_image_caption } : null,
          seo: { title: r.seo_title, description: r.seo_description },
          publishedAt: iso(r.published_at), expiresAt: iso(r.expires_at), createdAt: iso(r.created_at), updatedAt: iso(r.updated_at),
        })
      }
    },
  )
}

/** A page as readers see it (its live revision), or its latest draft when it was never published. */
async function exportPages(db: Db, write: Write): Promise<void> {
  await eachPage(
    (after) => db.selectFrom('pages').select(['id', 'parent_id', 'slug', 'slug_en', 'status', 'live_revision_id', 'published_at', 'created_at', 'updated_at'])
      .where('id', '>', after).orderBy('id').limit(PAGE).execute(),
    async (rows) => {
      for (const r of rows) {
        let revision = db.selectFrom('page_revisions').select(['title', 'body_html', 'title_en', 'body_en_html', 'saved_at']).where('page_id', '=', r.id)
        revision = r.live_revision_id === null ? revision.orderBy('id', 'desc') : revision.where('id', '=', r.live_revision_id)
        const text = await revision.limit(1).executeTakeFirst()
        await write({
          type: 'page', id: r.id, parentId: r.parent_id, slug: r.slug, slugEn: r.slug_en, status: r.status, live: r.live_revision_id !== null,
          title: text?.title ?? '', bodyHtml: text?.body_html ?? '', titleEn: text?.title_en ?? '', bodyEnHtml: text?.body_en_html ?? '',
          publishedAt: iso(r.published_at), createdAt: iso(r.created_at), updatedAt: iso(r.updated_at),
        })
      }
    },
  )
}

async function exportDocuments(db: Db, options: ExportOptions, write: Write): Promise<void> {
  await eachPage(
    (after) => db.selectFrom('documents').innerJoin('document_kinds', 'document_kinds.id', 'documents.kind_id').innerJoin('document_issuers', 'document_issuers.id', 'documents.issuer_id')
      .select(['documents.id', 'documents.slug', 'documents.number', 'documents.title', 'documents.summary', 'documents.signer', 'documents.body_html', 'documents.issued_on',
        'documents.effective_from', 'documents.effective_until', 'documents.validity', 'documents.status', 'documents.published_at', 'documents.updated_at',
        'document_kinds.name as kind', 'document_issuers.name as issuer'])
      .where('documents.id', '>', after).orderBy('documents.id').limit(PAGE).execute(),
    async (rows) => {
      const files = await db.selectFrom('document_files').select(['id', 'document_id', 'file_name', 'media_type', 'bytes', 'sha256'])
        .where('document_id', 'in', rows.map((r) => r.id)).orderBy('document_id').orderBy('position').orderBy('id').execute()
      for (const r of rows) {
        await write({
          type: 'document', id: r.id, slug: r.slug, kind: r.kind, issuer: r.issuer, number: r.number, title: r.title, summary: r.summary, signer: r.signer, bodyHtml: r.body_html,
          issuedOn: r.issued_on, effectiveFrom: r.effective_from, effectiveUntil: r.effective_until, validity: r.validity, status: r.status,
          publishedAt: iso(r.published_at), updatedAt: iso(r.updated_at),
          // The register serves a document's files at /van-ban/tep/ID/NAME (to readers once the document is published).
          files: files.filter((f) => f.document_id === r.id).map((f) => ({
            url: `${options.publicUrl}/van-ban/tep/${f.id}/${encodeURIComponent(f.file_name)}`, fileName: f.file_name, mediaType: f.media_type, bytes: Number(f.bytes), sha256: f.sha256,
          })),
        })
      }
    },
  )
}

/**
 * Approved comments only: they are what readers were shown, so content; the pending, rejected
 * and spam ones are moderation work, not the portal's content. Neither the author's e-mail nor
 * the address and browser are exported (personal data kept only for moderation, Decree 13/2023).
 */
async function exportComments(db: Db, write: Write): Promise<void> {
  await eachPage(
    (after) => db.selectFrom('comments').select(['id', 'article_id', 'parent_id', 'author_name', 'body', 'reply_text', 'created_at', 'moderated_at'])
      .where('status', '=', 'approved').where('id', '>', after).orderBy('id').limit(PAGE).execute(),
    async (rows) => {
      for (const r of rows) {
        await write({ type: 'comment', id: r.id, articleId: r.article_id, parentId: r.parent_id, authorName: r.author_name, body: r.body, reply: r.reply_text, createdAt: iso(r.created_at), approvedAt: iso(r.moderated_at) })
      }
    },
  )
}

/** The image library: each picture by the URL of its largest width (the other widths sit beside it, `-<width>.webp`). */
async function exportMedia(db: Db, options: ExportOptions, write: Write): Promise<void> {
  await eachPage(
    (after) => db.selectFrom('media').select(['id', 'storage_key', 'widths', 'original_name', 'width', 'height', 'bytes', 'alt', 'caption'])
      .where('id', '>', after).orderBy('id').limit(PAGE).execute(),
    async (rows) => {
      for (const r of rows) {
        const widths = r.widths.split(',').filter(Boolean).map(Number)
        await write({
          type: 'media', id: r.id, url: `${options.mediaUrl}/${r.storage_key}-${widths[widths.length - 1] ?? r.width}.webp`,
          widths: widths.map((w) => ({ width: w, url: `${options.mediaUrl}/${r.storage_key}-${w}.webp` })),
          width: r.width, height: r.height, bytes: Number(r.bytes), alt: r.alt, caption: r.caption, originalName: r.original_name,
        })
      }
    },
  )
}
