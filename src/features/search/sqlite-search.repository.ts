import { sql, type RawBuilder } from 'kysely'
import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import { fold } from '../../platform/text/vietnamese.ts'
import { hasDiacritics, neighbourPairs, type SearchQuery } from './query-parser.ts'
import { TITLE_CANDIDATES, candidate, type Candidate, type CandidateSet, type Feature, type SearchDocument, type SearchFilters, type SearchRepository } from './search.repository.ts'
import { NO_CATEGORY, numberItems } from './search-documents.repository.ts'
import { exactForm } from './search-text.ts'

// FTS5 over text we folded ourselves (unicode61 with remove_diacritics 0: FTS5's own removal
// misses đ). The MATCH expression is built here from parsed syllables, each one quoted as an
// FTS5 string, so nothing a reader types is ever read as FTS5 syntax.
const FIELDS = '{title lead body byline tags}'

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`
const phrase = (syllables: string[]): string => quoted(syllables.join(' '))

function withExclusions(core: string, query: SearchQuery): string {
  return query.excluded.reduce((expr, words) => `(${expr}) NOT ${phrase(words)}`, `(${core})`)
}

export function allTermsExpression(query: SearchQuery): string {
  const parts = [...query.terms.map((t) => quoted(t.folded)), ...query.phrases.map((p) => phrase(p.map((t) => t.folded)))]
  return `${FIELDS} : (${withExclusions(parts.join(' AND '), query)})`
}

/** Quoted phrases stay required; any one of the loose syllables will do. */
export function someTermsExpression(query: SearchQuery): string {
  const parts = [`(${query.terms.map((t) => quoted(t.folded)).join(' OR ')})`, ...query.phrases.map((p) => phrase(p.map((t) => t.folded)))]
  return `${FIELDS} : (${withExclusions(parts.join(' AND '), query)})`
}

interface Row { id: number; published_at: string | null }

export class SqliteSearchRepository implements SearchRepository {
  /** FTS5 matches a quoted phrase by the positions of its syllables: exact. */
  readonly longPhrasesByPairs = false

  constructor(private readonly db: Db) {}

  async write(documents: SearchDocument[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      // SQLite writes one transaction at a time: the lowest number less one is nobody's yet.
      const numbers = await numberItems(trx, documents, async (count) => {
        const lowest = await trx.selectFrom('search_documents').select((eb) => eb.fn.min<number | null>('article_id').as('n')).executeTakeFirst()
        const below = Math.min(0, lowest?.n ?? 0)
        return Array.from({ length: count }, (_, i) => below - 1 - i)
      })
      for (const [i, d] of documents.entries()) {
        const number = numbers[i]!
        await sql`DELETE FROM search_fts WHERE rowid = ${number}`.execute(trx)
        await sql`DELETE FROM search_titles WHERE rowid = ${number}`.execute(trx)
        await sql`INSERT INTO search_titles (rowid, title) VALUES (${number}, ${fold(d.title)})`.execute(trx)
        await sql`INSERT INTO search_fts (rowid, title, lead, body, byline, tags, exact) VALUES (${number},
          ${fold(d.title)}, ${fold(d.lead)}, ${fold(d.body)}, ${fold(d.byline)}, ${fold(d.tags)},
          ${exactForm([d.title, d.lead, d.body, d.byline, d.tags].join('\n'))})`.execute(trx)
        await trx.insertInto('search_documents').values({
          article_id: number, kind: d.kind, source_id: d.sourceId, category_id: d.categoryId ?? NO_CATEGORY,
          published_at: d.publishedAt.toISOString(), source_updated_at: d.updatedAt.toISOString(),
        }).onConflict((oc) => oc.column('article_id').doUpdateSet((eb) => ({
          category_id: eb.ref('excluded.category_id'), published_at: eb.ref('excluded.published_at'), source_updated_at: eb.ref('excluded.source_updated_at'),
          kind: eb.ref('excluded.kind'), source_id: eb.ref('excluded.source_id'),
        }))).execute()
      }
    })
  }

  async remove(articleIds: number[]): Promise<void> {
    if (articleIds.length === 0) return
    await this.db.transaction().execute(async (trx) => {
      for (const id of articleIds) {
        await sql`DELETE FROM search_fts WHERE rowid = ${id}`.execute(trx)
        await sql`DELETE FROM search_titles WHERE rowid = ${id}`.execute(trx)
      }
      await trx.deleteFrom('search_documents').where('article_id', 'in', articleIds).execute()
    })
  }

  async beginRebuild(): Promise<void> {
    await sql`DELETE FROM search_fts`.execute(this.db)
    await sql`DELETE FROM search_titles`.execute(this.db)
    await this.db.deleteFrom('search_documents').execute()
  }

  async endRebuild(): Promise<void> {
    await this.afterBulkWrite()
  }

  /** Merges the FTS5 segments many small writes leave behind into one, which queries read faster. */
  async afterBulkWrite(): Promise<void> {
    await sql`INSERT INTO search_fts (search_fts) VALUES ('optimize')`.execute(this.db)
    await sql`INSERT INTO search_titles (search_titles) VALUES ('optimize')`.execute(this.db)
  }

  async allTerms(query: SearchQuery, filters: SearchFilters, limit: number): Promise<CandidateSet> {
    const all = allTermsExpression(query)
    const required = [...query.terms.map((t) => quoted(t.folded)), ...query.phrases.map((p) => phrase(p.map((t) => t.folded)))].join(' AND ')
    // The newest `limit` matches; and, so that an older article with the words in its title is
    // not lost among many newer body matches, the newest TITLE_CANDIDATES title matches.
    const newest = await this.#match('search_fts', all, filters, limit)
    const inTitle = await this.#withoutExcluded(await this.#match('search_titles', required, filters, Math.min(limit, TITLE_CANDIDATES)), query)
    const byId = new Map<number, Candidate>()
    for (const row of [...newest, ...inTitle]) {
      if (row.published_at === null || byId.has(row.id)) continue
      byId.set(row.id, candidate(row.id, toInstant(row.published_at)))
    }
    // A title match is a title-or-lead match too.
    for (const row of inTitle) Object.assign(byId.get(row.id)!, { inTitle: true, inLead: true })
    if (byId.size === 0) return { candidates: [], capped: false }
    // The other features only mark those candidates. Each look-up walks its own matches newest
    // first, like the one above, and stops after 2 × limit: every article with the feature also
    // has the syllables, so that covers the candidates unless many were excluded. (A rowid range
    // or an IN list over the candidates made FTS5 slower, not faster: 15–200 ms at 100,000.)
    const mark = async (expression: string, feature: Feature) => {
      for (const row of await this.#match('search_fts', expression, filters, 2 * limit + 1)) {
        const c = byId.get(row.id)
        if (c) c[feature] = true
      }
    }
    // The article's head: title, lead and tags, as in PostgreSQL's head_terms.
    await mark(`{title lead tags} : (${required})`, 'inLead')
    if (query.terms.length > 1) {
      await mark(`${FIELDS} : (${phrase(query.terms.map((t) => t.folded))})`, 'adjacent')
      await mark(`{title} : (${neighbourPairs(query).map(phrase).join(' OR ')})`, 'titlePhrase')
    }
    const exact = [...query.terms, ...query.phrases.flat()].filter(hasDiacritics)
    if (exact.length > 0) await mark(`exact : (${exact.map((t) => quoted(t.exact)).join(' AND ')})`, 'exact')
    return { candidates: [...byId.values()], capped: newest.length > limit }
  }

  /** Drops the articles with an excluded word anywhere (title matches were found on titles alone). */
  async #withoutExcluded(rows: Row[], query: SearchQuery): Promise<Row[]> {
    if (query.excluded.length === 0 || rows.length === 0) return rows
    const expression = `${FIELDS} : (${query.excluded.map(phrase).join(' OR ')})`
    const excluded = await sql<{ id: number }>`SELECT rowid AS id FROM search_fts WHERE search_fts MATCH ${expression}
      AND rowid IN (${sql.join(rows.map((r) => r.id))})`.execute(this.db)
    const out = new Set(excluded.rows.map((r) => r.id))
    return rows.filter((r) => !out.has(r.id))
  }

  async someTerms(query: SearchQuery, filters: SearchFilters, limit: number): Promise<CandidateSet> {
    const rows = await this.#match('search_fts', someTermsExpression(query), filters, limit)
    const candidates = rows.filter((r) => r.published_at !== null).slice(0, limit).map((r) => candidate(r.id, toInstant(r.published_at!)))
    return { candidates, capped: rows.length > limit }
  }

  // Newest first by rowid (= article id; other kinds' items, numbered below zero, come after), which FTS5 walks without sorting and stops after
  // `limit` rows: ranking every match of a common syllable is what made bm25-ordered queries
  // take hundreds of milliseconds (stack-notes).
  async #match(table: 'search_fts' | 'search_titles', expression: string, filters: SearchFilters, limit: number): Promise<Row[]> {
    const conditions: RawBuilder<unknown>[] = []
    const t = sql.table(table)
    const documentOf = (column: string) => sql`(SELECT ${sql.ref(column)} FROM search_documents d WHERE d.article_id = ${t}.rowid)`
    if (filters.categoryIds) conditions.push(sql`AND ${documentOf('category_id')} IN (${sql.join(filters.categoryIds.length ? filters.categoryIds : [-1])})`)
    // Through the document, as the category filter: FTS5 answered "rowid IN (?)" with the wrong rows.
    if (filters.articleIds) conditions.push(sql`AND ${documentOf('article_id')} IN (${sql.join(filters.articleIds.length ? filters.articleIds : [-1])})`)
    if (filters.kinds) conditions.push(sql`AND ${documentOf('kind')} IN (${sql.join(filters.kinds.length ? filters.kinds : [''])})`)
    if (filters.from) conditions.push(sql`AND ${documentOf('published_at')} >= ${filters.from.toISOString()}`)
    if (filters.until) conditions.push(sql`AND ${documentOf('published_at')} < ${filters.until.toISOString()}`)
    const result = await sql<Row>`SELECT rowid AS id, ${documentOf('published_at')} AS published_at
      FROM ${t} WHERE ${t} MATCH ${expression} ${sql.join(conditions, sql` `)}
      ORDER BY rowid DESC LIMIT ${limit + 1}`.execute(this.db)
    return result.rows
  }
}
