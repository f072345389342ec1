import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import type { Db } from '../../platform/db/connect.ts'
import { NotFoundError } from '../../platform/http/errors.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import {
  articleUrl, bylineText, decodeCursor, encodeCursor, findPublishedArticleById,
  type Article, type ArticleListings, type ArticleSummary,
} from '../articles/index.ts'
import type { Category, CategoryDirectory, CategoryTree } from '../categories/index.ts'
import {
  ApiError, ArticleParams, ArticlePage, ArticleResponse, CategoryArticlesParams, CategoryArticlesQuery, CategoryList, NoQuery,
} from './api.schemas.ts'

export interface ApiDeps {
  db: Db
  listings: ArticleListings
  categories: CategoryDirectory
  responder: PublicResponder
}

const JSON_TYPE = 'application/json; charset=utf-8'
const errors = { 400: ApiError, 404: ApiError }

/** The public JSON API: the portal's data as structured web services (documented at /api/v1/openapi.json). */
export function apiRoutes(deps: ApiDeps) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()

    app.get('/categories', {
      schema: { summary: 'All categories, as a flat list in menu order', querystring: NoQuery, response: { 200: CategoryList, ...errors } },
    }, async (req, reply) => {
      const tree = await deps.categories.tree()
      const data = tree.all().map((c) => categoryJson(tree, c))
      return deps.responder.send(req, reply, { contentType: JSON_TYPE, body: JSON.stringify({ data }), tags: ['layout'] })
    })

    app.get('/categories/:slug/articles', {
      schema: {
        summary: 'Published articles of a category and its sub-categories, newest first',
        params: CategoryArticlesParams, querystring: CategoryArticlesQuery, response: { 200: ArticlePage, ...errors },
      },
    }, async (req, reply) => {
      const tree = await deps.categories.tree()
      const category = tree.findBySlug(req.params.slug)
      if (!category) throw new NotFoundError('Category not found')
      const after = req.query.cursor === undefined ? undefined : decodeCursor(req.query.cursor)
      const listing = await deps.listings.list(tree, category.id, after, req.query.limit ?? 20)
      const body = { data: listing.articles.map((a) => summaryJson(tree, a)), nextCursor: listing.next ? encodeCursor(listing.next) : null }
      return deps.responder.send(req, reply, { contentType: JSON_TYPE, body: JSON.stringify(body), tags: [`category:${category.id}`, 'layout'] })
    })

    app.get('/articles/:id', {
      schema: { summary: 'One published article', params: ArticleParams, querystring: NoQuery, response: { 200: ArticleResponse, ...errors } },
    }, async (req, reply) => {
      const article = await findPublishedArticleById(deps.db, req.params.id)
      if (!article) throw new NotFoundError('Article not found')
      const tree = await deps.categories.tree()
      const body = { data: articleJson(tree, article) }
      return deps.responder.send(req, reply, { contentType: JSON_TYPE, body: JSON.stringify(body), tags: [`article:${article.id}`, 'layout'] })
    })
  }
}

function categoryJson(tree: CategoryTree, c: Category) {
  return { id: c.id, slug: c.slug, name: c.name, parentId: c.parentId, path: tree.url(c.id) }
}

function summaryJson(tree: CategoryTree, a: ArticleSummary) {
  return {
    id: a.id, slug: a.slug, title: a.title, lead: a.lead, url: articleUrl(tree, a), categoryId: a.categoryId,
    publishedAt: a.publishedAt.toISOString(), byline: bylineText(a.byline), leadImage: a.leadImage ?? null,
  }
}

function articleJson(tree: CategoryTree, a: Article) {
  const category = tree.find(a.categoryId)!
  return {
    ...summaryJson(tree, a),
    bodyHtml: a.bodyHtml, bylineKind: a.byline.kind, bylineName: a.byline.name, source: a.source,
    updatedAt: a.updatedAt.toISOString(), category: categoryJson(tree, category), tags: a.tags,
  }
}
