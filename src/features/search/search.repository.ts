import type { SearchQuery } from './query-parser.ts'

/** One item as the index sees it: folded fields, the exact (diacritic) text, and filters. */
export interface SearchDocument {
  /** The content source's kind and the item's id there. */
  kind: string
  sourceId: number
  categoryId: number | undefined
  publishedAt: Date
  updatedAt: Date
  title: string
  lead: string
  body: string
  byline: string
  tags: string
}

export interface SearchFilters {
  /** Only these categories (a category and its sub-categories); all when absent. */
  categoryIds?: readonly number[]
  /** Only these articles (the English page searches the few English ones); all when absent. */
  articleIds?: readonly number[]
  /** Only items of these kinds of content ('article', 'document'); every kind when absent. */
  kinds?: readonly string[]
  from?: Date
  /** Exclusive. */
  until?: Date
}

/** A matching item and what the ranking needs to know about it. */
export interface Candidate {
  /** The number the index holds the item under: an article's id; another kind's item has its own (see search-documents.repository.ts). */
  id: number
  publishedAt: Date
  /** Every syllable (and phrase) in the title. */
  inTitle: boolean
  /** Every syllable (and phrase) in the title or the lead. */
  inLead: boolean
  /** The loose syllables side by side, in the query's order. */
  adjacent: boolean
  /** Two neighbouring loose syllables side by side in the title: part of the query is in it. */
  titlePhrase: boolean
  /** Every syllable typed with diacritics is there with exactly those diacritics. */
  exact: boolean
}

/** What the index can tell about a candidate, each a yes or no the ranking weighs. */
export type Feature = Exclude<keyof Candidate, 'id' | 'publishedAt'>

/** A match whose features are still to be looked up. */
export const candidate = (id: number, publishedAt: Date): Candidate =>
  ({ id, publishedAt, inTitle: false, inLead: false, adjacent: false, titlePhrase: false, exact: false })

export interface CandidateSet {
  candidates: Candidate[]
  /** True when more articles matched than were ranked. */
  capped: boolean
}

/**
 * The index, one implementation per database. Both are given the same folded syllables
 * (see search-document.ts) and the same parsed query, and answer with the same candidates.
 */
export interface SearchRepository {
  /**
   * True when a quoted phrase of three or more syllables is matched by its neighbouring pairs
   * ("a b c" as "a b" and "b c"), which a text holding both apart matches too: the service then
   * checks the candidates it shows against their text.
   */
  readonly longPhrasesByPairs: boolean
  /** Adds or replaces these items (found by kind and source id). `bulk`: part of a rebuild, finished by endRebuild(). */
  write(documents: SearchDocument[], options?: { bulk?: boolean }): Promise<void>
  /** Removes the items the index holds under these numbers. */
  remove(numbers: number[]): Promise<void>
  /** Empties the index for a full rebuild (and may drop what is cheaper to build at the end). */
  beginRebuild(): Promise<void>
  endRebuild(): Promise<void>
  /** Tidies up after many writes (merges segments, refreshes statistics). */
  afterBulkWrite(): Promise<void>
  /** Articles with every syllable (and every phrase), none excluded, newest `limit` of them, with their features. */
  allTerms(query: SearchQuery, filters: SearchFilters, limit: number): Promise<CandidateSet>
  /** Articles with at least one syllable, none excluded: the lower tier. */
  someTerms(query: SearchQuery, filters: SearchFilters, limit: number): Promise<CandidateSet>
}

/**
 * Older articles with every syllable in the title join the newest matches as candidates, up to
 * this many: enough for ten pages of title matches, without reading thousands of titles.
 */
export const TITLE_CANDIDATES = 100
