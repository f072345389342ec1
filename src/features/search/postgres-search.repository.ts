import { sql, type RawBuilder } from 'kysely'
import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import { hasDiacritics, type QueryTerm, type SearchQuery } from './query-parser.ts'
import type { Candidate, CandidateSet, SearchDocument, SearchFilters, SearchRepository } from './search.repository.ts'
import { exactSyllables, foldedSyllables } from './search-text.ts'

// PostgreSQL: tsvector columns written as literals from the syllables we cut and folded in
// JavaScript (not by to_tsvector or unaccent), so they hold exactly what SQLite's index holds;
// GIN indexes; tsquery literals built from parsed syllables and passed as parameters.
// Weights: A title, B lead and tags, C byline, D body.
const MAX_POSITION = 16383
const MAX_POSITIONS_PER_LEXEME = 255
/** Positions skipped between fields, so that a phrase never spans the end of one and the start of the next. */
const FIELD_GAP = 8

type Weight = 'A' | 'B' | 'C' | 'D'

export function tsvectorLiteral(fields: [string[], Weight][]): string {
  const positions = new Map<string, string[]>()
  let position = 1
  for (const [syllables, weight] of fields) {
    for (const s of syllables) {
      const list = positions.get(s) ?? []
      if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(`${Math.min(position, MAX_POSITION)}${weight}`)
      positions.set(s, list)
      position++
    }
    position += FIELD_GAP
  }
  return [...positions].map(([s, list]) => `${lexeme(s)}:${list.join(',')}`).join(' ')
}

