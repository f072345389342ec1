import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import { foldedWords } from '../../platform/text/word-match.ts'
import { attachTags, listTagsOfArticle, type ArticleStatus } from '../articles/index.ts'
import type { DraftInput, EditorialArticle } from './draft.ts'

export async function findEditorialArticle(db: Db, id: number): Promise<EditorialArticle | undefined> {
  const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) return undefined
  return {
    id: row.id, slug: row.slug, title: row.title, lead: row.lead, bodyHtml: row.body_html, categoryId: row.category_id,
    bylineKind: row.byline_kind, bylineName: row.byline_name, source: row.source, seoTitle: row.seo_title, seoDescription: row.seo_description,
    status: row.status as ArticleStatus, authorId: row.author_id, returnReason: row.return_reason,
    publishedAt: row.published_at ? toInstant(row.published_at) : undefined,
    expiresAt: row.expires_at ? toInstant(row.expires_at) : undefined,
    leadImageId: row.lead_image_id ?? undefined,
    updatedAt: toInstant(row.updated_at),
    version: row.version, changedBy: row.changed_by, approvedBy: row.approved_by,
    tags: await listTagsOfArticle(db, row.id),
  }
}

export interface ChosenLeadImage {
  id: number
  url: string
  srcset: string
  alt: string
  caption: string
  width: number
  height: number
  /** Its 3:2 thumbnails (a srcset), cropped around its focal point; '' when it has none. */
  thumbs: string
}

/** The live text changes: whoever changed it is recorded, and any approval of the old text is void. */
export async function updateArticleContent(db: Db, id: number, input: DraftInput & { slug: string }, leadImage: ChosenLeadImage | undefined, changedBy: number | null, now: Date): Promise<void> {
  await db.updateTable('articles').set({
    changed_by: changedBy, approved_by: null,
    lead_image_id: leadImage?.id ?? null, lead_image_url: leadImage?.url ?? null, lead_image_srcset: leadImage?.srcset ?? '',
    lead_image_alt: leadImage?.alt ?? '', lead_image_caption: leadImage?.caption ?? '',
    lead_image_width: leadImage?.width ?? null, lead_image_height: leadImage?.height ?? null, lead_image_thumbs: leadImage?.thumbs ?? '',
    slug: input.slug, title: input.title, title_folded: foldedWords(input.title), lead: input.lead, body_html: input.bodyHtml, category_id: input.categoryId,
    byline_kind: input.bylineKind, byline_name: input.bylineName, source: input.source,
    seo_title: input.seoTitle, seo_description: input.seoDescription,
    expires_at: input.expiresAt?.toISOString() ?? null, updated_at: now.toISOString(),
  }).where('id', '=', id).execute()
  await db.deleteFrom('article_tags').where('article_id', '=', id).execute()
  await attachTags(db, id, input.tags)
}

/**
 * Takes the next version only if the article is still at the version the save was made from:
 * the later of two saves from one version is refused instead of silently overwriting the first.
 */
export async function claimVersion(db: Db, id: number, from: number, status?: ArticleStatus): Promise<boolean> {
  // The state too, when the save's rule was chosen from it: a save decided on a draft must not
  // land on the article an approver published meanwhile.
  let q = db.updateTable('articles').set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', id).where('version', '=', from)
  if (status) q = q.where('status', '=', status)
  const result = await q.executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** A changed approved, scheduled or withdrawn article goes back to the review queue; a schedule is dropped. */
export async function sendBackForReview(db: Db, id: number, from: ArticleStatus, now: Date): Promise<void> {
  await db.updateTable('articles').set({
    status: 'in_review', approved_by: null, return_reason: '', updated_at: now.toISOString(),
    ...(from === 'scheduled' ? { published_at: null } : {}),
  }).where('id', '=', id).execute()
}

export async function recordApproval(db: Db, id: number, approvedBy: number): Promise<void> {
  await db.updateTable('articles').set({ approved_by: approvedBy }).where('id', '=', id).execute()
}

/** Moves an article on only if it is still in the state the decision was made on. */
export async function moveArticle(
  db: Db, id: number, from: ArticleStatus, to: ArticleStatus, now: Date,
  changes: { publishedAt?: Date; returnReason?: string } = {},
): Promise<boolean> {
  const result = await db.updateTable('articles').set({
    status: to, updated_at: now.toISOString(),
    ...(changes.publishedAt ? { published_at: changes.publishedAt.toISOString() } : {}),
    ...(changes.returnReason !== undefined ? { return_reason: changes.returnReason } : {}),
  }).where('id', '=', id).where('status', '=', from).executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function slugTakenByAnother(db: Db, slug: string, id: number | undefined): Promise<boolean> {
  let q = db.selectFrom('articles').select('id').where('slug', '=', slug)
  if (id !== undefined) q = q.where('id', '!=', id)
  return (await q.executeTakeFirst()) !== undefined
}
