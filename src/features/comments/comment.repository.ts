import { sql, type Selectable, type SelectQueryBuilder } from 'kysely'
import type { Db } from '../../platform/db/connect.ts'
import { preparedQuery } from '../../platform/db/prepared.ts'
import type { CommentTable, Database } from '../../platform/db/schema.ts'
import { toInstant } from '../../platform/text/time.ts'
import type { CommentStatus, ModeratedComment, NewComment, PublicComment } from './comment.ts'
import { bodyKey, searchText } from './comment-text.ts'

const PUBLIC_COLUMNS = ['id', 'parent_id', 'author_name', 'body', 'links_allowed', 'created_at', 'reply_text', 'reply_at'] as const

function toPublic(row: Pick<Selectable<CommentTable>, (typeof PUBLIC_COLUMNS)[number]>): PublicComment {
  return {
    id: row.id,
    parentId: row.parent_id,
    authorName: row.author_name,
    body: row.body,
    linksAllowed: row.links_allowed === 1,
    createdAt: toInstant(row.created_at),
    reply: row.reply_text && row.reply_at ? { text: row.reply_text, at: toInstant(row.reply_at) } : undefined,
  }
}

/**
 * Sets the articles' mark that they have (or had) an approved comment. Only ever set, never
 * cleared, so two moderators racing can never leave an article with comments unmarked; an
 * article whose comments were all removed keeps asking, and finds none.
 */
async function markCommented(db: Db, articles: readonly number[] | SelectQueryBuilder<Database, 'comments', { article_id: number }>): Promise<void> {
  await db.updateTable('articles').set({ has_approved_comments: 1 }).where('id', 'in', articles).where('has_approved_comments', '=', 0).execute()
}

/** Saved and committed before the reader is told anything: nothing submitted is lost. */
export async function insertComment(db: Db, comment: NewComment, now: Date): Promise<number> {
  // Marked first: whenever an approved comment is committed, so is its article's mark.
  if (comment.status === 'approved') await markCommented(db, [comment.articleId])
  const { id } = await db.insertInto('comments').values({
    article_id: comment.articleId,
    parent_id: comment.parentId,
    author_name: comment.authorName,
    author_email: comment.authorEmail,
    body: comment.body,
    body_key: bodyKey(comment.body),
    search_text: searchText(comment.authorName, comment.authorEmail, comment.body),
    status: comment.status,
    spam_reason: comment.spamReason,
    ip: comment.ip,
    user_agent: comment.userAgent,
    created_at: now.toISOString(),
    moderated_at: null,
    moderated_by: null,
    reply_text: comment.reply?.text ?? '',
    reply_by: null,
    reply_at: comment.reply?.at.toISOString() ?? null,
  }).returning('id').executeTakeFirstOrThrow()
  return id
}

/** The article page's one query, served by the (article_id, status, created_at) index. */
// Read on every render of an article page: compiled once (see preparedQuery).
const approvedComments = preparedQuery((db: Db, articleId: number, limit: number) => db.selectFrom('comments').select(PUBLIC_COLUMNS)
  .where('article_id', '=', articleId).where('status', '=', 'approved')
  .orderBy('created_at').orderBy('id').limit(limit))

export async function listApprovedComments(db: Db, articleId: number, limit: number): Promise<PublicComment[]> {
  return (await approvedComments(db, articleId, limit)).map(toPublic)
}

export async function findComment(db: Db, id: number): Promise<{ id: number; articleId: number; parentId: number | null; status: CommentStatus } | undefined> {
  const row = await db.selectFrom('comments').select(['id', 'article_id', 'parent_id', 'status']).where('id', '=', id).executeTakeFirst()
  return row && { id: row.id, articleId: row.article_id, parentId: row.parent_id, status: row.status as CommentStatus }
}

export async function findApprovedComment(db: Db, articleId: number, id: number): Promise<{ id: number; authorName: string; body: string } | undefined> {
  const row = await db.selectFrom('comments').select(['id', 'author_name', 'body'])
    .where('id', '=', id).where('article_id', '=', articleId).where('status', '=', 'approved').executeTakeFirst()
  return row && { id: row.id, authorName: row.author_name, body: row.body }
}

export interface SameText {
  id: number
  articleId: number
  authorEmail: string
  ip: string
  status: CommentStatus
  createdAt: Date
}

export async function listSameText(db: Db, body: string, limit = 20): Promise<SameText[]> {
  const rows = await db.selectFrom('comments').select(['id', 'article_id', 'author_email', 'ip', 'status', 'created_at'])
    .where('body_key', '=', bodyKey(body)).orderBy('created_at', 'desc').limit(limit).execute()
  return rows.map((r) => ({ id: r.id, articleId: r.article_id, authorEmail: r.author_email, ip: r.ip, status: r.status as CommentStatus, createdAt: toInstant(r.created_at) }))
}

export interface ModerationFilter {
  articleId?: number
  /** Folded; matched anywhere in the name, e-mail or text. */
  search?: string
}

function filtered(db: Db, filter: ModerationFilter) {
  let q = db.selectFrom('comments')
  if (filter.articleId !== undefined) q = q.where('comments.article_id', '=', filter.articleId)
  if (filter.search) {
    const pattern = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    q = q.where(sql<boolean>`comments.search_text like ${pattern} escape '\\'`)
  }
  return q
}

