import { randomBytes } from 'node:crypto'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { parseBlocklist, type BlockedEntry } from './blocklist.ts'

export interface CommentSettings {
  /** Comments close this many days after publication; undefined: never. */
  closeAfterDays: number | undefined
  /** One word or phrase a line, as the moderator wrote it. */
  blocklistText: string
  blocklist: BlockedEntry[]
  /** Moderation is on by default; these categories publish at once what passes the abuse checks. */
  unmoderatedCategoryIds: ReadonlySet<number>
  closedArticleIds: ReadonlySet<number>
  /** Signs challenges; made at random the first time and kept in the database, never in the code. */
  challengeSecret: string
}

const DAY_MS = 24 * 60 * 60 * 1000

export function commentsOpen(settings: CommentSettings, article: { id: number; publishedAt: Date }, now: Date): boolean {
  if (settings.closedArticleIds.has(article.id)) return false
  return settings.closeAfterDays === undefined || now.getTime() - article.publishedAt.getTime() < settings.closeAfterDays * DAY_MS
}

export function needsModeration(settings: CommentSettings, categoryId: number): boolean {
  return !settings.unmoderatedCategoryIds.has(categoryId)
}

async function readSetting(db: Db, key: string): Promise<string | undefined> {
  return (await db.selectFrom('comment_settings').select('value').where('key', '=', key).executeTakeFirst())?.value
}

export async function writeSetting(db: Db, key: string, value: string): Promise<void> {
  await db.insertInto('comment_settings').values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute()
}

async function challengeSecret(db: Db): Promise<string> {
  // Two instances starting together both try; the first insert wins and both read it back.
  await db.insertInto('comment_settings').values({ key: 'challenge_secret', value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('key').doNothing()).execute()
  return (await readSetting(db, 'challenge_secret'))!
}

export async function readCommentSettings(db: Db): Promise<CommentSettings> {
  const [rows, unmoderated, closed, secret] = await Promise.all([
    db.selectFrom('comment_settings').select(['key', 'value']).where('key', 'in', ['close_after_days', 'blocklist']).execute(),
    db.selectFrom('comment_unmoderated_categories').select('category_id').execute(),
    db.selectFrom('comment_closed_articles').select('article_id').execute(),
    challengeSecret(db),
  ])
  const value = (key: string) => rows.find((r) => r.key === key)?.value ?? ''
  const days = value('close_after_days')
  return {
    closeAfterDays: /^\d{1,5}$/.test(days) && Number(days) > 0 ? Number(days) : undefined,
    blocklistText: value('blocklist'),
    blocklist: parseBlocklist(value('blocklist')),
    unmoderatedCategoryIds: new Set(unmoderated.map((r) => r.category_id)),
    closedArticleIds: new Set(closed.map((r) => r.article_id)),
    challengeSecret: secret,
  }
}

export async function setUnmoderatedCategories(db: Db, categoryIds: readonly number[]): Promise<void> {
  await db.deleteFrom('comment_unmoderated_categories').execute()
  if (categoryIds.length > 0) await db.insertInto('comment_unmoderated_categories').values(categoryIds.map((id) => ({ category_id: id }))).execute()
}

export async function setArticleClosed(db: Db, articleId: number, closed: boolean, now: Date): Promise<void> {
  if (closed) {
    await db.insertInto('comment_closed_articles').values({ article_id: articleId, closed_at: now.toISOString() })
      .onConflict((oc) => oc.column('article_id').doNothing()).execute()
  } else {
    await db.deleteFrom('comment_closed_articles').where('article_id', '=', articleId).execute()
  }
}

/**
 * The settings in memory: article pages read them on every render without a query. Any change
 * is announced as 'comment-settings.changed', which the relay carries to the other instances.
 */
export class CommentSettingsStore {
  #current: Promise<CommentSettings> | undefined

  constructor(private readonly db: Db, events: NewsroomEventBus) {
    events.on('comment-settings.changed', () => (this.#current = undefined))
    events.on('instance.resync', () => (this.#current = undefined))
  }

  current(): Promise<CommentSettings> {
    this.#current ??= readCommentSettings(this.db)
    this.#current.catch(() => (this.#current = undefined))
    return this.#current
  }
}
