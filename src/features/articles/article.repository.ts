import type { Selectable } from 'kysely'
import type { Db } from '../../platform/db/connect.ts'
import { jsonArrayFrom, parseJsonArray } from '../../platform/db/json.ts'
import { preparedQuery } from '../../platform/db/prepared.ts'
import type { ArticleTable } from '../../platform/db/schema.ts'
import type { Lang } from '../../platform/i18n/index.ts'
import { toInstant } from '../../platform/text/time.ts'
import type { Article, ArticleSummary, ListingCursor, Tag } from './article.ts'

const SUMMARY_COLUMNS = [
  'id', 'slug', 'title', 'lead', 'category_id', 'published_at', 'byline_kind', 'byline_name',
  'lead_image_url', 'lead_image_alt', 'lead_image_caption', 'lead_image_srcset', 'lead_image_width', 'lead_image_height', 'lead_image_thumbs',
] as const

type SummaryRow = Pick<Selectable<ArticleTable>, (typeof SUMMARY_COLUMNS)[number]>

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    lead: row.lead,
    categoryId: row.category_id,
    publishedAt: toInstant(row.published_at!),
    byline: { kind: row.byline_kind, name: row.byline_name },
    leadImage: row.lead_image_url
      ? {
        url: row.lead_image_url, alt: row.lead_image_alt, caption: row.lead_image_caption,
        ...(row.lead_image_srcset ? { srcset: row.lead_image_srcset } : {}),
        ...(row.lead_image_width && row.lead_image_height ? { width: row.lead_image_width, height: row.lead_image_height } : {}),
        ...(row.lead_image_thumbs ? { thumbs: row.lead_image_thumbs } : {}),
      }
      : undefined,
  }
}

// The article page's one read: the article with its tags, compiled once (see preparedQuery).
const publishedBySlug = preparedQuery((db: Db, slug: string) => selectPublishedArticle(db).where('slug', '=', slug))
const publishedById = preparedQuery((db: Db, id: number) => selectPublishedArticle(db).where('articles.id', '=', id))

export async function findPublishedArticleBySlug(db: Db, slug: string): Promise<Article | undefined> {
  const [row] = await publishedBySlug(db, slug)
  return row && toArticle(row)
}

export async function findPublishedArticleById(db: Db, id: number): Promise<Article | undefined> {
  const [row] = await publishedById(db, id)
  return row && toArticle(row)
}

function selectPublishedArticle(db: Db) {
  return db.selectFrom('articles').selectAll('articles')
    .select((eb) => jsonArrayFrom(db, eb.selectFrom('article_tags')
      .innerJoin('tags', 'tags.id', 'article_tags.tag_id')
      .select(['tags.slug', 'tags.name'])
      .whereRef('article_tags.article_id', '=', 'articles.id')
      .orderBy('article_tags.position')).as('tags'))
    .where('status', '=', 'published')
}

function toArticle(row: Selectable<ArticleTable> & { tags: Tag[] | string }): Article {
  return {
    ...toSummary(row),
    bodyHtml: row.body_html,
    source: row.source,
    tags: parseJsonArray<Tag>(row.tags),
    updatedAt: toInstant(row.updated_at),
    seoTitle: row.seo_title,
    seoDescription: row.seo_description,
    mayHaveComments: row.has_approved_comments !== 0,
    language: row.language === 'en' ? 'en' : 'vi',
  }
}

export async function listTagsOfArticle(db: Db, articleId: number): Promise<Tag[]> {
  return db.selectFrom('article_tags')
    .innerJoin('tags', 'tags.id', 'article_tags.tag_id')
    .select(['tags.slug', 'tags.name'])
    .where('article_tags.article_id', '=', articleId)
    .orderBy('article_tags.position')
    .execute()
}

/** The published ones among these articles, in no particular order. */
export async function listPublishedSummariesByIds(db: Db, ids: readonly number[]): Promise<ArticleSummary[]> {
  if (ids.length === 0) return []
  const rows = await db.selectFrom('articles').select(SUMMARY_COLUMNS).where('status', '=', 'published').where('id', 'in', ids).execute()
  return rows.map(toSummary)
}

/**
 * A tag readers may see: one at least one published article carries. A tag of drafts alone (or
 * of articles since unpublished) is found no more than an unknown one: its name is unpublished work.
 */
export async function findPublicTagBySlug(db: Db, slug: string): Promise<(Tag & { id: number }) | undefined> {
  return db.selectFrom('tags').select(['id', 'slug', 'name']).where('slug', '=', slug)
    .where((eb) => eb.exists(eb.selectFrom('article_tags')
      .innerJoin('articles', 'articles.id', 'article_tags.article_id')
      .select('article_tags.article_id')
      .whereRef('article_tags.tag_id', '=', 'tags.id')
      .where('articles.status', '=', 'published')))
    .executeTakeFirst()
}

export async function countPublishedArticles(db: Db): Promise<number> {
  const row = await db.selectFrom('articles').select((eb) => eb.fn.countAll<number | string>().as('n')).where('status', '=', 'published').executeTakeFirstOrThrow()
  return Number(row.n)
}

export interface ListingQuery {
  /** Only these categories; every category when absent. */
  categoryIds?: readonly number[]
  /** Only articles carrying this tag. */
  tagId?: number
  excludeId?: number
  /** The pages of one language list only its articles: Vietnamese unless said otherwise. */
  language?: Lang
  after?: ListingCursor
  limit: number
}

/** Newest first, by keyset on (published_at, id): no OFFSET scans however deep a reader goes. */
export async function listPublishedArticles(db: Db, query: ListingQuery): Promise<ArticleSummary[]> {
  let q = db.selectFrom('articles').select(SUMMARY_COLUMNS).where('status', '=', 'published').where('language', '=', query.language ?? 'vi')
  if (query.categoryIds) {
    if (query.categoryIds.length === 0) return []
    q = q.where('category_id', 'in', query.categoryIds)
  }
  if (query.tagId !== undefined) q = q.where('id', 'in', db.selectFrom('article_tags').select('article_id').where('tag_id', '=', query.tagId))
  if (query.excludeId !== undefined) q = q.where('id', '!=', query.excludeId)
  if (query.after) {
    const at = query.after.publishedAt.toISOString()
    const id = query.after.id
    q = q.where((eb) => eb.or([eb('published_at', '<', at), eb.and([eb('published_at', '=', at), eb('id', '<', id)])]))
  }
  const rows = await q.orderBy('published_at', 'desc').orderBy('id', 'desc').limit(query.limit).execute()
  return rows.map(toSummary)
}
