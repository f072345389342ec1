import type { Db } from '../../platform/db/connect.ts'
import { preparedQuery } from '../../platform/db/prepared.ts'
import { toInstant } from '../../platform/text/time.ts'
import type { HomeSlot } from './home-arrangement.ts'

/** An article placed on the home page by an editor. */
export interface HomePick {
  articleId: number
  slot: HomeSlot
  position: number
  title: string
  /** A withdrawn article stays listed in the newsroom (marked) but drops out of the page. */
  isPublished: boolean
  publishedAt: Date | undefined
  thumbnail: string | undefined
}

const isSlot = (value: string): value is HomeSlot => value === 'lead' || value === 'featured'

/** Every pick, each slot in its order. */
export async function listHomePicks(db: Db): Promise<HomePick[]> {
  const rows = await db.selectFrom('home_picks').innerJoin('articles', 'articles.id', 'home_picks.article_id')
    .select(['home_picks.article_id', 'home_picks.slot', 'home_picks.position', 'articles.title', 'articles.status', 'articles.published_at', 'articles.lead_image_thumbs', 'articles.lead_image_url'])
    .orderBy('home_picks.slot').orderBy('home_picks.position').orderBy('home_picks.article_id')
    .execute()
  return rows.filter((r) => isSlot(r.slot)).map((r) => ({
    articleId: r.article_id, slot: r.slot as HomeSlot, position: r.position, title: r.title,
    isPublished: r.status === 'published', publishedAt: r.published_at ? toInstant(r.published_at) : undefined,
    thumbnail: r.lead_image_thumbs ? r.lead_image_thumbs.split(' ')[0] : r.lead_image_url ?? undefined,
  }))
}

const pickedIds = preparedQuery((db: Db) => db.selectFrom('home_picks')
  .select(['home_picks.article_id', 'home_picks.slot'])
  .orderBy('home_picks.position').orderBy('home_picks.article_id'))

/**
 * The picks' ids, each slot in its order: what the home page reads (one small query). A withdrawn
 * article is among them; the page drops it when it reads the published summaries. No join with
 * articles here: without table statistics SQLite would walk every published article to find the
 * few picked ones (0.3 ms on 5,000 articles, most of an uncached home page).
 */
export async function listPickedIds(db: Db): Promise<Record<HomeSlot, number[]>> {
  const rows = await pickedIds(db)
  const picked: Record<HomeSlot, number[]> = { lead: [], featured: [] }
  for (const r of rows) if (isSlot(r.slot)) picked[r.slot].push(r.article_id)
  return picked
}

export async function insertHomePick(db: Db, pick: { articleId: number; slot: HomeSlot; position: number; pickedBy: number }, now: Date): Promise<void> {
  await db.insertInto('home_picks').values({
    article_id: pick.articleId, slot: pick.slot, position: pick.position, picked_by: pick.pickedBy, picked_at: now.toISOString(),
  }).execute()
}

export async function updateHomePick(db: Db, articleId: number, place: { slot: HomeSlot; position: number }): Promise<void> {
  await db.updateTable('home_picks').set({ slot: place.slot, position: place.position }).where('article_id', '=', articleId).execute()
}

export async function deleteHomePick(db: Db, articleId: number): Promise<void> {
  await db.deleteFrom('home_picks').where('article_id', '=', articleId).execute()
}

/** The newest published articles not placed yet: what the "add" list offers. */
export async function listPickable(db: Db, limit: number): Promise<{ id: number; title: string; publishedAt: Date }[]> {
  const rows = await db.selectFrom('articles').select(['id', 'title', 'published_at'])
    .where('status', '=', 'published').where('language', '=', 'vi')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('home_picks').select('article_id').whereRef('home_picks.article_id', '=', 'articles.id'))))
    .orderBy('published_at', 'desc').orderBy('id', 'desc').limit(limit).execute()
  return rows.map((r) => ({ id: r.id, title: r.title, publishedAt: toInstant(r.published_at!) }))
}

/** Whether a published Vietnamese article has this id (only those may be placed). */
export async function isPublishedArticle(db: Db, id: number): Promise<boolean> {
  const row = await db.selectFrom('articles').select('id').where('id', '=', id).where('status', '=', 'published').where('language', '=', 'vi').executeTakeFirst()
  return row !== undefined
}
