import type { FastifyInstance } from 'fastify'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import { listed, type ArticleListings } from '../articles/index.ts'
import type { CategoryDirectory } from '../categories/index.ts'
import type { PortalChrome } from '../site/index.ts'
import { homePageView } from './views/home-page.view.ts'

export interface HomeDeps {
  listings: ArticleListings
  categories: CategoryDirectory
  chrome: PortalChrome
  responder: PublicResponder
}

const LATEST_COUNT = 6
const PER_SECTION = 4

export function homeRoutes(deps: HomeDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/', async (req, reply) => {
      if (req.url !== '/') return reply.redirect('/', 301)
      const tree = await deps.categories.tree()
      const [newest, ...latest] = listed(tree, (await deps.listings.list(tree, undefined, undefined, LATEST_COUNT + 1)).articles)
      const sections = await Promise.all(tree.roots().map(async (category) => ({
        name: category.name,
        url: tree.url(category.id),
        articles: listed(tree, (await deps.listings.list(tree, category.id, undefined, PER_SECTION)).articles),
      })))
      const site = await deps.chrome.settings()
      const body = await deps.chrome.page({
        title: '',
        description: site.tagline || site.name,
        canonicalPath: '/',
        main: homePageView({ siteName: site.name, leadStory: newest, latest, sections: sections.filter((s) => s.articles.length > 0) }, deps.chrome.theme.views),
      })
      return deps.responder.send(req, reply, { contentType: 'text/html; charset=utf-8', body, tags: ['home', 'layout'] })
    })
  }
}
