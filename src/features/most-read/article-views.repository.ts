import { sql } from 'kysely'
import type { Db } from '../../platform/db/connect.ts'

/**
 * Adds a batch of views to the day's rows, one upsert an article (run it in a transaction: on
 * SQLite that is one commit for the batch); the counts of several instances add up. Articles
 * gone or unpublished since their page was read are left out.
 */
export async function addViews(db: Db, day: string, counts: ReadonlyMap<number, number>): Promise<void> {
  if (counts.size === 0) return
  const live = await db.selectFrom('articles').select('id').where('status', '=', 'published').where('id', 'in', [...counts.keys()]).execute()
  for (const { id } of live) {
    await db.insertInto('article_views').values({ article_id: id, day, views: counts.get(id)! })
      .onConflict((oc) => oc.columns(['article_id', 'day']).doUpdateSet({ views: sql<number>`article_views.views + excluded.views` }))
      .execute()
  }
}

/** Whether readers can see this article: a view of any other is answered as for an unknown id. */
export async function isPublishedArticle(db: Db, articleId: number): Promise<boolean> {
  const row = await db.selectFrom('articles').select('id').where('id', '=', articleId).where('status', '=', 'published').executeTakeFirst()
  return row !== undefined
}

/** The most viewed published articles since `fromDay` (inclusive), most views first; ties go to the newer id. */
export async function listMostViewed(db: Db, fromDay: string, limit: number): Promise<{ articleId: number; views: number }[]> {
  const rows = await db.selectFrom('article_views')
    .innerJoin('articles', 'articles.id', 'article_views.article_id')
    .select(['article_views.article_id', (eb) => eb.fn.sum<number | string>('article_views.views').as('total')])
    .where('article_views.day', '>=', fromDay)
    .where('articles.status', '=', 'published')
    .groupBy('article_views.article_id')
    .orderBy('total', 'desc').orderBy('article_views.article_id', 'desc')
    .limit(limit)
    .execute()
  return rows.map((r) => ({ articleId: r.article_id, views: Number(r.total) }))
}

/** Readers' views of each article between two days (newsroom time, both included), for the reports; articles without views are left out. */
export async function listViewsBetween(db: Db, fromDay: string, toDay: string): Promise<Map<number, number>> {
  const rows = await db.selectFrom('article_views')
    .select(['article_id', (eb) => eb.fn.sum<number | string>('views').as('total')])
    .where('day', '>=', fromDay).where('day', '<=', toDay)
    .groupBy('article_id')
    .execute()
  return new Map(rows.map((r) => [r.article_id, Number(r.total)]))
}
