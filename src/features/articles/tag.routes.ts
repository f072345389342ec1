import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import type { ContentEntry, ContentSources } from '../../platform/content/index.ts'
import { NotFoundError } from '../../platform/http/errors.ts'
import { ListingQuery, TagParams } from './article.schemas.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import { siteMessages, type PortalChrome } from '../site/index.ts'
import { CATEGORY_PAGE_SIZE } from './article-listings.ts'
import { nextPageUrl, pageCursor } from './article.service.ts'
import { tagUrl } from './article.ts'
import type { ListedItem } from './views/article-list.view.ts'
import { articleMessages } from './messages.ts'
import { tagPageView } from './views/tag-page.view.ts'

export interface TagPageDeps {
  /** A tag's page lists its items of every kind: articles, and whatever else carries tags. */
  sources: ContentSources
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
      const base = tagUrl(slug)
      const query = req.query
      const after = Object.keys(query).some((k) => k !== 'sau') ? undefined : pageCursor(query.sau)
      const tagged = await deps.sources.tagged({ tag: slug, ...(after ? { after } : {}), limit: CATEGORY_PAGE_SIZE + 1 })
      if (!tagged) throw new NotFoundError()
      const name = tagged.tagName
      if (Object.keys(query).some((k) => k !== 'sau')) return reply.redirect(base, 301)
      const rows = tagged.entries
      const shown = rows.slice(0, CATEGORY_PAGE_SIZE)
      const last = shown.at(-1)
      const locale = deps.chrome.locale('vi')
      const t = locale.t(articleMessages)
      const crumbs = [{ name: locale.t(siteMessages)('home'), url: '/' }, { name: t('tagCrumb', { name }) }]
      const main = tagPageView({
        name,
        crumbs,
        articles: shown.map(listedItem),
        nextPageUrl: nextPageUrl(base, rows.length > CATEGORY_PAGE_SIZE && last ? { publishedAt: last.publishedAt, id: last.id } : undefined),
        isFirstPage: !after,
        card: deps.chrome.theme.views.articleCard,
      }, locale)
      const body = await deps.chrome.page({
        title: t(after ? 'tagTitleLater' : 'tagTitle', { name }),
        description: t('tagDescription', { name }),
        canonicalPath: base,
        breadcrumb: crumbs,
        // Only a later page past the last article can be empty now; it is not for search engines.
        ...(rows.length === 0 ? { noindex: true } : {}),
        main,
      })
      return deps.responder.send(req, reply, { contentType: 'text/html; charset=utf-8', body, tags: [TAG_PAGES, 'layout'] })
    })
  }
}

function listedItem(entry: ContentEntry): ListedItem {
  return { article: { title: entry.title, lead: entry.lead, publishedAt: entry.publishedAt, leadImage: entry.image }, url: entry.address }
}
