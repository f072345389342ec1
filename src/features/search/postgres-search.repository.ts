import { sql, type RawBuilder } from 'kysely'
import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import { hasDiacritics, neighbourPairs, type QueryTerm, type SearchQuery } from './query-parser.ts'
import { TITLE_CANDIDATES, candidate, type Candidate, type CandidateSet, type Feature, type SearchDocument, type SearchFilters, type SearchRepository } from './search.repository.ts'
import { NO_CATEGORY, numberItems } from './search-documents.repository.ts'
import { exactSyllables, foldedSyllables } from './search-text.ts'

// PostgreSQL: tsvectors written as literals from the syllables we cut and folded in JavaScript
// (not by to_tsvector or unaccent), so they hold what SQLite's index holds; each also holds
// the pairs of neighbouring syllables ("dan_van"), so a phrase is its pairs and adjacency is one
// more GIN look-up. Queries are tsquery literals built from parsed syllables, passed as
// parameters. Syllables are letters, marks and digits only, so "_" can never occur in one.

const PAIR = '_'

/** Syllables and neighbouring pairs, each once: `'dan' 'van' 'dan_van'`. */
export function termsLiteral(...texts: string[][]): string {
  const terms = new Set<string>()
  for (const syllables of texts) {
    for (let i = 0; i < syllables.length; i++) {
      terms.add(syllables[i]!)
      if (i > 0) terms.add(syllables[i - 1]! + PAIR + syllables[i]!)
    }
  }
  return [...terms].map(lexeme).join(' ')
}

/** Syllables only: exact diacritics are looked up syllable by syllable. */
function syllablesLiteral(...texts: string[][]): string {
  return [...new Set(texts.flat())].map(lexeme).join(' ')
}

