import type { Db } from '../../platform/db/connect.ts'
import type { CategoryTree, Category } from '../categories/index.ts'
import type { Crumb } from '../site/index.ts'
import type { Article, ArticleSummary, ListingCursor } from './article.ts'
import { encodeCursor } from './article.ts'
import { findPublishedArticleBySlug, listPublishedArticles } from './article.repository.ts'
import type { ArticlePageModel } from './views/article-page.view.ts'
import type { ListedArticle } from './views/article-list.view.ts'

export const CATEGORY_PAGE_SIZE = 20
const RELATED_COUNT = 6

export function articleUrl(tree: CategoryTree, article: Pick<ArticleSummary, 'categoryId' | 'slug'>): string {
  return `${tree.url(article.categoryId)}/${article.slug}`
}

export function listed(tree: CategoryTree, articles: ArticleSummary[]): ListedArticle[] {
  return articles.map((article) => ({ article, url: articleUrl(tree, article) }))
}

export function categoryCrumbs(tree: CategoryTree, categoryId: number): Crumb[] {
  return [{ name: 'Trang chủ', url: '/' }, ...tree.lineage(categoryId).map((c) => ({ name: c.name, url: tree.url(c.id) }))]
}

export async function readArticlePage(db: Db, tree: CategoryTree, slug: string): Promise<ArticlePageModel | undefined> {
  const article = await findPublishedArticleBySlug(db, slug)
  if (!article) return undefined
  const related = await listPublishedArticles(db, { categoryIds: [article.categoryId], excludeId: article.id, limit: RELATED_COUNT })
  return {
    article,
    crumbs: [...categoryCrumbs(tree, article.categoryId), { name: article.title }],
    related: listed(tree, related),
  }
}

export interface CategoryListing {
  articles: ArticleSummary[]
  next: ListingCursor | undefined
}

/** One page of a category and everything under it, newest first. */
export async function listCategoryArticles(db: Db, tree: CategoryTree, category: Category, after: ListingCursor | undefined, limit = CATEGORY_PAGE_SIZE): Promise<CategoryListing> {
  const rows = await listPublishedArticles(db, { categoryIds: tree.subtreeIds(category.id), after, limit: limit + 1 })
  const articles = rows.slice(0, limit)
  const last = articles.at(-1)
  return { articles, next: rows.length > limit && last ? { publishedAt: last.publishedAt, id: last.id } : undefined }
}

export function nextPageUrl(base: string, next: ListingCursor | undefined): string | undefined {
  return next ? `${base}?sau=${encodeCursor(next)}` : undefined
}

export function articleDescription(article: Article): string {
  return article.seoDescription || article.lead
}
