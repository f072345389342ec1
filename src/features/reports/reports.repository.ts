import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import { compareVietnamese } from '../../platform/text/vietnamese.ts'
import { displayName, nameKey } from './author-names.ts'
import type { CreditedArticle } from './article-credits.ts'
import './reports.table.ts'

/** The royalty sheet's settings; the defaults hold until the administrator saves others. */
export interface RoyaltySettings {
  pointsBai: number
  pointsAnh: number
  pointsTin: number
  /** Fewer words than this in the body: the article is tin. */
  tinMaxWords: number
}

export const DEFAULT_SETTINGS: RoyaltySettings = { pointsBai: 10, pointsAnh: 2, pointsTin: 4, tinMaxWords: 300 }
const KEYS: Record<keyof RoyaltySettings, string> = { pointsBai: 'points_bai', pointsAnh: 'points_anh', pointsTin: 'points_tin', tinMaxWords: 'tin_max_words' }

/** Counted as published in their time: a withdrawn article (unpublished) is not counted, an expired one is. */
export const COUNTED_STATUSES = ['published', 'expired']

export interface ReportArticle extends CreditedArticle {
  id: number
  title: string
  categoryId: number
  publishedAt: Date
}

export async function readSettings(db: Db): Promise<RoyaltySettings> {
  const rows = await db.selectFrom('report_settings').select(['key', 'value']).execute()
  const stored = new Map(rows.map((r) => [r.key, Number(r.value)]))
  const out = { ...DEFAULT_SETTINGS }
  for (const field of Object.keys(KEYS) as (keyof RoyaltySettings)[]) {
    const value = stored.get(KEYS[field])
    if (value !== undefined && Number.isFinite(value)) out[field] = value
  }
  return out
}

export async function writeSettings(db: Db, settings: RoyaltySettings, now: Date): Promise<void> {
  for (const field of Object.keys(KEYS) as (keyof RoyaltySettings)[]) {
    await db.insertInto('report_settings').values({ key: KEYS[field], value: settings[field], updated_at: now.toISOString() })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: settings[field], updated_at: now.toISOString() })).execute()
  }
}

export interface AuthorAlias {
  aliasKey: string
  aliasName: string
  authorName: string
}

export async function listAliases(db: Db): Promise<AuthorAlias[]> {
  const rows = await db.selectFrom('report_author_aliases').select(['alias_key', 'alias_name', 'author_name']).execute()
  // Sorted here: the databases' collations order Vietnamese differently.
  return rows.map((r) => ({ aliasKey: r.alias_key, aliasName: r.alias_name, authorName: r.author_name }))
    .sort((a, b) => compareVietnamese(a.authorName, b.authorName) || compareVietnamese(a.aliasName, b.aliasName))
}

/** "aliasName counts for authorName" (replacing what that spelling counted for before). */
export async function saveAlias(db: Db, aliasName: string, authorName: string, now: Date): Promise<string> {
  const alias = displayName(aliasName)
  const author = displayName(authorName)
  const key = nameKey(alias)
  await db.deleteFrom('report_author_aliases').where('alias_key', '=', key).execute()
  await db.insertInto('report_author_aliases').values({ alias_key: key, alias_name: alias, author_name: author, created_at: now.toISOString() }).execute()
  return key
}

export async function deleteAlias(db: Db, aliasKey: string): Promise<boolean> {
  const result = await db.deleteFrom('report_author_aliases').where('alias_key', '=', aliasKey).executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}

/**
 * Articles published in [start, end), oldest first, `pageSize` at a time: the ids in order
 * first (small rows), then each page's bodies by id. A three-year report never holds every body
 * at once, and no page's query sorts the period's bodies again (a keyset over two statuses did,
 * on PostgreSQL: bench/reports.ts).
 */
export async function* publishedBetween(db: Db, start: Date, end: Date, pageSize = 500): AsyncGenerator<ReportArticle[]> {
  const order = await db.selectFrom('articles').select('id')
    .where('status', 'in', COUNTED_STATUSES)
    .where('published_at', '>=', start.toISOString()).where('published_at', '<', end.toISOString())
    .orderBy('published_at').orderBy('id')
    .execute()
  for (let i = 0; i < order.length; i += pageSize) {
    const ids = order.slice(i, i + pageSize).map((r) => r.id)
    const rows = await db.selectFrom('articles')
      .select(['id', 'title', 'category_id', 'published_at', 'byline_kind', 'byline_name', 'body_html', 'lead_image_url', 'lead_image_caption'])
      .where('id', 'in', ids)
      .execute()
    const byId = new Map(rows.map((r) => [r.id, r]))
    // An article deleted between the two reads is left out.
    yield ids.flatMap((id) => {
      const r = byId.get(id)
      return r ? [{
        id: r.id, title: r.title, categoryId: r.category_id, publishedAt: toInstant(r.published_at!),
        bylineKind: r.byline_kind, bylineName: r.byline_name, bodyHtml: r.body_html, leadImageUrl: r.lead_image_url, leadImageCaption: r.lead_image_caption,
      }] : []
    })
  }
}

export async function categoryNames(db: Db): Promise<Map<number, string>> {
  const rows = await db.selectFrom('categories').select(['id', 'name']).execute()
  return new Map(rows.map((r) => [r.id, r.name]))
}

export async function articleTitles(db: Db, ids: readonly number[]): Promise<Map<number, { title: string; publishedAt: Date | null }>> {
  const out = new Map<number, { title: string; publishedAt: Date | null }>()
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('articles').select(['id', 'title', 'published_at']).where('id', 'in', ids.slice(i, i + 500)).execute()
    for (const r of rows) out.set(r.id, { title: r.title, publishedAt: r.published_at ? toInstant(r.published_at) : null })
  }
  return out
}

/** Readers' comments received in [start, end), per article: all but spam, and those approved. */
export async function countCommentsBetween(db: Db, start: Date, end: Date): Promise<Map<number, { received: number; approved: number }>> {
  const rows = await db.selectFrom('comments')
    .select(['article_id', 'status', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('created_at', '>=', start.toISOString()).where('created_at', '<', end.toISOString())
    .where('status', '!=', 'spam')
    .groupBy(['article_id', 'status'])
    .execute()
  const out = new Map<number, { received: number; approved: number }>()
  for (const r of rows) {
    const entry = out.get(r.article_id) ?? { received: 0, approved: 0 }
    entry.received += Number(r.n)
    if (r.status === 'approved') entry.approved += Number(r.n)
    out.set(r.article_id, entry)
  }
  return out
}

/** When the newest counted article was published, if any was. */
export async function latestPublishedAt(db: Db): Promise<Date | undefined> {
  const row = await db.selectFrom('articles').select('published_at').where('status', 'in', COUNTED_STATUSES).where('published_at', 'is not', null)
    .orderBy('published_at', 'desc').limit(1).executeTakeFirst()
  return row?.published_at ? toInstant(row.published_at) : undefined
}
