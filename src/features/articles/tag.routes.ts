import type { FastifyInstance } from 'fastify'
import type { Db } from '../../platform/db/connect.ts'
import { NotFoundError } from '../../platform/http/errors.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import type { CategoryDirectory } from '../categories/index.ts'
import { siteMessages, type PortalChrome } from '../site/index.ts'
import { CATEGORY_PAGE_SIZE, listingOf } from './article-listings.ts'
import { findPublicTagBySlug, listPublishedArticles } from './article.repository.ts'
import { listed, nextPageUrl, pageCursor } from './article.service.ts'
import { tagUrl } from './article.ts'
import { articleMessages } from './messages.ts'
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
    app.get('/tu-khoa/:slug', async (req, reply) => {
      const { slug } = req.params as { slug: string }
      if (slug.length > 200 || !SLUG.test(slug)) throw new NotFoundError()
      const tag = await findPublicTagBySlug(deps.db, slug)
      if (!tag) throw new NotFoundError()
      const base = tagUrl(tag.slug)
      const query = req.query as Record<string, string | string[] | undefined>
      if (Object.keys(query).some((k) => k !== 'sau')) return reply.redirect(base, 301)
      const after = pageCursor(query.sau)
      const [tree, rows] = await Promise.all([
        deps.categories.tree(),
        listPublishedArticles(deps.db, { tagId: tag.id, after, limit: CATEGORY_PAGE_SIZE + 1 }),
      ])
      const listing = listingOf(rows, CATEGORY_PAGE_SIZE)
      const locale = deps.chrome.locale('vi')
      const t = locale.t(articleMessages)
      const main = tagPageView({
        name: tag.name,
        crumbs: [{ name: locale.t(siteMessages)('home'), url: '/' }, { name: t('tagCrumb', { name: tag.name }) }],
        articles: listed(tree, listing.articles),
        nextPageUrl: nextPageUrl(base, listing.next),
        isFirstPage: !after,
      }, locale)
      const body = await deps.chrome.page({
        title: t(after ? 'tagTitleLater' : 'tagTitle', { name: tag.name }),
        description: t('tagDescription', { name: tag.name }),
        canonicalPath: base,
        // Only a later page past the last article can be empty now; it is not for search engines.
        ...(rows.length === 0 ? { noindex: true } : {}),
        main,
      })
      return deps.responder.send(req, reply, { contentType: 'text/html; charset=utf-8', body, tags: [TAG_PAGES, 'layout'] })
    })
  }
}
