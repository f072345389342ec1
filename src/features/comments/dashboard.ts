import type { Db } from '../../platform/db/connect.ts'
import { createLocale } from '../../platform/i18n/index.ts'
import type { DashboardSource } from '../../platform/module.ts'
import { toInstant } from '../../platform/text/time.ts'
import { may, type NewsroomUser } from '../accounts/index.ts'
import { countByStatus } from './comment.repository.ts'
import { moderationMessages } from './moderation-messages.ts'

const t = createLocale('vi').t(moderationMessages)
const ACTIVITY = 8

/** Moderators' part of their home page: the comments waiting, and what was moderated lately. */
export function commentsDashboard(db: Db): DashboardSource {
  return async (viewer) => {
    const user: NewsroomUser = viewer
    if (!may(user, 'comment.moderate')) return {}
    const [counts, rows] = await Promise.all([
      countByStatus(db, {}),
      db.selectFrom('audit_log').leftJoin('users', 'users.id', 'audit_log.user_id')
        .select(['audit_log.id', 'audit_log.at', 'audit_log.user_id', 'users.name', 'audit_log.action', 'audit_log.item_type', 'audit_log.item_id'])
        .where('audit_log.item_type', '=', 'comment').orderBy('audit_log.id', 'desc').limit(ACTIVITY).execute(),
    ])
    return {
      counts: [{ label: t('waiting'), count: counts.pending, href: '/toa-soan/y-kien?trang-thai=cho-duyet', urgent: true }],
      activity: rows.map((r) => ({
        id: r.id, at: toInstant(r.at), userId: r.user_id, userName: r.name, action: r.action, itemType: r.item_type, itemId: r.item_id,
        ...(/^\d{1,9}$/.test(r.item_id) ? { href: `/toa-soan/y-kien/${r.item_id}` } : {}),
      })),
    }
  }
}
