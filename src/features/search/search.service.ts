import type { FastifyBaseLogger } from 'fastify'
import type { DatabaseHandle, Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import {
  listPublishedIds, listStaleIds, listWithdrawnIds, readDocuments, readResultArticles, type ResultArticle,
} from './article-source.repository.ts'
import { countPublishedArticles } from '../articles/index.ts'
import { isEmptyQuery, requiredTerms, type SearchQuery } from './query-parser.ts'
import { rank, type SearchOrder } from './ranking.ts'
import { searchRepositoryFor } from './open-search-repository.ts'
import type { Candidate, SearchDocument, SearchFilters, SearchRepository } from './search.repository.ts'
import { foldedSyllables } from './search-text.ts'
import { highlight, snippet, type TextPart } from './snippet.ts'

/** How many of the newest matches are ranked; deeper pages than this are not offered. */
export const CANDIDATES = 500
export const PAGE_SIZE = 10
const BATCH = 500

export interface SearchRequest {
  query: SearchQuery
  filters: SearchFilters
  order: SearchOrder
  /** 1-based. */
  page: number
  pageSize?: number
}

export interface SearchHit {
  article: ResultArticle
  title: TextPart[]
  snippet: TextPart[]
  /** False for the lower tier: articles with only some of the syllables. */
  hasAllTerms: boolean
}

export interface SearchResults {
  hits: SearchHit[]
  /** Matches ranked (at most CANDIDATES for each tier). */
  total: number
  /** More matched than were ranked. */
  capped: boolean
  hasNextPage: boolean
}

export type Progress = (done: number, total: number) => void

// The search index and the searches on it. The index follows publishing through
// 'article.changed' (emitted after the commit); startup catches up with anything changed
// while no portal listened (imports, a crash between commit and event).
export class Search {
  readonly #db: Db
  readonly #index: SearchRepository
  #pending: Promise<void> = Promise.resolve()

  constructor(database: DatabaseHandle, events?: NewsroomEventBus, private readonly log?: FastifyBaseLogger) {
    this.#db = database.db
    this.#index = searchRepositoryFor(database)
    // The index is in the shared database: the instance where the change happened writes it.
    events?.onLocal('article.changed', ({ articleId }) => this.#enqueue(() => this.refresh([articleId])))
  }

  /** Resolves when every index change announced so far is written (tests wait on it). */
  whenIdle(): Promise<void> {
    return this.#pending
  }

  /** Re-reads these articles: published ones are (re)indexed, any other removed. */
  async refresh(articleIds: number[]): Promise<void> {
    const documents = await readDocuments(this.#db, articleIds)
    const published = new Set(documents.map((d) => d.articleId))
    await this.#index.write(documents)
    await this.#index.remove(articleIds.filter((id) => !published.has(id)))
  }

  /** Indexes what the index lacks or holds an old version of; removes what is no longer published. */
  async catchUp(onProgress?: Progress): Promise<number> {
    const [stale, withdrawn] = await Promise.all([listStaleIds(this.#db), listWithdrawnIds(this.#db)])
    await this.#index.remove(withdrawn)
    for (let i = 0; i < stale.length; i += BATCH) {
      await this.refresh(stale.slice(i, i + BATCH))
      onProgress?.(Math.min(i + BATCH, stale.length), stale.length)
    }
    if (stale.length >= BATCH) await this.#index.afterBulkWrite()
    return stale.length + withdrawn.length
  }

  /** Empties the index and builds it again from every published article. */
  async rebuild(onProgress?: Progress): Promise<number> {
    const total = await countPublishedArticles(this.#db)
    await this.#index.beginRebuild()
    let done = 0
    let after = 0
    // Two batches in flight: while the database stores one, we read and prepare the next (on
    // PostgreSQL its share of the work then runs beside ours; SQLite runs them in turn).
    let writing: Promise<void> = Promise.resolve()
    for (;;) {
      const ids = await listPublishedIds(this.#db, after, BATCH)
      if (ids.length === 0) break
      after = ids.at(-1)!
      const next = this.#index.write(await readDocuments(this.#db, ids), { bulk: true })
      next.catch(() => {}) // reported below, when its turn comes; not an unhandled rejection meanwhile
      await writing
      writing = next.then(() => {
        done += ids.length
        onProgress?.(done, total)
      })
    }
    await writing
    await this.#index.endRebuild()
    return done
  }

  async search(request: SearchRequest): Promise<SearchResults> {
    const pageSize = request.pageSize ?? PAGE_SIZE
    const empty = { hits: [], total: 0, capped: false, hasNextPage: false }
    if (isEmptyQuery(request.query)) return empty
    const ranked = await this.#rankedCandidates(request, request.page * pageSize)
    ranked.list = await this.#withWholePhrases(ranked.list, request.query, request.page * pageSize + 1)
    const onPage = ranked.list.slice((request.page - 1) * pageSize, request.page * pageSize)
    const articles = await readResultArticles(this.#db, onPage.map((c) => c.candidate.id))
    const terms = new Set(requiredTerms(request.query).map((t) => t.folded))
    const hits = onPage.flatMap(({ candidate, hasAllTerms }) => {
      const article = articles.get(candidate.id)
      if (!article) return []
      const body = `${article.lead} ${article.bodyText}`
      return [{ article, title: highlight(article.title, terms), snippet: snippet(body, terms), hasAllTerms }]
    })
    return { hits, total: ranked.list.length, capped: ranked.capped, hasNextPage: ranked.list.length > request.page * pageSize }
  }

  // All-syllable matches first; when they do not fill the page asked for, the articles with
  // only some of the syllables follow, as a lower tier.
  async #rankedCandidates(request: SearchRequest, needed: number): Promise<{ list: RankedCandidate[]; capped: boolean }> {
    const all = await this.#index.allTerms(request.query, request.filters, CANDIDATES)
    const list = rank(all.candidates, request.order).map((candidate) => ({ candidate, hasAllTerms: true }))
    let capped = all.capped
    if (list.length < needed && request.query.terms.length > 1) {
      const some = await this.#index.someTerms(request.query, request.filters, CANDIDATES)
      const seen = new Set(list.map((c) => c.candidate.id))
      list.push(...rank(some.candidates.filter((c) => !seen.has(c.id)), request.order).map((candidate) => ({ candidate, hasAllTerms: false })))
      capped ||= some.capped
    }
    return { list, capped }
  }

  // Where the index matched a long quoted phrase by its pairs, the candidates are checked
  // against their own text in ranked order, only as far as the page asked for (and one more,
  // to know a next page exists): those found apart are dropped, those further down are left
  // unchecked, so the total shown can be a little high.
  async #withWholePhrases(list: RankedCandidate[], query: SearchQuery, needed: number): Promise<RankedCandidate[]> {
    const phrases = query.phrases.filter((p) => p.length >= 3).map((p) => p.map((t) => t.folded))
    if (!this.#index.longPhrasesByPairs || phrases.length === 0) return list
    const kept: RankedCandidate[] = []
    let checked = 0
    while (kept.length < needed && checked < list.length) {
      const batch = list.slice(checked, checked + needed - kept.length)
      checked += batch.length
      const documents = new Map((await readDocuments(this.#db, batch.map((c) => c.candidate.id))).map((d) => [d.articleId, d]))
      for (const c of batch) {
        const document = documents.get(c.candidate.id)
        if (document && phrases.every((phrase) => holdsPhrase(document, phrase))) kept.push(c)
      }
    }
    return [...kept, ...list.slice(checked)]
  }

  #enqueue(work: () => Promise<void>): void {
    this.#pending = this.#pending.then(work).catch((error: unknown) => {
      this.log?.error({ err: error }, 'search index update failed; the next start catches up')
    })
  }
}

type RankedCandidate = { candidate: Candidate; hasAllTerms: boolean }

/** The phrase's folded syllables side by side within one of the article's fields, as the index reads them. */
function holdsPhrase(document: SearchDocument, phrase: string[]): boolean {
  return [document.title, document.lead, document.body, document.byline, document.tags].some((text) => {
    const syllables = foldedSyllables(text)
    for (let i = 0; i + phrase.length <= syllables.length; i++) {
      if (phrase.every((s, j) => syllables[i + j] === s)) return true
    }
    return false
  })
}
