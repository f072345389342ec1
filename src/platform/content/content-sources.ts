import type { ContentEntry, ContentSource, NewestQuery, Tagged, TaggedQuery } from './content-source.ts'

const KIND = /^[a-z][a-z0-9-]*$/

// Every content source of the portal, by kind. Search, the feeds and the sitemap go through
// here, so a new kind of content reaches them by being registered, with no change to them.
export class ContentSources {
  readonly #byKind = new Map<string, ContentSource>()
  readonly #listeners: ((source: ContentSource) => void)[] = []

  constructor(sources: readonly ContentSource[] = []) {
    for (const source of sources) this.add(source)
  }

  /** Two sources of one kind, or under one sitemap name, are a programming error: it stops the start. */
  add(source: ContentSource): void {
    if (!KIND.test(source.kind) || !KIND.test(source.sitemapName)) throw new Error(`content source "${source.kind}": kind and sitemapName must be lower-case words with dashes`)
    if (this.#byKind.has(source.kind)) throw new Error(`two content sources of kind "${source.kind}"`)
    const clash = this.all().find((s) => s.sitemapName === source.sitemapName)
    if (clash) throw new Error(`content sources "${clash.kind}" and "${source.kind}" both name their sitemap files "${source.sitemapName}"`)
    this.#byKind.set(source.kind, source)
    for (const listener of this.#listeners) listener(source)
  }

  /** Calls `listener` for every source, those registered later included (modules add theirs after the services exist). */
  each(listener: (source: ContentSource) => void): void {
    this.#listeners.push(listener)
    for (const source of this.#byKind.values()) listener(source)
  }

  get(kind: string): ContentSource | undefined {
    return this.#byKind.get(kind)
  }

  all(): ContentSource[] {
    return [...this.#byKind.values()]
  }

  /** The newest items of every kind together, newest first (ties: kind, then the higher id). */
  async newest(query: NewestQuery): Promise<ContentEntry[]> {
    const lists = await Promise.all(this.all().map((source) => source.newest(query)))
    return lists.flat().sort(newestFirst).slice(0, query.limit)
  }

  /**
   * A tag's items of every kind, newest first by (publishedAt, id) as each source pages them;
   * undefined when no source knows the tag. (Items of two kinds with the same time and id would
   * share a cursor; ids and milliseconds both equal is not a case worth a cursor format of its own.)
   */
  async tagged(query: TaggedQuery): Promise<Tagged | undefined> {
    const found = (await Promise.all(this.all().map((source) => source.tagged?.(query)))).filter((t) => t !== undefined)
    if (found.length === 0) return undefined
    const entries = found.flatMap((t) => t.entries).sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || b.id - a.id)
    return { tagName: found[0]!.tagName, entries: entries.slice(0, query.limit) }
  }

  async count(): Promise<number> {
    const counts = await Promise.all(this.all().map((source) => source.count()))
    return counts.reduce((a, b) => a + b, 0)
  }
}

function newestFirst(a: ContentEntry, b: ContentEntry): number {
  return b.publishedAt.getTime() - a.publishedAt.getTime() || a.kind.localeCompare(b.kind) || b.id - a.id
}
