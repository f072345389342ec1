import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import type { Db } from '../../platform/db/connect.ts'
import { createLocale } from '../../platform/i18n/index.ts'
import { wordPatterns } from '../../platform/text/word-match.ts'
import { hasOwnChangeGrant, sendNewsroomPage, signedInUser } from '../accounts/index.ts'
import type { ArticleStatus } from '../articles/index.ts'
import type { CategoryDirectory } from '../categories/index.ts'
import { articleReach, canEdit, transitionsFor, worksAs } from './article.policy.ts'
import { countTabs, listArticles, listAuthors, type ArticleListFilter } from './article-list.repository.ts'
import { LIST_TABS, listHref, readListAddress, type ListTab } from './article-list.ts'
import type { Editorial } from './editorial.service.ts'
import { ArticleListQuery } from './editorial.schemas.ts'
import { articleListMessages } from './list-messages.ts'
import { listNotifications } from './notification.repository.ts'
import { articleListView } from './views/article-list.view.ts'

export interface ArticleListDeps {
  db: Db
  editorial: Editorial
  categories: CategoryDirectory
}

const PAGE = 30
const t = createLocale('vi').t(articleListMessages)
const ALL_STATUSES: readonly ArticleStatus[] = ['draft', 'in_review', 'approved', 'scheduled', 'published', 'unpublished', 'expired']

/** Where a step taken from the list may send the user back to: the list itself, nothing else. */
export function listReturnAddress(asked: string | undefined): string | undefined {
  return asked !== undefined && /^\/toa-soan\/bai-viet(\?[^\s#]*)?$/.test(asked) ? asked : undefined
}

/** The newsroom's article list (/toa-soan/bai-viet); its destructive steps ask on the editor's confirmation page, with the way back here. */
export function articleListRoutes(deps: ArticleListDeps) {
  const { db } = deps
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()

    app.get('/bai-viet', { config: { right: 'newsroom.enter' }, schema: { querystring: ArticleListQuery } }, async (req, reply) => {
      const user = signedInUser(req)
      const request = readListAddress(req.query, user)
      const reach = articleReach(user)
      const tree = await deps.categories.tree()
      const filter: ArticleListFilter = {
        ...(request.search ? { titlePatterns: wordPatterns(request.search) } : {}),
        ...(request.categoryId !== undefined ? { categoryIds: tree.subtreeIds(request.categoryId) } : {}),
        ...(request.authorId !== undefined ? { authorId: request.authorId } : {}),
      }
      const dated = { ...(request.from ? { from: request.from } : {}), ...(request.before ? { before: request.before } : {}) }
      const tabFilter = (tab: ListTab): ArticleListFilter => ({
        ...filter, ...(tab.statuses ? { statuses: tab.statuses } : {}), ...(tab.pendingChange ? { withPendingChange: true } : {}), ...(tab.mine ? { authorId: user.id } : {}),
      })
      const tab = request.tab
      const shown = { ...tabFilter(tab), ...(request.status ? { statuses: [request.status] } : {}) }
      const [rows, counts, grant, authors, notifications] = await Promise.all([
        listArticles(db, { ...shown, ...dated, reach, clock: tab.clock, ascending: tab.ascending, after: request.after, limit: PAGE + 1 }),
        tabCounts(user.id, reach, filter, dated, request.status, tab),
        hasOwnChangeGrant(db, user.id),
        reach.everything || reach.categoryIds.length > 0 ? listAuthors(db, reach) : undefined,
        listNotifications(db, user.id),
      ])
      const page = rows.slice(0, PAGE)
      const last = page.at(-1)
      const lastAt = last && (tab.clock === 'published_at' ? last.publishedAt : last.updatedAt)
      const here = listHref(request, tab.key, request.after)
      const tabs = LIST_TABS.filter((x) => x.visible(user))
      return sendNewsroomPage(req, reply, t('heading'), articleListView({
        request, here, csrfToken: req.signedIn!.session.csrfToken, canWrite: worksAs.writer(user),
        worksOnArticles: worksAs.writer(user) || worksAs.reviewer(user) || worksAs.publisher(user),
        tabs: tabs.map((x) => ({ key: x.key, name: t(x.label), count: counts.get(x.key) ?? 0 })),
        total: request.status ? counts.get('status') ?? 0 : counts.get(tab.key) ?? 0,
        rows: page.map((article) => ({
          article, categoryName: tree.find(article.categoryId)?.name ?? '—', canEdit: canEdit(user, article),
          publicUrl: article.status === 'published' && tree.find(article.categoryId) ? `${tree.url(article.categoryId)}/${article.slug}` : undefined,
          transitions: transitionsFor(user, article, grant),
        })),
        categories: tree.all().map((c) => ({ id: c.id, name: c.name, depth: tree.lineage(c.id).length - 1 })),
        authors: authors?.sort((a, b) => a.name.localeCompare(b.name, 'vi')),
        statuses: ALL_STATUSES,
        nextHref: rows.length > PAGE && last && lastAt ? listHref(request, tab.key, { at: lastAt, id: last.id }) : undefined,
        notifications,
      }))
    })
  }

  /** Every tab's count through the same filters, in one grouped query; 'status' is the status filter's own. */
  async function tabCounts(userId: number, reach: ReturnType<typeof articleReach>, filter: ArticleListFilter, dated: { from?: Date; before?: Date },
    status: ArticleStatus | undefined, current: ListTab): Promise<Map<string, number>> {
    // Dates are on the current tab's clock, for every tab's count alike.
    const counts = await countTabs(db, reach, { ...filter, ...dated, clock: current.clock }, userId)
    const of = (s: ArticleStatus) => counts.get(s) ?? { all: 0, mine: 0, pendingChange: 0 }
    const out = new Map<string, number>()
    for (const tab of LIST_TABS) {
      const kind = tab.mine ? 'mine' : tab.pendingChange ? 'pendingChange' : 'all'
      out.set(tab.key, (tab.statuses ?? ALL_STATUSES).reduce((n, s) => n + of(s)[kind], 0))
    }
    if (status) out.set('status', of(status)[current.mine ? 'mine' : 'all'])
    return out
  }
}
