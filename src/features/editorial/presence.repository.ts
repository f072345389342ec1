import { randomBytes } from 'node:crypto'
import type { Db } from '../../platform/db/connect.ts'

// Who has an article open, kept in the database so that every instance gives the same answer.
// The editor's script beats every 30 s; a beat older than this means the tab is gone.
export const PRESENCE_HEARTBEAT_MS = 30_000
const FRESH_MS = 3 * PRESENCE_HEARTBEAT_MS

/** `page` names the editor page that beat (a token per page load). */
export async function markPresent(db: Db, articleId: number, userId: number, page: string, now: Date): Promise<void> {
  await db.insertInto('article_presence').values({ article_id: articleId, user_id: userId, seen_at: now.toISOString(), page })
    .onConflict((oc) => oc.columns(['article_id', 'user_id']).doUpdateSet({ seen_at: now.toISOString(), page }))
    .execute()
}

/**
 * A page's goodbye. A browser sends it when the next page is already loaded (after a save or a
 * reload, too): only the page that beat last may clear the row, so a reload keeps its presence.
 */
export async function markLeft(db: Db, articleId: number, userId: number, page: string): Promise<void> {
  await db.deleteFrom('article_presence').where('article_id', '=', articleId).where('user_id', '=', userId).where('page', '=', page).execute()
}

export function newPresencePage(): string {
  return randomBytes(9).toString('base64url')
}

/** The names of the others who have the article open now, and stale beats cleared on the way. */
export async function othersPresent(db: Db, articleId: number, userId: number, now: Date): Promise<string[]> {
  const since = new Date(now.getTime() - FRESH_MS).toISOString()
  await db.deleteFrom('article_presence').where('article_id', '=', articleId).where('seen_at', '<', since).execute()
  const rows = await db.selectFrom('article_presence').innerJoin('users', 'users.id', 'article_presence.user_id')
    .select('users.name').where('article_presence.article_id', '=', articleId).where('article_presence.user_id', '!=', userId)
    .where('article_presence.seen_at', '>=', since).orderBy('users.name').execute()
  return rows.map((r) => r.name)
}
