import type { FastifyBaseLogger } from 'fastify'
import type { ContentItem, ContentSource, ContentSources } from '../../platform/content/index.ts'
import type { DatabaseHandle, Db } from '../../platform/db/connect.ts'
import { isEmptyQuery, requiredTerms, type SearchQuery } from './query-parser.ts'
import { rank, type SearchOrder } from './ranking.ts'
import { searchRepositoryFor } from './open-search-repository.ts'
import { findIndexedItems, findItemNumbers, listIndexedVersions, listNumbersOfOtherKinds } from './search-documents.repository.ts'
import type { Candidate, SearchDocument, SearchFilters, SearchRepository } from './search.repository.ts'
import { foldedSyllables } from './search-text.ts'
import { highlight, snippet, type TextPart } from './snippet.ts'

/** How many of the newest matches are ranked; deeper pages than this are not offered. */
export const CANDIDATES = 500
export const PAGE_SIZE = 10
const BATCH = 500
/** Published items compared with the index at a time when catching up (ids and dates only). */
const CATCH_UP_PAGE = 5000

export interface SearchRequest {
  query: SearchQuery
  filters: SearchFilters
  order: SearchOrder
  /** 1-based. */
  page: number
  pageSize?: number
}

export interface SearchHit {
  /** An article, or an item of another content source. */
  item: ContentItem
  title: TextPart[]
  snippet: TextPart[]
  /** False for the lower tier: items with only some of the syllables. */
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

/** One kind of content in the search's kind facet: what readers call it and how many it finds. */
export interface KindCount {
  kind: string
  label: ContentSource['label']
  /** As the results' total reads on the first page of the search narrowed to this kind. */
  count: number
  capped: boolean
}

// The search index and the searches on it, over every content source. The index follows each
// source's changes (announced after the commit, in the instance where they happened); startup
// catches up with anything changed while no portal listened (imports, a crash between commit
// and event).
export class Search {
  readonly #db: Db
  readonly #index: SearchRepository
  #pending: Promise<void> = Promise.resolve()

