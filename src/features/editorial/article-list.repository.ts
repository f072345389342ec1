import type { ExpressionBuilder } from 'kysely'
import type { Db } from '../../platform/db/connect.ts'
import type { Database } from '../../platform/db/schema.ts'
import { toInstant } from '../../platform/text/time.ts'
import { foldedWords } from '../../platform/text/word-match.ts'
import type { ArticleStatus } from '../articles/index.ts'
import type { ArticleReach } from './article.policy.ts'

// The newsroom's article list: what a user may open (their reach, from the article policy),
// narrowed by a tab and the filters, newest first by keyset on (time, id), never OFFSET.

/** Which time a list is ordered, paged and filtered by. */
export type ListClock = 'updated_at' | 'published_at'

export interface ArticleListFilter {
  /** Only these states; all when undefined. */
  statuses?: readonly ArticleStatus[]
  /** Only articles with a change to their live text waiting for review. */
  withPendingChange?: boolean
  authorId?: number
  /** Not this author's: who wrote an article does not review it. */
  exceptAuthorId?: number
  /** Only drafts sent back with a reason. */
  returned?: boolean
  categoryIds?: readonly number[]
  /** LIKE patterns over the folded title (platform/text/word-match.ts); all must match. */
  titlePatterns?: readonly string[]
  /** On the list's clock: from (inclusive) and before (exclusive). */
  from?: Date
  before?: Date
}

export interface ListCursor {
  at: Date
  id: number
}

export interface ArticleListQuery extends ArticleListFilter {
  reach: ArticleReach
  clock: ListClock
  /** Soonest first (the scheduled tab); otherwise newest first. */
  ascending?: boolean
  after?: ListCursor
  limit: number
}

export interface ArticleListRow {
  id: number
  title: string
  slug: string
  status: ArticleStatus
  categoryId: number
  authorId: number | null
  authorName: string | null
  changedBy: number | null
  approvedBy: number | null
  createdAt: Date
  updatedAt: Date
  publishedAt: Date | undefined
  expiresAt: Date | undefined
  hasPendingChange: boolean
}

type Where = ExpressionBuilder<Database, 'articles'>

/** Only the articles the user may open (article.policy.ts articleReach). */
export function narrowToReach(eb: Where, reach: ArticleReach) {
  if (reach.everything) return eb.and([])
  const own = eb('articles.author_id', '=', reach.authorId)
  return reach.categoryIds.length ? eb.or([own, eb('articles.category_id', 'in', reach.categoryIds)]) : own
}

function narrow(eb: Where, reach: ArticleReach, filter: ArticleListFilter) {
  const conditions = [narrowToReach(eb, reach)]
  if (filter.statuses) conditions.push(eb('articles.status', 'in', filter.statuses.length ? filter.statuses : ['']))
  if (filter.withPendingChange) conditions.push(eb.exists(eb.selectFrom('article_pending_changes').select('article_id').whereRef('article_pending_changes.article_id', '=', 'articles.id')))
  if (filter.authorId !== undefined) conditions.push(eb('articles.author_id', '=', filter.authorId))
  if (filter.exceptAuthorId !== undefined) conditions.push(eb.or([eb('articles.author_id', 'is', null), eb('articles.author_id', '!=', filter.exceptAuthorId)]))
  if (filter.returned) conditions.push(eb('articles.return_reason', '!=', ''))
  if (filter.categoryIds) conditions.push(eb('articles.category_id', 'in', filter.categoryIds.length ? filter.categoryIds : [-1]))
  for (const pattern of filter.titlePatterns ?? []) conditions.push(eb('articles.title_folded', 'like', pattern))
  return eb.and(conditions)
}

