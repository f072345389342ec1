import { sql } from 'kysely'
import type { Db } from '../../platform/db/connect.ts'
import { createLocale } from '../../platform/i18n/index.ts'
import type { DashboardActivity, DashboardCount, DashboardSource } from '../../platform/module.ts'
import { newsroomDay, toInstant } from '../../platform/text/time.ts'
import type { NewsroomUser } from '../accounts/index.ts'
import { articleReach, worksAs, type ArticleReach } from './article.policy.ts'
import { countByStatus, narrowToReach, type ArticleListFilter } from './article-list.repository.ts'
import { startOfNewsroomDay } from './article-list.ts'
import { articleListMessages } from './list-messages.ts'

// The articles' part of each user's home page: the work waiting for them, by their role and
// categories (the same reach as the list), and what was done lately to the articles they may open.

const t = createLocale('vi').t(articleListMessages)
const ACTIVITY = 8
const DAY_MS = 24 * 60 * 60 * 1000

export function editorialDashboard(db: Db): DashboardSource {
  return async (viewer, now) => {
    const user: NewsroomUser = viewer
    const reach = articleReach(user)
    const today = newsroomDay(now)
    const start = startOfNewsroomDay(today)!
    const count = async (label: keyof typeof articleListMessages.vi & DashboardLabel, href: string, filter: ArticleListFilter & { clock?: 'published_at' }, urgent = false): Promise<DashboardCount> => {
      const counts = await countByStatus(db, reach, filter)
      return { label: t(label), href, count: [...counts.values()].reduce((a, b) => a + b, 0), ...(urgent ? { urgent } : {}) }
    }
    const wanted: Promise<DashboardCount>[] = []
    if (worksAs.writer(user)) {
      wanted.push(count('returnedToMe', '/toa-soan/bai-viet?hang=cua-toi&trang-thai=nhap', { statuses: ['draft'], authorId: user.id, returned: true }, true))
      wanted.push(count('myDrafts', '/toa-soan/bai-viet?hang=cua-toi&trang-thai=nhap', { statuses: ['draft'], authorId: user.id }))
    }
    if (worksAs.reviewer(user)) wanted.push(count('toReview', '/toa-soan/bai-viet?hang=cho-duyet', { statuses: ['in_review'], exceptAuthorId: user.id }, true))
    if (worksAs.publisher(user)) {
      wanted.push(count('toPublish', '/toa-soan/bai-viet?hang=da-duyet', { statuses: ['approved'] }, true))
      wanted.push(count('changesToReview', '/toa-soan/bai-viet?hang=ban-sua', { statuses: ['published', 'unpublished', 'expired'], withPendingChange: true }, true))
    }
    if (worksAs.writer(user)) {
      wanted.push(count('scheduledToday', `/toa-soan/bai-viet?hang=hen-gio&tu=${today}&den=${today}`,
        { statuses: ['scheduled'], clock: 'published_at', from: start, before: new Date(start.getTime() + DAY_MS) }))
    }
    const [counts, activity] = await Promise.all([Promise.all(wanted), recentArticleActivity(db, reach)])
    return { counts, activity }
  }
}

type DashboardLabel = 'returnedToMe' | 'myDrafts' | 'toReview' | 'toPublish' | 'changesToReview' | 'scheduledToday'

/** The newest audit entries about the articles this user may open. */
async function recentArticleActivity(db: Db, reach: ArticleReach): Promise<DashboardActivity[]> {
  const rows = await db.selectFrom('audit_log')
    // Audit entries name their object as text, whatever its kind.
    .innerJoin('articles', (join) => join.on(sql<boolean>`${sql.ref('audit_log.item_id')} = cast(${sql.ref('articles.id')} as text)`))
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .select(['audit_log.id', 'audit_log.at', 'audit_log.user_id', 'users.name', 'audit_log.action', 'audit_log.item_type', 'audit_log.item_id', 'articles.id as article_id'])
    .where('audit_log.item_type', '=', 'article')
    .where((eb) => narrowToReach(eb, reach))
    .orderBy('audit_log.id', 'desc').limit(ACTIVITY).execute()
  return rows.map((r) => ({
    id: r.id, at: toInstant(r.at), userId: r.user_id, userName: r.name, action: r.action, itemType: r.item_type, itemId: r.item_id,
    href: `/toa-soan/bai-viet/${r.article_id}`,
  }))
}
