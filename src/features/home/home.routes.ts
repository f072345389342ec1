import type { FastifyInstance } from 'fastify'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import { CATEGORY_PAGE_SIZE, englishArticleUrl, listed, listPublishedArticles, listPublishedSummariesByIds, type ArticleListings, type ListedArticle } from '../articles/index.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { CategoryDirectory } from '../categories/index.ts'
import { ENGLISH_PREFIX, HOME_ALTERNATES, type PortalChrome } from '../site/index.ts'
import { englishHomeView } from './views/english-home.view.ts'
import { homePageView } from './views/home-page.view.ts'
import { arrangeHome, NEWEST_NEEDED, shownIds } from './home-arrangement.ts'
import { listPickedIds } from './home-picks.repository.ts'

export interface HomeDeps {
  db: Db
  listings: ArticleListings
  categories: CategoryDirectory
  chrome: PortalChrome
  responder: PublicResponder
}

const PER_SECTION = 4
const ENGLISH_COUNT = 20
const ENGLISH_HOME = `${ENGLISH_PREFIX}/`

export function homeRoutes(deps: HomeDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/', async (req, reply) => {
      if (req.url !== '/') return reply.redirect('/', 301)
      const tree = await deps.categories.tree()
      const [picked, newest] = await Promise.all([listPickedIds(deps.db), deps.listings.list(tree, undefined, undefined, NEWEST_NEEDED)])
      const pickedArticles = new Map(listed(tree, await listPublishedSummariesByIds(deps.db, [...picked.lead, ...picked.featured])).map((a) => [a.article.id, a]))
      const inOrder = (ids: number[]) => ids.flatMap((id) => pickedArticles.get(id) ?? [])
      const stories = arrangeHome({ lead: inOrder(picked.lead), featured: inOrder(picked.featured) }, listed(tree, newest.articles))
      // The sections leave out what the top of the page shows already: no story twice.
      const shown = shownIds(stories)
      const sections = await Promise.all(tree.roots().map(async (category) => ({
        name: category.name,
        url: tree.url(category.id),
        articles: listed(tree, (await deps.listings.list(tree, category.id, undefined, CATEGORY_PAGE_SIZE)).articles)
          .filter((a: ListedArticle) => !shown.has(a.article.id)).slice(0, PER_SECTION),
      })))
      const site = await deps.chrome.settings()
      const body = await deps.chrome.page({
        title: '',
        description: site.tagline || site.name,
        canonicalPath: '/',
        alternates: [...HOME_ALTERNATES],
        main: homePageView({ siteName: site.name, ...stories, sections: sections.filter((s) => s.articles.length > 0) }, deps.chrome.locale('vi'), deps.chrome.theme.views),
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
