import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import type { CategoryTree } from '../categories/index.ts'
import type { ArticleSummary, ListingCursor } from './article.ts'
import { listPublishedArticles } from './article.repository.ts'

export const CATEGORY_PAGE_SIZE = 20

export interface Listing {
  articles: ArticleSummary[]
  next: ListingCursor | undefined
}

/** A page of `limit` articles from a read of `limit + 1`: the extra one says whether there is more. */
export function listingOf(rows: ArticleSummary[], limit: number): Listing {
  const articles = rows.slice(0, limit)
  const last = articles.at(-1)
  return { articles, next: rows.length > limit && last ? { publishedAt: last.publishedAt, id: last.id } : undefined }
}

// The newest articles of each category (with its sub-categories) and of the whole portal,
// kept in memory: every category's first page, every article's related list and the home
// page read them, and they change only when an article does. Any article or category change
// drops them all; each comes back with one query when next asked for. Deeper pages and larger
// API pages go to the database.
export class ArticleListings {
  readonly #heads = new Map<string, Promise<ArticleSummary[]>>()

  constructor(private readonly db: Db, events: NewsroomEventBus) {
    events.on('article.changed', () => this.#heads.clear())
    events.on('category.changed', () => this.#heads.clear())
    events.on('instance.resync', () => this.#heads.clear())
  }

  /** Newest first: a whole category subtree, or the whole portal when categoryId is undefined. */
  async list(tree: CategoryTree, categoryId: number | undefined, after: ListingCursor | undefined, limit: number): Promise<Listing> {
    const rows = !after && limit <= CATEGORY_PAGE_SIZE
      ? (await this.#head(tree, categoryId)).slice(0, limit + 1)
      : await listPublishedArticles(this.db, { categoryIds: categoryId === undefined ? undefined : tree.subtreeIds(categoryId), after, limit: limit + 1 })
    return listingOf(rows, limit)
  }

  #head(tree: CategoryTree, categoryId: number | undefined): Promise<ArticleSummary[]> {
    const key = String(categoryId ?? 'all')
    let head = this.#heads.get(key)
    if (!head) {
      const categoryIds = categoryId === undefined ? undefined : tree.subtreeIds(categoryId)
      head = listPublishedArticles(this.db, { categoryIds, limit: CATEGORY_PAGE_SIZE + 1 })
      this.#heads.set(key, head)
      head.catch(() => this.#heads.delete(key))
    }
    return head
  }
}
