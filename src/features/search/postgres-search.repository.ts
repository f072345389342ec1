import { sql, type RawBuilder } from 'kysely'
import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import { hasDiacritics, type QueryTerm, type SearchQuery } from './query-parser.ts'
import type { Candidate, CandidateSet, SearchDocument, SearchFilters, SearchRepository } from './search.repository.ts'
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

interface Row { id: number; published_at: Date | string; in_title: boolean; in_lead: boolean }

export class PostgresSearchRepository implements SearchRepository {
  constructor(private readonly db: Db) {}

  async write(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return
    const rows = documents.map((d) => {
      const [title, lead, tags, byline, body] = [d.title, d.lead, d.tags, d.byline, d.body].map(foldedSyllables) as [string[], string[], string[], string[], string[]]
      const exact = termsLiteral(...[d.title, d.lead, d.tags, d.byline, d.body].map((text) => exactSyllables(text)))
      return sql`(${d.articleId}, ${d.categoryId}, ${d.publishedAt.toISOString()}, ${d.updatedAt.toISOString()},
        ${termsLiteral(title)}::tsvector, ${termsLiteral(title, lead, tags)}::tsvector, ${termsLiteral(title, lead, tags, byline, body)}::tsvector,
        ${exact}::tsvector)`
    })
    await sql`INSERT INTO search_documents (article_id, category_id, published_at, source_updated_at, title_terms, head_terms, all_terms, exact_terms)
      VALUES ${sql.join(rows)}
      ON CONFLICT (article_id) DO UPDATE SET category_id = excluded.category_id, published_at = excluded.published_at,
        source_updated_at = excluded.source_updated_at, title_terms = excluded.title_terms, head_terms = excluded.head_terms,
        all_terms = excluded.all_terms, exact_terms = excluded.exact_terms`.execute(this.db)
  }

  async remove(articleIds: number[]): Promise<void> {
    if (articleIds.length > 0) await this.db.deleteFrom('search_documents').where('article_id', 'in', articleIds).execute()
  }

  async clear(): Promise<void> {
    await sql`TRUNCATE search_documents`.execute(this.db)
  }

  async allTerms(query: SearchQuery, filters: SearchFilters, limit: number): Promise<CandidateSet> {
    const all = allTermsQuery(query)
    const required = requiredParts(query).join(' & ')
    const where = this.#filters(filters)
    // The newest `limit` matches, and the newest `limit` with every syllable in the title.
    // `article_id + 0`: ordering by the bare key tempts the planner into walking the primary key
    // and testing every row (stack-notes: ~400 ms); this keeps it on the GIN index. Title and
    // lead are tested on the candidates only (small vectors, kept in the row).
    const result = await sql<Row>`SELECT article_id AS id, published_at, title_terms @@ ${required}::tsquery AS in_title, head_terms @@ ${required}::tsquery AS in_lead
      FROM (
        (SELECT article_id, published_at, title_terms, head_terms FROM search_documents
          WHERE all_terms @@ ${all}::tsquery ${where} ORDER BY article_id + 0 DESC LIMIT ${limit + 1})
        UNION
        (SELECT article_id, published_at, title_terms, head_terms FROM search_documents
          WHERE title_terms @@ ${required}::tsquery AND all_terms @@ ${all}::tsquery ${where} ORDER BY article_id + 0 DESC LIMIT ${limit})
      ) c`.execute(this.db)
    const candidates = result.rows.map((r): Candidate => ({
      id: r.id, publishedAt: toInstant(r.published_at), inTitle: r.in_title, inLead: r.in_lead, adjacent: false, exact: false,
    }))
    if (candidates.length === 0) return { candidates, capped: false }
    // Adjacency and exact diacritics: GIN look-ups within the candidates' ids, never a read of
    // each candidate's (large) vectors.
    const byId = new Map(candidates.map((c) => [c.id, c]))
    const ids = [...byId.keys()]
    const range = sql`AND article_id BETWEEN ${Math.min(...ids)} AND ${Math.max(...ids)}`
    const mark = async (column: 'all_terms' | 'exact_terms', q: string, feature: 'adjacent' | 'exact') => {
      const rows = await sql<{ id: number }>`SELECT article_id AS id FROM search_documents WHERE ${sql.ref(column)} @@ ${q}::tsquery ${range}`.execute(this.db)
      for (const row of rows.rows) {
        const c = byId.get(row.id)
        if (c) c[feature] = true
      }
    }
    if (query.terms.length > 1) await mark('all_terms', phraseOf(folded(query.terms)), 'adjacent')
    const exactTerms = [...query.terms, ...query.phrases.flat()].filter(hasDiacritics)
    if (exactTerms.length > 0) await mark('exact_terms', exactTerms.map((t) => lexeme(t.exact)).join(' & '), 'exact')
    return { candidates, capped: result.rows.length > limit }
  }

  async someTerms(query: SearchQuery, filters: SearchFilters, limit: number): Promise<CandidateSet> {
    const q = someTermsQuery(query)
    const result = await sql<Row>`SELECT article_id AS id, published_at FROM search_documents
      WHERE all_terms @@ ${q}::tsquery ${this.#filters(filters)} ORDER BY article_id + 0 DESC LIMIT ${limit + 1}`.execute(this.db)
    const candidates = result.rows.slice(0, limit).map((r): Candidate => ({
      id: r.id, publishedAt: toInstant(r.published_at), inTitle: false, inLead: false, adjacent: false, exact: false,
    }))
    return { candidates, capped: result.rows.length > limit }
  }

  #filters(filters: SearchFilters): RawBuilder<unknown> {
    const parts: RawBuilder<unknown>[] = []
    if (filters.categoryIds) parts.push(sql`AND category_id IN (${sql.join(filters.categoryIds.length ? filters.categoryIds : [-1])})`)
    if (filters.from) parts.push(sql`AND published_at >= ${filters.from.toISOString()}`)
    if (filters.until) parts.push(sql`AND published_at < ${filters.until.toISOString()}`)
    return sql.join(parts, sql` `)
  }
}
