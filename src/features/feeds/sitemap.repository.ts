import { sql } from 'kysely'
import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'

export interface SitemapArticle {
  id: number
  slug: string
  categoryId: number
  updatedAt: Date
}

/** Published articles with ids in (afterId, upToId], or every one past afterId; in id order, at most `limit`. */
export async function listPublishedArticlesByIdRange(db: Db, afterId: number, upToId: number | undefined, limit: number): Promise<SitemapArticle[]> {
  let query = db.selectFrom('articles').select(['id', 'slug', 'category_id', 'updated_at'])
    .where('status', '=', 'published').where('id', '>', afterId)
  // No "infinite" bound: PostgreSQL refuses a number past its integer column's range.
  if (upToId !== undefined) query = query.where('id', '<=', upToId)
  const rows = await query.orderBy('id').limit(limit).execute()
  return rows.map((row) => ({ id: row.id, slug: row.slug, categoryId: row.category_id, updatedAt: toInstant(row.updated_at) }))
}

export interface ArticleIdRange {
  /** 1 for ids 1…size, 2 for size+1…2·size, and so on. */
  number: number
  lastModified: Date
}

/** The id ranges of `size` that hold at least one published article, with their newest change. */
export async function listPublishedIdRanges(db: Db, size: number): Promise<ArticleIdRange[]> {
  // Integer division on both databases; the size is our own constant, written into the SQL.
  const range = sql<number>`(id - 1) / ${sql.lit(size)}`
  const rows = await db.selectFrom('articles')
    .select([range.as('range'), sql<string | Date>`max(updated_at)`.as('last_modified')])
    .where('status', '=', 'published').groupBy(range).orderBy(range).execute()
  return rows.map((row) => ({ number: Number(row.range) + 1, lastModified: toInstant(row.last_modified) }))
}
