import type { FastifyInstance } from 'fastify'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import { englishArticleUrl, listed, listPublishedArticles, type ArticleListings } from '../articles/index.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { CategoryDirectory } from '../categories/index.ts'
import { ENGLISH_PREFIX, HOME_ALTERNATES, type PortalChrome } from '../site/index.ts'
import { englishHomeView } from './views/english-home.view.ts'
import { homePageView } from './views/home-page.view.ts'

export interface HomeDeps {
  db: Db
  listings: ArticleListings
  categories: CategoryDirectory
  chrome: PortalChrome
  responder: PublicResponder
}

const LATEST_COUNT = 6
const PER_SECTION = 4
const ENGLISH_COUNT = 20
const ENGLISH_HOME = `${ENGLISH_PREFIX}/`

export function homeRoutes(deps: HomeDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/', async (req, reply) => {
      if (req.url !== '/') return reply.redirect('/', 301)
      const tree = await deps.categories.tree()
      const [newest, ...latest] = listed(tree, (await deps.listings.list(tree, undefined, undefined, LATEST_COUNT + 1)).articles)
      // A story shows once: the sections leave out what the lead story and "Tin mới" show already.
      const shown = new Set([newest, ...latest].map((item) => item?.article.id))
      const sections = await Promise.all(tree.roots().map(async (category) => ({
        name: category.name,
        url: tree.url(category.id),
        articles: listed(tree, (await deps.listings.list(tree, category.id, undefined, PER_SECTION + LATEST_COUNT + 1)).articles)
          .filter((item) => !shown.has(item.article.id)).slice(0, PER_SECTION),
      })))
      const site = await deps.chrome.settings()
      const body = await deps.chrome.page({
        title: '',
        description: site.tagline || site.name,
        canonicalPath: '/',
        alternates: [...HOME_ALTERNATES],
        main: homePageView({ siteName: site.name, leadStory: newest, latest, sections: sections.filter((s) => s.articles.length > 0) }, deps.chrome.locale('vi'), deps.chrome.theme.views),
      })
      return deps.responder.send(req, reply, { contentType: 'text/html; charset=utf-8', body, tags: ['home', 'layout'] })
    })

    app.get(ENGLISH_PREFIX, async (_req, reply) => reply.redirect(ENGLISH_HOME, 301))

    // Purged with the Vietnamese home ('home'): any article change may add or take off an English one.
    app.get(ENGLISH_HOME, async (req, reply) => {
      if (req.url !== ENGLISH_HOME) return reply.redirect(ENGLISH_HOME, 301)
      const [site, articles] = await Promise.all([deps.chrome.settings(), listPublishedArticles(deps.db, { language: 'en', limit: ENGLISH_COUNT })])
      const locale = deps.chrome.locale('en')
      const body = await deps.chrome.page({
        lang: 'en',
        title: '',
        description: site.name,
        canonicalPath: ENGLISH_HOME,
        alternates: [...HOME_ALTERNATES],
        main: englishHomeView({ siteName: site.name, articles: articles.map((article) => ({ article, url: englishArticleUrl(article) })) }, locale),
      })
      return deps.responder.send(req, reply, { contentType: 'text/html; charset=utf-8', body, tags: ['home', 'layout'] })
    })
  }
}
