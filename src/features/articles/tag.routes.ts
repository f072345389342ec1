import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import type { Db } from '../../platform/db/connect.ts'
import { NotFoundError } from '../../platform/http/errors.ts'
import { ListingQuery, TagParams } from './article.schemas.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import type { CategoryDirectory } from '../categories/index.ts'
import type { PortalChrome } from '../site/index.ts'
import { CATEGORY_PAGE_SIZE, listingOf } from './article-listings.ts'
import { findPublicTagBySlug, listPublishedArticles } from './article.repository.ts'
import { listed, nextPageUrl, pageCursor } from './article.service.ts'
import { tagUrl } from './article.ts'
import { tagPageView } from './views/tag-page.view.ts'

export interface TagPageDeps {
  db: Db
  categories: CategoryDirectory
  chrome: PortalChrome
  responder: PublicResponder
}

/** Purged on every article change: any edit may add an article to a tag's list or take one off. */
export const TAG_PAGES = 'tag-pages'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function tagRoutes(deps: TagPageDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.withTypeProvider<TypeBoxTypeProvider>().get('/tu-khoa/:slug', { schema: { params: TagParams, querystring: ListingQuery } }, async (req, reply) => {
      const { slug } = req.params
      if (slug.length > 200 || !SLUG.test(slug)) throw new NotFoundError()
      const tag = await findPublicTagBySlug(deps.db, slug)
      if (!tag) throw new NotFoundError()
      const base = tagUrl(tag.slug)
      const query = req.query
      if (Object.keys(query).some((k) => k !== 'sau')) return reply.redirect(base, 301)
      const after = pageCursor(query.sau)
      const [tree, rows] = await Promise.all([
        deps.categories.tree(),
        listPublishedArticles(deps.db, { tagId: tag.id, after, limit: CATEGORY_PAGE_SIZE + 1 }),
      ])
      const listing = listingOf(rows, CATEGORY_PAGE_SIZE)
      const main = tagPageView({
        name: tag.name,
        crumbs: [{ name: 'Trang chủ', url: '/' }, { name: `Từ khóa: ${tag.name}` }],
        articles: listed(tree, listing.articles),
        nextPageUrl: nextPageUrl(base, listing.next),
        isFirstPage: !after,
      })
      const body = await deps.chrome.page({
        title: after ? `Từ khóa ${tag.name} (trang tiếp)` : `Từ khóa ${tag.name}`,
        description: `Tin bài mang từ khóa ${tag.name}`,
        canonicalPath: base,
        // Only a later page past the last article can be empty now; it is not for search engines.
        ...(rows.length === 0 ? { noindex: true } : {}),
        main,
      })
      return deps.responder.send(req, reply, { contentType: 'text/html; charset=utf-8', body, tags: [TAG_PAGES, 'layout'] })
    })
  }
}
