import type { Db } from '../../platform/db/connect.ts'
import { slugify } from '../../platform/text/vietnamese.ts'
import { foldedWords } from '../../platform/text/word-match.ts'
import type { ArticleStatus, Byline, LeadImage } from './article.ts'

export interface NewArticle {
  slug: string
  title: string
  lead: string
  bodyHtml: string
  byline: Byline
  source: string
  categoryId: number
  status: ArticleStatus
  publishedAt: Date | undefined
  leadImage: LeadImage | undefined
  tags: string[]
  authorId?: number
  /** Vietnamese unless said (the newsroom writes Vietnamese; English items come with the organisation's pages). */
  language?: 'vi' | 'en'
  /** When its text last changed, if the source says; else its publication (an import is not an edit). */
  updatedAt?: Date
}

/**
 * Inserts an article with its tags; the caller owns the transaction and has made the slug unique.
 * An article loaded already published (the demo, an import) was last modified when it says, or
 * when it was published: the sitemap and JSON-LD must not date it to the day it was loaded.
 */
export async function insertArticle(db: Db, article: NewArticle, now: Date): Promise<number> {
  const modifiedAt = article.updatedAt ?? (article.status === 'published' && article.publishedAt ? article.publishedAt : now)
  const { id } = await db.insertInto('articles')
    .values({
      slug: article.slug,
      title: article.title,
      title_folded: foldedWords(article.title),
      lead: article.lead,
      body_html: article.bodyHtml,
      byline_kind: article.byline.kind,
      byline_name: article.byline.name,
      source: article.source,
      category_id: article.categoryId,
      status: article.status,
      published_at: article.publishedAt?.toISOString() ?? null,
      lead_image_url: article.leadImage?.url ?? null,
      lead_image_alt: article.leadImage?.alt ?? '',
      lead_image_caption: article.leadImage?.caption ?? '',
      lead_image_id: article.leadImage?.id ?? null,
      lead_image_srcset: article.leadImage?.srcset ?? '',
      lead_image_width: article.leadImage?.width ?? null,
      lead_image_height: article.leadImage?.height ?? null,
      lead_image_thumbs: article.leadImage?.thumbs ?? '',
      seo_title: '',
      seo_description: '',
      author_id: article.authorId ?? null,
      ...(article.language ? { language: article.language } : {}),
      created_at: now.toISOString(),
      updated_at: modifiedAt.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await attachTags(db, id, article.tags)
  return id
}

export async function attachTags(db: Db, articleId: number, names: string[]): Promise<void> {
  const bySlug = new Map<string, string>()
  for (const name of names) {
    const slug = slugify(name)
    if (slug && !bySlug.has(slug)) bySlug.set(slug, name.trim())
  }
  if (bySlug.size === 0) return
  const slugs = [...bySlug.keys()]
  const existing = await db.selectFrom('tags').select(['id', 'slug']).where('slug', 'in', slugs).execute()
  const idBySlug = new Map(existing.map((t) => [t.slug, t.id]))
  for (const slug of slugs) {
    if (idBySlug.has(slug)) continue
    const { id } = await db.insertInto('tags').values({ slug, name: bySlug.get(slug)! }).returning('id').executeTakeFirstOrThrow()
    idBySlug.set(slug, id)
  }
  await db.insertInto('article_tags')
    .values(slugs.map((slug, position) => ({ article_id: articleId, tag_id: idBySlug.get(slug)!, position })))
    .execute()
}

/** "ten-bai", or "ten-bai-2", "ten-bai-3"… when taken. Exact lookups only, so the unique index serves them. */
export async function uniqueArticleSlug(db: Db, title: string): Promise<string> {
  const base = slugify(title) || 'bai-viet'
  for (let from = 1; ; from += 20) {
    const candidates = Array.from({ length: 20 }, (_, i) => (from + i === 1 ? base : `${base}-${from + i}`))
    const taken = new Set((await db.selectFrom('articles').select('slug').where('slug', 'in', candidates).execute()).map((r) => r.slug))
    const free = candidates.find((c) => !taken.has(c))
    if (free) return free
  }
}
