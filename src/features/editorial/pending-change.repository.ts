import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import type { RevisionSnapshot } from './revision.repository.ts'

/** A change to a published article that readers do not see until someone else accepts it. */
export interface PendingChange {
  articleId: number
  snapshot: RevisionSnapshot
  /** Everyone who saved into it; none of them may accept it. */
  contributorIds: number[]
  savedById: number | null
  savedByName: string | null
  updatedAt: Date
}

export async function findPendingChange(db: Db, articleId: number): Promise<PendingChange | undefined> {
  const row = await db.selectFrom('article_pending_changes').leftJoin('users', 'users.id', 'article_pending_changes.saved_by')
    .select(['article_pending_changes.article_id', 'article_pending_changes.snapshot', 'article_pending_changes.contributors',
      'article_pending_changes.saved_by', 'users.name', 'article_pending_changes.updated_at'])
    .where('article_pending_changes.article_id', '=', articleId).executeTakeFirst()
  return row && {
    articleId: row.article_id, snapshot: JSON.parse(row.snapshot) as RevisionSnapshot, contributorIds: JSON.parse(row.contributors) as number[],
    savedById: row.saved_by, savedByName: row.name, updatedAt: toInstant(row.updated_at),
  }
}

/** Starts the article's pending change (true), or saves over it and adds the user to its contributors. */
export async function savePendingChange(db: Db, articleId: number, snapshot: RevisionSnapshot, userId: number, now: Date): Promise<boolean> {
  const existing = await findPendingChange(db, articleId)
  const contributors = JSON.stringify([...new Set([...(existing?.contributorIds ?? []), userId])])
  if (existing) {
    await db.updateTable('article_pending_changes').set({ snapshot: JSON.stringify(snapshot), contributors, saved_by: userId, updated_at: now.toISOString() })
      .where('article_id', '=', articleId).execute()
    return false
  } else {
    await db.insertInto('article_pending_changes').values({
      article_id: articleId, snapshot: JSON.stringify(snapshot), contributors, saved_by: userId, created_at: now.toISOString(), updated_at: now.toISOString(),
    }).execute()
    return true
  }
}

export async function deletePendingChange(db: Db, articleId: number): Promise<void> {
  await db.deleteFrom('article_pending_changes').where('article_id', '=', articleId).execute()
}