// Syllables are letters, marks and digits only; quoting is belt and braces.
const lexeme = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`
const phraseOf = (syllables: string[]): string => (syllables.length === 1 ? lexeme(syllables[0]!) : `(${syllables.map(lexeme).join(' <-> ')})`)
const folded = (terms: QueryTerm[]) => terms.map((t) => t.folded)

/** Every loose syllable and every phrase; `weights` ("AB") limits each lexeme to those fields. */
function requiredParts(query: SearchQuery, weights = ''): string[] {
  const lex = (s: string) => lexeme(s) + (weights ? `:${weights}` : '')
  const phrase = (p: string[]) => (p.length === 1 ? lex(p[0]!) : `(${p.map(lex).join(' <-> ')})`)
  return [...query.terms.map((t) => lex(t.folded)), ...query.phrases.map((p) => phrase(folded(p)))]
}

function withExclusions(core: string, query: SearchQuery): string {
  return [`(${core})`, ...query.excluded.map((words) => `!${phraseOf(words)}`)].join(' & ')
}

export const allTermsQuery = (query: SearchQuery): string => withExclusions(requiredParts(query).join(' & '), query)
/** Quoted phrases stay required; any one of the loose syllables will do. */
export const someTermsQuery = (query: SearchQuery): string =>
  withExclusions([`(${query.terms.map((t) => lexeme(t.folded)).join(' | ')})`, ...query.phrases.map((p) => phraseOf(folded(p)))].join(' & '), query)

interface Row { id: number; published_at: Date | string; in_title: boolean; in_lead: boolean; adjacent: boolean; exact: boolean }

export class PostgresSearchRepository implements SearchRepository {
  constructor(private readonly db: Db) {}

  async write(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return
    const rows = documents.map((d) => {
      const title = foldedSyllables(d.title)
      const all = tsvectorLiteral([[title, 'A'], [foldedSyllables(d.lead), 'B'], [foldedSyllables(d.tags), 'B'], [foldedSyllables(d.byline), 'C'], [foldedSyllables(d.body), 'D']])
      const exact = tsvectorLiteral([d.title, d.lead, d.tags, d.byline, d.body].map((text) => [exactSyllables(text), 'D']))
      return sql`(${d.articleId}, ${d.categoryId}, ${d.publishedAt.toISOString()}, ${d.updatedAt.toISOString()},
        ${tsvectorLiteral([[title, 'A']])}::tsvector, ${all}::tsvector, ${exact}::tsvector)`
    })
    await sql`INSERT INTO search_documents (article_id, category_id, published_at, source_updated_at, title_folded, folded, exact)
      VALUES ${sql.join(rows)}
      ON CONFLICT (article_id) DO UPDATE SET category_id = excluded.category_id, published_at = excluded.published_at,
        source_updated_at = excluded.source_updated_at, title_folded = excluded.title_folded, folded = excluded.folded, exact = excluded.exact`.execute(this.db)
  }

  async remove(articleIds: number[]): Promise<void> {
    if (articleIds.length > 0) await this.db.deleteFrom('search_documents').where('article_id', 'in', articleIds).execute()
  }

  async clear(): Promise<void> {
    await sql`TRUNCATE search_documents`.execute(this.db)
  }

  async allTerms(query: SearchQuery, filters: SearchFilters, limit: number): Promise<CandidateSet> {
    const all = allTermsQuery(query)
    const inTitle = requiredParts(query).join(' & ')
    const inLead = requiredParts(query, 'AB').join(' & ')
    const adjacent = query.terms.length > 1 ? sql`folded @@ ${phraseOf(folded(query.terms))}::tsquery` : sql`false`
    const exactTerms = [...query.terms, ...query.phrases.flat()].filter(hasDiacritics)
    const exact = exactTerms.length > 0 ? sql`exact @@ ${exactTerms.map((t) => lexeme(t.exact)).join(' & ')}::tsquery` : sql`false`
    const where = this.#filters(filters)
    // `article_id + 0`: ordering by the bare key tempts the planner into walking the primary key
    // and testing every row's tsvector (stack-notes: ~400 ms); this keeps it on the GIN index.
    // The features are computed on the candidates only, never on every match.
    const result = await sql<Row>`SELECT article_id AS id, published_at, title_folded @@ ${inTitle}::tsquery AS in_title,
        folded @@ ${inLead}::tsquery AS in_lead, ${adjacent} AS adjacent, ${exact} AS exact
      FROM (
        (SELECT article_id, published_at, title_folded, folded, exact FROM search_documents
          WHERE folded @@ ${all}::tsquery ${where} ORDER BY article_id + 0 DESC LIMIT ${limit + 1})
        UNION
        (SELECT article_id, published_at, title_folded, folded, exact FROM search_documents
          WHERE title_folded @@ ${inTitle}::tsquery AND folded @@ ${all}::tsquery ${where} ORDER BY article_id + 0 DESC LIMIT ${limit})
      ) c`.execute(this.db)
    return { candidates: result.rows.map(toCandidate), capped: result.rows.length > limit }
  }

  async someTerms(query: SearchQuery, filters: SearchFilters, limit: number): Promise<CandidateSet> {
    const q = someTermsQuery(query)
    const result = await sql<Row>`SELECT article_id AS id, published_at, false AS in_title, false AS in_lead, false AS adjacent, false AS exact
      FROM search_documents WHERE folded @@ ${q}::tsquery ${this.#filters(filters)} ORDER BY article_id + 0 DESC LIMIT ${limit + 1}`.execute(this.db)
    return { candidates: result.rows.slice(0, limit).map(toCandidate), capped: result.rows.length > limit }
  }

  #filters(filters: SearchFilters): RawBuilder<unknown> {
    const parts: RawBuilder<unknown>[] = []
    if (filters.categoryIds) parts.push(sql`AND category_id IN (${sql.join(filters.categoryIds.length ? filters.categoryIds : [-1])})`)
    if (filters.from) parts.push(sql`AND published_at >= ${filters.from.toISOString()}`)
    if (filters.until) parts.push(sql`AND published_at < ${filters.until.toISOString()}`)
    return sql.join(parts, sql` `)
  }
}

function toCandidate(r: Row): Candidate {
  return { id: r.id, publishedAt: toInstant(r.published_at), inTitle: r.in_title, inLead: r.in_lead, adjacent: r.adjacent, exact: r.exact }
}