export async function listArticles(db: Db, query: ArticleListQuery): Promise<ArticleListRow[]> {
  const column = `articles.${query.clock}` as const
  const later = query.ascending ? '>' : '<'
  let q = db.selectFrom('articles').leftJoin('users', 'users.id', 'articles.author_id')
    .select(['articles.id', 'articles.title', 'articles.slug', 'articles.status', 'articles.category_id', 'articles.author_id', 'users.name',
      'articles.changed_by', 'articles.approved_by', 'articles.created_at', 'articles.updated_at', 'articles.published_at', 'articles.expires_at'])
    .select((eb) => eb.exists(eb.selectFrom('article_pending_changes').select('article_id').whereRef('article_pending_changes.article_id', '=', 'articles.id')).as('pending'))
    .where((eb) => narrow(eb, query.reach, query))
  if (query.clock === 'published_at') q = q.where('articles.published_at', 'is not', null)
  if (query.from) q = q.where(column, '>=', query.from.toISOString())
  if (query.before) q = q.where(column, '<', query.before.toISOString())
  if (query.after) {
    const at = query.after.at.toISOString()
    const id = query.after.id
    q = q.where((eb) => eb.or([eb(column, later, at), eb.and([eb(column, '=', at), eb('articles.id', later, id)])]))
  }
  const direction = query.ascending ? 'asc' : 'desc'
  const rows = await q.orderBy(column, direction).orderBy('articles.id', direction).limit(query.limit).execute()
  return rows.map((r) => ({
    id: r.id, title: r.title, slug: r.slug, status: r.status as ArticleStatus, categoryId: r.category_id, authorId: r.author_id, authorName: r.name,
    changedBy: r.changed_by, approvedBy: r.approved_by, createdAt: toInstant(r.created_at), updatedAt: toInstant(r.updated_at),
    publishedAt: r.published_at ? toInstant(r.published_at) : undefined, expiresAt: r.expires_at ? toInstant(r.expires_at) : undefined,
    // SQLite answers 1/0, PostgreSQL true/false.
    hasPendingChange: Boolean(r.pending),
  }))
}

/** How many articles of each state the user reaches through these filters (the tabs' counts), in one query. */
export async function countByStatus(db: Db, reach: ArticleReach, filter: ArticleListFilter & { clock?: ListClock }): Promise<Map<ArticleStatus, number>> {
  let q = db.selectFrom('articles').select(['articles.status', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where((eb) => narrow(eb, reach, filter))
  if (filter.from) q = q.where(`articles.${filter.clock ?? 'updated_at'}`, '>=', filter.from.toISOString())
  if (filter.before) q = q.where(`articles.${filter.clock ?? 'updated_at'}`, '<', filter.before.toISOString())
  const rows = await q.groupBy('articles.status').execute()
  return new Map(rows.map((r) => [r.status as ArticleStatus, Number(r.n)]))
}

export interface TabCounts {
  all: number
  mine: number
  pendingChange: number
}

/** The list's tab counts in one pass: per state, every article, the user's own, those with a pending change. */
export async function countTabs(db: Db, reach: ArticleReach, filter: ArticleListFilter & { clock: ListClock }, userId: number): Promise<Map<ArticleStatus, TabCounts>> {
  let q = db.selectFrom('articles').select((eb) => [
    'articles.status',
    eb.fn.countAll<number | string>().as('n'),
    eb.fn.sum<number | string>(eb.case().when('articles.author_id', '=', userId).then(1).else(0).end()).as('mine'),
    eb.fn.sum<number | string>(eb.case().when(eb.exists(eb.selectFrom('article_pending_changes').select('article_id').whereRef('article_pending_changes.article_id', '=', 'articles.id'))).then(1).else(0).end()).as('pending'),
  ]).where((eb) => narrow(eb, reach, filter))
  if (filter.from) q = q.where(`articles.${filter.clock}`, '>=', filter.from.toISOString())
  if (filter.before) q = q.where(`articles.${filter.clock}`, '<', filter.before.toISOString())
  const rows = await q.groupBy('articles.status').execute()
  return new Map(rows.map((r) => [r.status as ArticleStatus, { all: Number(r.n), mine: Number(r.mine), pendingChange: Number(r.pending) }]))
}

/** The authors a user can filter by: whoever wrote an article they reach. */
export async function listAuthors(db: Db, reach: ArticleReach): Promise<{ id: number; name: string }[]> {
  const rows = await db.selectFrom('users').select(['users.id', 'users.name'])
    .where((eb) => eb.exists(eb.selectFrom('articles').select('articles.id').whereRef('articles.author_id', '=', 'users.id').where((a) => narrow(a, reach, {}))))
    .execute()
  return rows.map((r) => ({ id: r.id, name: r.name }))
}

/**
 * Folds the titles written without their folded words: by an instance of the release before
 * this one during a rolling restart, or by hand. Run at start; a scan of one column, once.
 */
export async function foldForgottenTitles(db: Db): Promise<number> {
  const rows = await db.selectFrom('articles').select(['id', 'title']).where('title_folded', '=', '').where('title', '!=', '').execute()
  for (const row of rows) await db.updateTable('articles').set({ title_folded: foldedWords(row.title) }).where('id', '=', row.id).execute()
  return rows.length
}
