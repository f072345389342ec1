import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'

// Notices to a user about their own account (failed sign-ins against it), in the newsroom's
// notifications table, which the editorial workflow also writes. There is no e-mail yet: the
// owner reads them on the dashboard at their next sign-in.

export interface AccountNotice {
  createdAt: Date
  message: string
  link: string
}

export async function noticeToOwner(db: Db, userId: number, message: string, link: string, now: Date): Promise<void> {
  await db.insertInto('notifications').values({ user_id: userId, message, link, created_at: now.toISOString() }).execute()
}

export async function recentNotices(db: Db, userId: number, limit = 5): Promise<AccountNotice[]> {
  const rows = await db.selectFrom('notifications').select(['created_at', 'message', 'link'])
    .where('user_id', '=', userId).orderBy('id', 'desc').limit(limit).execute()
  return rows.map((r) => ({ createdAt: toInstant(r.created_at), message: r.message, link: r.link }))
}
