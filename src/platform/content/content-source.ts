import type { Phrase } from '../i18n/index.ts'
import type { Picture } from '../views/picture.ts'

// What the portal publishes, whatever its kind (articles today; legal documents, questions and
// answers, the organisation's pages next), as search, the feeds, the sitemap and "Đọc nhiều"
// read it. A feature implements a source for its own table and exports it from its index.ts:
// the readers never learn the table behind it.

/** Which item, and where readers find it. */
export interface ContentAddress {
  kind: string
  /** The item's id within its kind: (kind, id) names one item. */
  id: number
  /** The item's public address, from the site's root: "/tin-tuc/dan-van/hoi-nghi". */
  address: string
}

/** Enough to list an item in the sitemap or check the search index against it. */
export interface ContentRef extends ContentAddress {
  /** The last change readers can see: the sitemap's lastmod, and how search knows it is behind. */
  modifiedAt: Date
}

/** What a list of items shows: a feed, "Đọc nhiều". */
export interface ContentEntry extends ContentAddress {
  title: string
  /** The summary under the title (sapo); may be empty. */
  lead: string
  publishedAt: Date
  /** The category it is filed in, for the kinds filed in categories. */
  categoryId?: number
  /** Who wrote it, as a feed names its creator. */
  author?: string
  /** A picture for lists that show one (a tag's page, search results, "Đọc nhiều"). */
  image?: Picture
}

/** All that search indexes and quotes from. */
export interface ContentItem extends ContentEntry, ContentRef {
  /** The body as plain text (no markup). */
  text: string
  /** The attribution as readers see it ("T/h Lê Hải"): searched like the text. */
  byline?: string
  tags: string[]
}

export interface NewestQuery {
  limit: number
  /** Only items filed in these categories; a kind without categories then has none. */
  categoryIds?: readonly number[]
}

/** Where a newest-first list goes on from: the last item shown. */
export interface ListCursor {
  publishedAt: Date
  id: number
}

export interface TaggedQuery {
  /** The tag's slug, as in /tu-khoa/dan-van-kheo. */
  tag: string
  /** Items strictly older than this, by (publishedAt, id). */
  after?: ListCursor
  limit: number
}

export interface Tagged {
  /** The tag as its items write it ("Dân vận khéo"). */
  tagName: string
  /** Newest first, by (publishedAt, id). */
  entries: ContentEntry[]
}

export interface IdRange {
  /** 1 for ids 1…size, 2 for size+1…2·size, and so on. */
  number: number
  /** The newest change among the range's published items. */
  lastModified: Date
}

/**
 * One kind of published content. Only what readers may see comes out of it: unpublished,
 * withdrawn or deleted items are simply not there. Every list is bounded by the caller, so a
 * source with 100,000 items is read in pages, never at once.
 */
export interface ContentSource {
  readonly kind: string
  /** Its part of the sitemap's file names: /sitemap-{sitemapName}-N.xml. */
  readonly sitemapName: string
  /** What readers call this kind ("Bài viết", "Văn bản"), from its module's catalogue: the site search's kind facet names it so. */
  readonly label: Phrase
  /** The published ones among these ids, in no particular order. */
  read(ids: readonly number[]): Promise<ContentItem[]>
  /** The newest published items, newest first. */
  newest(query: NewestQuery): Promise<ContentEntry[]>
  count(): Promise<number>
  /** Published items with ids in (afterId, upToId] (or every one past afterId), in id order, at most `limit`. */
  page(range: { afterId: number; upToId?: number; limit: number }): Promise<ContentRef[]>
  /** The ranges of `size` ids that hold at least one published item: the sitemap's files. */
  idRanges(size: number): Promise<IdRange[]>
  /**
   * The published items carrying a tag. Undefined when none of this kind carries it: a tag of
   * unpublished items alone is as unknown as a tag nobody used. A kind without tags leaves it out.
   */
  tagged?(query: TaggedQuery): Promise<Tagged | undefined>
  /**
   * Calls back, in the instance where it happened and after the commit, with the ids of items
   * that changed in any way (published, edited, withdrawn, deleted): search re-reads them.
   */
  onChange(listener: (ids: number[]) => void): void
}
