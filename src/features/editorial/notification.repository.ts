import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'

export interface Notification {
  id: number
  createdAt: Date
  message: string
  link: string
  read: boolean
}

export async function notify(db: Db, userIds: number[], message: string, link: string, now: Date): Promise<void> {
  const unique = [...new Set(userIds)]
  if (unique.length === 0) return
  await db.insertInto('notifications').values(unique.map((user_id) => ({ user_id, message, link, created_at: now.toISOString() }))).execute()
}

export async function listNotifications(db: Db, userId: number, limit = 20): Promise<Notification[]> {
  const rows = await db.selectFrom('notifications').selectAll().where('user_id', '=', userId).orderBy('id', 'desc').limit(limit).execute()
  return rows.map((r) => ({ id: r.id, createdAt: toInstant(r.created_at), message: r.message, link: r.link, read: r.read_at !== null }))
}

/** Everyone who holds one of these roles and may act in the category (no category limit, or this one). */
export async function usersWhoMay(db: Db, roles: string[], categoryId: number): Promise<number[]> {
  const rows = await db.selectFrom('users').select('users.id')
    .where('role', 'in', roles).where('is_active', '=', 1)
    .where((eb) => eb.or([
      eb.not(eb.exists(eb.selectFrom('user_categories').select('user_id').whereRef('user_categories.user_id', '=', 'users.id'))),
      eb.exists(eb.selectFrom('user_categories').select('user_id').whereRef('user_categories.user_id', '=', 'users.id').where('user_categories.category_id', '=', categoryId)),
    ]))
    .execute()
  return rows.map((r) => r.id)
}
