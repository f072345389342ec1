import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import type { DraftInput } from './draft.ts'

export type RevisionSnapshot = Omit<DraftInput, 'expiresAt'> & { expiresAt: string | null }

export interface Revision {
  id: number
  savedAt: Date
  userId: number | null
  userName: string | null
  snapshot: RevisionSnapshot
}

export function snapshotOf(input: DraftInput & { slug: string }): RevisionSnapshot {
  return { ...input, expiresAt: input.expiresAt?.toISOString() ?? null }
}

export async function insertRevision(db: Db, articleId: number, userId: number | null, snapshot: RevisionSnapshot, now: Date): Promise<void> {
  await db.insertInto('article_revisions').values({ article_id: articleId, user_id: userId, saved_at: now.toISOString(), snapshot: JSON.stringify(snapshot) }).execute()
}

const selectRevisions = (db: Db, articleId: number) => db.selectFrom('article_revisions').leftJoin('users', 'users.id', 'article_revisions.user_id')
  .select(['article_revisions.id', 'article_revisions.saved_at', 'article_revisions.user_id', 'users.name', 'article_revisions.snapshot'])
  .where('article_revisions.article_id', '=', articleId)

type RevisionRow = Awaited<ReturnType<ReturnType<typeof selectRevisions>['executeTakeFirstOrThrow']>>

function toRevision(r: RevisionRow): Revision {
  return { id: r.id, savedAt: toInstant(r.saved_at), userId: r.user_id, userName: r.name, snapshot: JSON.parse(r.snapshot) as RevisionSnapshot }
}

/** Newest first. */
export async function listRevisions(db: Db, articleId: number, limit = 100): Promise<Revision[]> {
  return (await selectRevisions(db, articleId).orderBy('article_revisions.id', 'desc').limit(limit).execute()).map(toRevision)
}

export async function findRevision(db: Db, articleId: number, revisionId: number): Promise<Revision | undefined> {
  const row = await selectRevisions(db, articleId).where('article_revisions.id', '=', revisionId).executeTakeFirst()
  return row && toRevision(row)
}