export async function countByStatus(db: Db, filter: ModerationFilter): Promise<Record<CommentStatus, number>> {
  const rows = await filtered(db, filter).select((eb) => ['comments.status', eb.fn.countAll<number | string>().as('n')]).groupBy('comments.status').execute()
  const counts: Record<CommentStatus, number> = { pending: 0, approved: 0, rejected: 0, spam: 0 }
  for (const row of rows) if (row.status in counts) counts[row.status as CommentStatus] = Number(row.n)
  return counts
}

const MODERATION_COLUMNS = [
  'comments.id', 'comments.parent_id', 'comments.author_name', 'comments.author_email', 'comments.body', 'comments.links_allowed',
  'comments.created_at', 'comments.reply_text', 'comments.reply_at', 'comments.article_id', 'comments.status', 'comments.spam_reason',
  'comments.ip', 'comments.user_agent', 'comments.moderated_at', 'articles.title', 'articles.slug', 'articles.category_id',
  'articles.status as article_status',
] as const

export async function listForModeration(db: Db, filter: ModerationFilter & { status: CommentStatus; beforeId?: number; limit: number }): Promise<ModeratedComment[]> {
  let q = filtered(db, filter).innerJoin('articles', 'articles.id', 'comments.article_id').select(MODERATION_COLUMNS)
    .where('comments.status', '=', filter.status)
  if (filter.beforeId !== undefined) q = q.where('comments.id', '<', filter.beforeId)
  const rows = await q.orderBy('comments.id', 'desc').limit(filter.limit).execute()
  return rows.map(toModerated)
}

export async function findForModeration(db: Db, id: number): Promise<ModeratedComment | undefined> {
  const row = await moderationQuery(db).where('comments.id', '=', id).executeTakeFirst()
  return row && toModerated(row)
}

/** A row of the moderation query, typed from the query itself (never run). */
type ModerationRow = Awaited<ReturnType<ReturnType<typeof moderationQuery>['executeTakeFirstOrThrow']>>
const moderationQuery = (db: Db) => db.selectFrom('comments').innerJoin('articles', 'articles.id', 'comments.article_id').select(MODERATION_COLUMNS)

function toModerated(row: ModerationRow): ModeratedComment {
  return {
    ...toPublic(row),
    articleId: row.article_id,
    articleTitle: row.title,
    articleSlug: row.slug,
    articleCategoryId: row.category_id,
    articleStatus: row.article_status,
    authorEmail: row.author_email,
    status: row.status as CommentStatus,
    spamReason: row.spam_reason,
    ip: row.ip,
    userAgent: row.user_agent,
    moderatedAt: row.moderated_at ? toInstant(row.moderated_at) : undefined,
    replyText: row.reply_text,
  }
}

/** The comments among ids, with their article and status before the change. */
export async function findComments(db: Db, ids: readonly number[]): Promise<{ id: number; articleId: number; status: CommentStatus; body: string; authorName: string }[]> {
  if (ids.length === 0) return []
  const rows = await db.selectFrom('comments').select(['id', 'article_id', 'status', 'body', 'author_name']).where('id', 'in', ids).execute()
  return rows.map((r) => ({ id: r.id, articleId: r.article_id, status: r.status as CommentStatus, body: r.body, authorName: r.author_name }))
}

export async function setCommentStatus(db: Db, ids: readonly number[], status: CommentStatus, userId: number, now: Date): Promise<void> {
  if (ids.length === 0) return
  if (status === 'approved') await markCommented(db, db.selectFrom('comments').select('article_id').where('id', 'in', ids))
  await db.updateTable('comments').set({ status, moderated_at: now.toISOString(), moderated_by: userId }).where('id', 'in', ids).execute()
}

export async function deleteComments(db: Db, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return
  // Readers' replies to a deleted comment stay, as comments of their own.
  await db.updateTable('comments').set({ parent_id: null }).where('parent_id', 'in', ids).execute()
  await db.deleteFrom('comments').where('id', 'in', ids).execute()
}

export interface CommentEdit {
  body: string
  linksAllowed: boolean
  replyText: string
}

export async function updateComment(db: Db, id: number, edit: CommentEdit, before: { replyText: string }, userId: number, now: Date): Promise<void> {
  const row = await db.selectFrom('comments').select(['author_name', 'author_email']).where('id', '=', id).executeTakeFirstOrThrow()
  const replyChanged = edit.replyText !== before.replyText
  await db.updateTable('comments').set({
    body: edit.body,
    body_key: bodyKey(edit.body),
    search_text: searchText(row.author_name, row.author_email, edit.body),
    links_allowed: edit.linksAllowed ? 1 : 0,
    reply_text: edit.replyText,
    ...(replyChanged ? { reply_by: edit.replyText ? userId : null, reply_at: edit.replyText ? now.toISOString() : null } : {}),
  }).where('id', '=', id).execute()
}

export async function findArticleTitles(db: Db, ids: readonly number[]): Promise<{ id: number; title: string }[]> {
  if (ids.length === 0) return []
  return db.selectFrom('articles').select(['id', 'title']).where('id', 'in', ids).orderBy('id').execute()
}
