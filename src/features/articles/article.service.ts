import type { Db } from '../../platform/db/connect.ts'
import { phrase } from '../../platform/i18n/index.ts'
import { articleMessages } from './messages.ts'
import type { CategoryTree } from '../categories/index.ts'
import type { Crumb } from '../site/index.ts'
import type { Article, ArticleSummary, ListingCursor } from './article.ts'
import { BadRequestError } from '../../platform/http/errors.ts'
import { decodeCursor, encodeCursor } from './article.ts'
import { findPublishedArticleBySlug } from './article.repository.ts'
import type { ArticleListings } from './article-listings.ts'
import type { ArticlePageModel } from './views/article-page.view.ts'
import type { ListedArticle } from './views/article-list.view.ts'

const RELATED_COUNT = 6

export function articleUrl(tree: CategoryTree, article: Pick<ArticleSummary, 'categoryId' | 'slug'>): string {
  return `${tree.url(article.categoryId)}/${article.slug}`
}

export function listed(tree: CategoryTree, articles: ArticleSummary[]): ListedArticle[] {
  return articles.map((article) => ({ article, url: articleUrl(tree, article) }))
}

/** Home › the category's ancestors › the category; `home` is the home crumb in the page's language. */
export function categoryCrumbs(tree: CategoryTree, categoryId: number, home: string): Crumb[] {
  return [{ name: home, url: '/' }, ...tree.lineage(categoryId).map((c) => ({ name: c.name, url: tree.url(c.id) }))]
}

export async function readArticlePage(db: Db, listings: ArticleListings, tree: CategoryTree, slug: string, home: string): Promise<ArticlePageModel | undefined> {
  const article = await findPublishedArticleBySlug(db, slug)
  if (!article) return undefined
  const newest = await listings.list(tree, article.categoryId, undefined, RELATED_COUNT + 1)
  return {
    article,
    crumbs: [...categoryCrumbs(tree, article.categoryId, home), { name: article.title }],
    related: listed(tree, newest.articles.filter((a) => a.id !== article.id).slice(0, RELATED_COUNT)),
  }
}

/** The `?sau=` of a listing's next pages: absent on the first page, a 400 when forged. */
export function pageCursor(sau: string | string[] | undefined): ListingCursor | undefined {
  if (sau === undefined) return undefined
  const cursor = typeof sau === 'string' ? decodeCursor(sau) : undefined
  if (!cursor) throw new BadRequestError('invalid cursor', phrase(articleMessages, 'invalidCursor'), 'invalid_cursor')
  return cursor
}

export function nextPageUrl(base: string, next: ListingCursor | undefined): string | undefined {
  return next ? `${base}?sau=${encodeCursor(next)}` : undefined
}

export function articleDescription(article: Article): string {
  return article.seoDescription || article.lead
}
