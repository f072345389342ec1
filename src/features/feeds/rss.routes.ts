import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ContentSources, FeedPins } from '../../platform/content/index.ts'
import { NotFoundError } from '../../platform/http/errors.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import { articleMessages } from '../articles/index.ts'
import type { Category, CategoryDirectory, CategoryTree } from '../categories/index.ts'
import type { PortalChrome } from '../site/index.ts'
import { rssView } from './rss.view.ts'
import { CategoryFeedParams } from './feed.schemas.ts'

export interface FeedDeps {
  /** Articles and every other kind of published content. */
  sources: ContentSources
  /** What modules pin at the top of every feed while it lasts (an urgent alert). */
  feedPins?: FeedPins
  categories: CategoryDirectory
  chrome: PortalChrome
  responder: PublicResponder
  /** The portal's configured address (PUBLIC_URL), never the request's Host. */
  publicUrl: string
}

export const FEED_SIZE = 30
const CONTENT_TYPE = 'application/rss+xml; charset=utf-8'

/** /rss for the whole portal, /rss/tin-tuc/dan-van for a category with its sub-categories. */
export function rssRoutes(deps: FeedDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/rss', async (req, reply) => {
      // One cached copy: a query string would make another.
      if (req.url !== '/rss') return reply.redirect('/rss', 301)
      return sendFeed(req, reply, await deps.categories.tree(), undefined)
    })

    app.withTypeProvider<TypeBoxTypeProvider>().get('/rss/*', { schema: { params: CategoryFeedParams } }, async (req, reply) => {
      const tree = await deps.categories.tree()
      const path = req.params['*']
      // A category renamed or moved: feed readers follow a 301 and keep the new address.
      const category = tree.findByPath(path.split('/')) ?? (await deps.categories.formerlyAt('/' + path))
      if (!category) throw new NotFoundError()
      const canonical = `/rss${tree.url(category.id)}`
      if (req.url !== canonical) return reply.redirect(canonical, 301)
      return sendFeed(req, reply, tree, category)
    })
  }

  async function sendFeed(req: FastifyRequest, reply: FastifyReply, tree: CategoryTree, category: Category | undefined) {
    // A category's feed has what is filed in it; the portal's feed has every kind.
    const [site, items, pinned] = await Promise.all([
      deps.chrome.settings(),
      deps.sources.newest({ ...(category ? { categoryIds: tree.subtreeIds(category.id) } : {}), limit: FEED_SIZE }),
      deps.feedPins?.items() ?? [],
    ])
    const absolute = (url: string) => (url.startsWith('/') ? deps.publicUrl + url : url)
    const body = rssView({
      title: category ? `${category.name} - ${site.name}` : site.name,
      link: deps.publicUrl + (category ? tree.url(category.id) : '/'),
      description: category ? category.description || deps.chrome.locale('vi').t(articleMessages)('categoryDescription', { name: category.name }) : site.tagline || site.name,
      selfUrl: deps.publicUrl + req.url,
      items: [...pinned.map((pin) => ({
        title: pin.title, url: absolute(pin.url), guid: pin.guid, lead: pin.lead, publishedAt: pin.publishedAt, categoryName: undefined, creator: undefined,
      })), ...items.map((item) => ({
        title: item.title,
        url: deps.publicUrl + item.address,
        lead: item.lead,
        publishedAt: item.publishedAt,
        categoryName: item.categoryId === undefined ? undefined : tree.find(item.categoryId)?.name,
        creator: item.author,
      }))],
    })
    // The same tags as the home page and the category page: the purges that refresh them refresh the feeds.
    const tags = category ? [`category:${category.id}`, 'layout'] : ['home', 'layout']
    return deps.responder.send(req, reply, { contentType: CONTENT_TYPE, body, tags })
  }
}