  constructor(database: DatabaseHandle, private readonly sources: ContentSources, private readonly log?: FastifyBaseLogger) {
    this.#db = database.db
    this.#index = searchRepositoryFor(database)
    sources.each((source) => source.onChange((ids) => this.#enqueue(() => this.refresh(source.kind, ids))))
  }

  /** Resolves when every index change announced so far is written (tests wait on it). */
  whenIdle(): Promise<void> {
    return this.#pending
  }

  /** Re-reads these items of a kind: published ones are (re)indexed, any other removed. */
  async refresh(kind: string, ids: number[]): Promise<void> {
    const source = this.sources.get(kind)
    const items = source ? await source.read([...new Set(ids)]) : []
    const published = new Set(items.map((item) => item.id))
    await this.#index.write(items.map(searchDocument))
    await this.#index.remove(await findItemNumbers(this.#db, kind, ids.filter((id) => !published.has(id))))
  }

  /** Indexes what the index lacks or holds an old version of; removes what is no longer published. */
  async catchUp(onProgress?: Progress): Promise<number> {
    const sources = this.sources.all()
    const gone = await listNumbersOfOtherKinds(this.#db, sources.map((s) => s.kind))
    const work = await Promise.all(sources.map((source) => this.#behind(source)))
    await this.#index.remove([...gone, ...work.flatMap((w) => w.withdrawn)])
    const total = work.reduce((n, w) => n + w.stale.length, 0)
    let done = 0
    for (const { source, stale } of work) {
      for (let i = 0; i < stale.length; i += BATCH) {
        const ids = stale.slice(i, i + BATCH)
        await this.refresh(source.kind, ids)
        onProgress?.((done += ids.length), total)
      }
    }
    if (total >= BATCH) await this.#index.afterBulkWrite()
    return total + gone.length + work.reduce((n, w) => n + w.withdrawn.length, 0)
  }

  // A source's published items, page by page, against what the index holds of its kind.
  async #behind(source: ContentSource): Promise<{ source: ContentSource; stale: number[]; withdrawn: number[] }> {
    const indexed = await listIndexedVersions(this.#db, source.kind)
    const stale: number[] = []
    for (let afterId = 0; ;) {
      const page = await source.page({ afterId, limit: CATCH_UP_PAGE })
      for (const ref of page) {
        const held = indexed.get(ref.id)
        if (held?.modifiedAt !== ref.modifiedAt.getTime()) stale.push(ref.id)
        indexed.delete(ref.id)
      }
      if (page.length < CATCH_UP_PAGE) break
      afterId = page.at(-1)!.id
    }
    return { source, stale, withdrawn: [...indexed.values()].map((held) => held.number) }
  }

  /** Empties the index and builds it again from every published item of every source. */
  async rebuild(onProgress?: Progress): Promise<number> {
    const total = await this.sources.count()
    await this.#index.beginRebuild()
    let done = 0
    // Two batches in flight: while the database stores one, we read and prepare the next (on
    // PostgreSQL its share of the work then runs beside ours; SQLite runs them in turn).
    let writing: Promise<void> = Promise.resolve()
    for (const source of this.sources.all()) {
      for (let afterId = 0; ;) {
        const ids = (await source.page({ afterId, limit: BATCH })).map((ref) => ref.id)
        if (ids.length === 0) break
        afterId = ids.at(-1)!
        const next = this.#index.write((await source.read(ids)).map(searchDocument), { bulk: true })
        next.catch(() => {}) // reported below, when its turn comes; not an unhandled rejection meanwhile
        await writing
        writing = next.then(() => {
          done += ids.length
          onProgress?.(done, total)
        })
      }
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
    const items = await this.#readItems(onPage.map((c) => c.candidate.id))
    const terms = new Set(requiredTerms(request.query).map((t) => t.folded))
    const hits = onPage.flatMap(({ candidate, hasAllTerms }) => {
      const item = items.get(candidate.id)
      if (!item) return []
      const body = `${item.lead} ${item.text}`
      return [{ item, title: highlight(item.title, terms), snippet: snippet(body, terms), hasAllTerms }]
    })
    return { hits, total: ranked.list.length, capped: ranked.capped, hasNextPage: ranked.list.length > request.page * pageSize }
  }

  /** The kinds of content searched, in the order their modules are listed. */
  kinds(): { kind: string; label: ContentSource['label'] }[] {
    return this.sources.all().map(({ kind, label }) => ({ kind, label }))
  }

  /**
   * How many items of each kind the search finds, its other filters kept (a facet does not
   * narrow its own counts). Each is the search narrowed to that kind, so a count is the total
   * its results then show; kinds are counted one after another, which SQLite does anyway.
   */
  async countKinds(request: SearchRequest): Promise<KindCount[]> {
    if (isEmptyQuery(request.query)) return []
    const counts: KindCount[] = []
    for (const { kind, label } of this.kinds()) {
      const ranked = await this.#rankedCandidates({ ...request, filters: { ...request.filters, kinds: [kind] } }, request.pageSize ?? PAGE_SIZE)
      counts.push({ kind, label, count: ranked.list.length, capped: ranked.capped })
    }
    return counts
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
      const items = await this.#readItems(batch.map((c) => c.candidate.id))
      for (const c of batch) {
        const item = items.get(c.candidate.id)
        if (item && phrases.every((phrase) => holdsPhrase(searchDocument(item), phrase))) kept.push(c)
      }
    }
    return [...kept, ...list.slice(checked)]
  }

  /** The items the index holds under these numbers, read from their sources: only what is still published. */
  async #readItems(numbers: number[]): Promise<Map<number, ContentItem>> {
    const indexed = await findIndexedItems(this.#db, numbers)
    const byKind = new Map<string, number[]>()
    for (const { kind, sourceId } of indexed.values()) byKind.set(kind, [...(byKind.get(kind) ?? []), sourceId])
    const read = await Promise.all([...byKind].map(([kind, ids]) => this.sources.get(kind)?.read(ids) ?? []))
    const items = new Map(read.flat().map((item) => [`${item.kind}:${item.id}`, item]))
    const out = new Map<number, ContentItem>()
    for (const [number, { kind, sourceId }] of indexed) {
      const item = items.get(`${kind}:${sourceId}`)
      if (item) out.set(number, item)
    }
    return out
  }

  #enqueue(work: () => Promise<void>): void {
    this.#pending = this.#pending.then(work).catch((error: unknown) => {
      this.log?.error({ err: error }, 'search index update failed; the next start catches up')
    })
  }
}

type RankedCandidate = { candidate: Candidate; hasAllTerms: boolean }

/** An item as the index takes it. */
export function searchDocument(item: ContentItem): SearchDocument {
  return {
    kind: item.kind, sourceId: item.id, categoryId: item.categoryId, publishedAt: item.publishedAt, updatedAt: item.modifiedAt,
    title: item.title, lead: item.lead, body: item.text, byline: item.byline ?? '', tags: item.tags.join(' · '),
  }
}

/** The phrase's folded syllables side by side within one of the item's fields, as the index reads them. */
function holdsPhrase(document: SearchDocument, phrase: string[]): boolean {
  return [document.title, document.lead, document.body, document.byline, document.tags].some((text) => {
    const syllables = foldedSyllables(text)
    for (let i = 0; i + phrase.length <= syllables.length; i++) {
      if (phrase.every((s, j) => syllables[i + j] === s)) return true
    }
    return false
  })
}