// Quoting is belt and braces: no syllable holds a quote or a backslash.
const lexeme = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`
/** A phrase as its pairs: "dân vận khéo" → 'dan_van' & 'van_kheo'. */
const phraseOf = (syllables: string[]): string =>
  syllables.length === 1 ? lexeme(syllables[0]!) : `(${syllables.slice(1).map((s, i) => lexeme(syllables[i]! + PAIR + s)).join(' & ')})`
const folded = (terms: QueryTerm[]) => terms.map((t) => t.folded)

function requiredParts(query: SearchQuery): string[] {
  return [...query.terms.map((t) => lexeme(t.folded)), ...query.phrases.map((p) => phraseOf(folded(p)))]
}

function withExclusions(core: string, query: SearchQuery): string {
  return [`(${core})`, ...query.excluded.map((words) => `!${phraseOf(words)}`)].join(' & ')
}

export const allTermsQuery = (query: SearchQuery): string => withExclusions(requiredParts(query).join(' & '), query)
/** Quoted phrases stay required; any one of the loose syllables will do. */
export const someTermsQuery = (query: SearchQuery): string =>
  withExclusions([`(${query.terms.map((t) => lexeme(t.folded)).join(' | ')})`, ...query.phrases.map((p) => phraseOf(folded(p)))].join(' & '), query)

interface Row { id: number; published_at: Date | string }

const FEATURE_COLUMNS = ['title_terms', 'head_terms', 'all_terms', 'exact_terms'] as const
const TABLES = ['search_documents', 'search_recent'] as const
type Table = (typeof TABLES)[number]
/** How many of the newest articles `search_recent` repeats (by number: other kinds' items, below zero, are not among them). */
export const RECENT = 10_000
/** Items written by one INSERT: 1,000 rows of ten parameters, well under the protocol's 65,535. */
const WRITE_SLICE = 1000

export class PostgresSearchRepository implements SearchRepository {
  // The vectors hold syllables and their pairs, no positions (positions would make every
  // match a heap recheck, and the reindex too slow): a 3+ syllable phrase is its pairs.
  readonly longPhrasesByPairs = true

  constructor(private readonly db: Db, private readonly recent = RECENT) {}

  async write(documents: SearchDocument[], options: { bulk?: boolean } = {}): Promise<void> {
    if (documents.length === 0) return
    // Ten parameters a row: PostgreSQL's protocol counts a statement's parameters in 16 bits (65,535), so a
    // change that touches thousands of items at once (an import, the midnight validity job) is
    // written a slice at a time ("bind message has 39114 parameter formats" otherwise).
    if (documents.length > WRITE_SLICE) {
      for (let start = 0; start < documents.length; start += WRITE_SLICE) await this.write(documents.slice(start, start + WRITE_SLICE), options)
      return
    }
    const numbers = await numberItems(this.db, documents, async (count) => {
      const fresh = await sql<{ n: string }>`SELECT nextval('search_item_numbers') AS n FROM generate_series(1, ${count})`.execute(this.db)
      return fresh.rows.map((r) => -Number(r.n))
    })
    const rows = documents.map((d, i) => {
      const [title, lead, tags, byline, body] = [d.title, d.lead, d.tags, d.byline, d.body].map(foldedSyllables) as [string[], string[], string[], string[], string[]]
      const exact = syllablesLiteral(...[d.title, d.lead, d.tags, d.byline, d.body].map((text) => exactSyllables(text)))
      return sql`(${numbers[i]!}, ${d.kind}, ${d.sourceId}, ${d.categoryId ?? NO_CATEGORY}, ${d.publishedAt.toISOString()}, ${d.updatedAt.toISOString()},
        ${termsLiteral(title)}::tsvector, ${termsLiteral(title, lead, tags)}::tsvector, ${termsLiteral(title, lead, tags, byline, body)}::tsvector,
        ${exact}::tsvector)`
    })
    await sql`INSERT INTO search_documents (article_id, kind, source_id, category_id, published_at, source_updated_at, title_terms, head_terms, all_terms, exact_terms)
      VALUES ${sql.join(rows)}
      ON CONFLICT (article_id) DO UPDATE SET category_id = excluded.category_id, published_at = excluded.published_at,
        source_updated_at = excluded.source_updated_at, title_terms = excluded.title_terms, head_terms = excluded.head_terms,
        all_terms = excluded.all_terms, exact_terms = excluded.exact_terms, kind = excluded.kind, source_id = excluded.source_id`.execute(this.db)
    if (!options.bulk) await this.#refreshRecent(numbers)
  }

  async remove(articleIds: number[]): Promise<void> {
    if (articleIds.length === 0) return
    for (const table of TABLES) await sql`DELETE FROM ${sql.table(table)} WHERE article_id IN (${sql.join(articleIds)})`.execute(this.db)
    await this.#refreshRecent([])
  }

  // A full rebuild loads 100,000 rows: GIN indexes built once at the end cost a fraction of
  // keeping them up to date row by row (232 s against the 2-minute target). Searches during
  // the rebuild are slow and incomplete, as they would be with an emptied index anyway.
  async beginRebuild(): Promise<void> {
    await sql`TRUNCATE search_documents, search_recent`.execute(this.db)
    for (const table of TABLES) for (const column of FEATURE_COLUMNS) await sql`DROP INDEX IF EXISTS ${sql.id(`${table}_${column}`)}`.execute(this.db)
  }

  async endRebuild(): Promise<void> {
    // Two builders, each on a connection of its own: a GIN build keeps one core busy, and the
    // eight of them one after another were most of a reindex's last minute. The biggest first.
    const builds = [...TABLES].flatMap((table) => [...FEATURE_COLUMNS].reverse().map((column) => ({ table, column })))
    const builder = () => this.db.connection().execute(async (connection) => {
      await sql`SET maintenance_work_mem = '256MB'`.execute(connection)
      for (let next = builds.shift(); next; next = builds.shift()) {
        await sql`CREATE INDEX IF NOT EXISTS ${sql.id(`${next.table}_${next.column}`)} ON ${sql.table(next.table)} USING gin (${sql.ref(next.column)})`.execute(connection)
      }
      await sql`RESET maintenance_work_mem`.execute(connection)
    })
    await Promise.all([builder(), builder()])
    await this.#refreshRecent([])
    await this.afterBulkWrite()
  }

  /** Merges GIN's pending lists and refreshes the planner's statistics after many writes. */
  async afterBulkWrite(): Promise<void> {
    await this.#refreshRecent([])
    for (const table of TABLES) await sql`VACUUM ANALYZE ${sql.table(table)}`.execute(this.db)
  }

  // Keeps `search_recent` = the newest RECENT indexed articles: copies in the given (just
  // written) articles when they are among them, and drops whatever fell out.
  async #refreshRecent(writtenIds: number[]): Promise<void> {
    const threshold = sql`(SELECT COALESCE(MIN(article_id), 0) FROM (SELECT article_id FROM search_documents ORDER BY article_id DESC LIMIT ${this.recent}) n)`
    await sql`DELETE FROM search_recent WHERE article_id < ${threshold}`.execute(this.db)
    const fill = writtenIds.length > 0
      ? sql`article_id IN (${sql.join(writtenIds)})`
      : sql`NOT EXISTS (SELECT 1 FROM search_recent r WHERE r.article_id = d.article_id)`
    await sql`INSERT INTO search_recent SELECT * FROM search_documents d WHERE ${fill} AND article_id >= ${threshold}
      ON CONFLICT (article_id) DO UPDATE SET category_id = excluded.category_id, published_at = excluded.published_at,
        source_updated_at = excluded.source_updated_at, title_terms = excluded.title_terms, head_terms = excluded.head_terms,
        all_terms = excluded.all_terms, exact_terms = excluded.exact_terms, kind = excluded.kind, source_id = excluded.source_id`.execute(this.db)
  }

  async allTerms(query: SearchQuery, filters: SearchFilters, limit: number): Promise<CandidateSet> {
    const all = allTermsQuery(query)
    const required = requiredParts(query).join(' & ')
    return this.#planned(async (trx) => {
      // The newest `limit` matches, and the newest TITLE_CANDIDATES with every syllable in the title
      // (the title vector alone: testing the big one too unpacked it row by row, 60 ms).
      const newest = await this.#newestOf(trx, sql`all_terms @@ ${all}::tsquery`, filters, limit + 1)
      const inTitle = await this.#withoutExcluded(trx, await this.#newestOf(trx, sql`title_terms @@ ${required}::tsquery`, filters, Math.min(limit, TITLE_CANDIDATES)), query)
      const byId = new Map<number, Candidate>()
      for (const row of [...newest, ...inTitle]) {
        if (!byId.has(row.id)) byId.set(row.id, candidate(row.id, toInstant(row.published_at)))
      }
      for (const row of inTitle) Object.assign(byId.get(row.id)!, { inTitle: true, inLead: true })
      if (byId.size === 0) return { candidates: [], capped: false }
      // The other features are GIN look-ups among the candidates, never a read of their big
      // vectors: in the copy of the newest articles by id range; the few older candidates by id.
      const threshold = await this.#recentThreshold(trx)
      const recentIds = [...byId.keys()].filter((id) => id >= threshold)
      const olderIds = [...byId.keys()].filter((id) => id < threshold)
      const mark = async (test: RawBuilder<unknown>, feature: Feature) => {
        const found: number[] = []
        if (recentIds.length > 0) {
          const rows = await sql<{ id: number }>`SELECT article_id AS id FROM search_recent WHERE ${test}
            AND article_id + 0 BETWEEN ${Math.min(...recentIds)} AND ${Math.max(...recentIds)}`.execute(trx)
          found.push(...rows.rows.map((r) => r.id))
        }
        if (olderIds.length > 0) {
          const rows = await sql<{ id: number }>`SELECT article_id AS id FROM search_documents WHERE ${test} AND article_id = ANY(${olderIds})`.execute(trx)
          found.push(...rows.rows.map((r) => r.id))
        }
        for (const id of found) {
          const c = byId.get(id)
          if (c) c[feature] = true
        }
      }
      await mark(sql`head_terms @@ ${required}::tsquery`, 'inLead')
      if (query.terms.length > 1) {
        await mark(sql`all_terms @@ ${phraseOf(folded(query.terms))}::tsquery`, 'adjacent')
        await mark(sql`title_terms @@ ${neighbourPairs(query).map(phraseOf).join(' | ')}::tsquery`, 'titlePhrase')
      }
      const exactTerms = [...query.terms, ...query.phrases.flat()].filter(hasDiacritics)
      if (exactTerms.length > 0) await mark(sql`exact_terms @@ ${exactTerms.map((t) => lexeme(t.exact)).join(' & ')}::tsquery`, 'exact')
      return { candidates: [...byId.values()], capped: newest.length > limit }
    })
  }

  /** Drops title matches with an excluded word anywhere (they were found on titles alone). */
  async #withoutExcluded(trx: Db, rows: Row[], query: SearchQuery): Promise<Row[]> {
    if (query.excluded.length === 0 || rows.length === 0) return rows
    const excluded = await sql<{ id: number }>`SELECT article_id AS id FROM search_documents
      WHERE all_terms @@ ${query.excluded.map(phraseOf).join(' | ')}::tsquery AND article_id = ANY(${rows.map((r) => r.id)})`.execute(trx)
    const out = new Set(excluded.rows.map((r) => r.id))
    return rows.filter((r) => !out.has(r.id))
  }

  async someTerms(query: SearchQuery, filters: SearchFilters, limit: number): Promise<CandidateSet> {
    const rows = await this.#planned((trx) => this.#newestOf(trx, sql`all_terms @@ ${someTermsQuery(query)}::tsquery`, filters, limit + 1))
    const candidates = rows.slice(0, limit).map((r) => candidate(r.id, toInstant(r.published_at)))
    return { candidates, capped: rows.length > limit }
  }

  /** The newest `count` rows passing `test`: from `search_recent` when it has that many, else from everything. */
  async #newestOf(trx: Db, test: RawBuilder<unknown>, filters: SearchFilters, count: number): Promise<Row[]> {
    const from = (table: Table) => sql<Row>`SELECT article_id AS id, published_at FROM ${sql.table(table)}
      WHERE ${test} ${this.#filters(filters)} ORDER BY article_id + 0 DESC LIMIT ${count}`.execute(trx)
    const recent = (await from('search_recent')).rows
    return recent.length >= count ? recent : (await from('search_documents')).rows
  }

  async #recentThreshold(trx: Db): Promise<number> {
    const row = await sql<{ first: number | null }>`SELECT MIN(article_id) AS first FROM search_recent`.execute(trx)
    return row.rows[0]?.first ?? Number.MAX_SAFE_INTEGER
  }

  // The planner prices a tsvector test at almost nothing and so prefers reading every row to a
  // GIN bitmap for common syllables, but each row read unpacks a large vector (~30 µs): 2 s
  // at 100,000 articles. Inside the search's own transaction it is told to use the indexes.
  #planned<T>(work: (trx: Db) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(async (trx) => {
      await sql`SET LOCAL enable_seqscan = off`.execute(trx)
      await sql`SET LOCAL enable_indexscan = off`.execute(trx)
      await sql`SET LOCAL max_parallel_workers_per_gather = 0`.execute(trx)
      return work(trx)
    })
  }

  #filters(filters: SearchFilters): RawBuilder<unknown> {
    const parts: RawBuilder<unknown>[] = []
    if (filters.categoryIds) parts.push(sql`AND category_id IN (${sql.join(filters.categoryIds.length ? filters.categoryIds : [-1])})`)
    if (filters.articleIds) parts.push(sql`AND article_id IN (${sql.join(filters.articleIds.length ? filters.articleIds : [-1])})`)
    if (filters.kinds) parts.push(sql`AND kind IN (${sql.join(filters.kinds.length ? filters.kinds : [''])})`)
    if (filters.from) parts.push(sql`AND published_at >= ${filters.from.toISOString()}`)
    if (filters.until) parts.push(sql`AND published_at < ${filters.until.toISOString()}`)
    return sql.join(parts, sql` `)
  }
}
