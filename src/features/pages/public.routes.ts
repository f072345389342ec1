import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Db } from '../../platform/db/connect.ts'
import { NotFoundError } from '../../platform/http/errors.ts'
import { pathParams } from '../../platform/http/request-schemas.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import type { Lang } from '../../platform/i18n/index.ts'
import { bodyText } from '../articles/index.ts'
import { breadcrumbView, ENGLISH_PREFIX, siteMessages, type Crumb, type PortalChrome } from '../site/index.ts'
import { englishPagePath, ENGLISH_PAGES, isShown, lineage, MAX_DEPTH, pagePath, PAGES_PREFIX, PAGES_TAG, SLUG, type Page } from './page.ts'
import { listPages, readLiveRevision } from './page.repository.ts'
import { staticPageView } from './views/page.view.ts'

export interface PagesRoutesDeps {
  db: Db
  chrome: PortalChrome
  responder: PublicResponder
}

const HTML = 'text/html; charset=utf-8'

/** The live pages: a page whose working copy was never published is not found, nor are its children. */
const isLive = (page: Page) => page.liveRevisionId !== null

/** /trang/<slug>/<slug>…: a published page; /en/page/<slug>: its English version. */
export function pagesRoutes(deps: PagesRoutesDeps) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    app.get(`/${PAGES_PREFIX}/*`, { schema: { params: pathParams('*') } }, async (req, reply) => {
      const rest = req.params['*']
      const slugs = rest.replace(/\/$/, '').split('/')
      if (slugs.length > MAX_DEPTH || !slugs.every((s) => s.length <= 80 && SLUG.test(s))) throw new NotFoundError()
      const pages = (await listPages(deps.db))
      let page: Page | undefined
      for (const slug of slugs) {
        page = pages.find((p) => p.parentId === (page?.id ?? null) && p.slug === slug)
        if (!page || !isLive(page)) throw new NotFoundError()
      }
      return send(req, reply, pages, page!, 'vi')
    })
    app.get(`${ENGLISH_PAGES}/:slug`, { schema: { params: pathParams('slug') } }, async (req, reply) => {
      const { slug } = req.params
      if (!SLUG.test(slug)) throw new NotFoundError()
      const pages = await listPages(deps.db)
      const page = pages.find((p) => p.slugEn === slug && isShown(pages, p.id))
      if (!page) throw new NotFoundError()
      return send(req, reply, pages, page, 'en')
    })
  }

  async function send(req: FastifyRequest, reply: FastifyReply, pages: Page[], page: Page, lang: Lang) {
    const live = await readLiveRevision(deps.db, page)
    if (!live) throw new NotFoundError()
    const hasEnglish = page.slugEn !== '' && live.titleEn !== '' && live.bodyEnHtml !== ''
    if (lang === 'en' && !hasEnglish) throw new NotFoundError()
    const locale = deps.chrome.locale(lang)
    const path = lang === 'vi' ? pagePath(pages, page.id) : englishPagePath(page)
    // One address a page: /trang/gioi-thieu/ and the like go to it.
    const [asked, query] = splitUrl(req.url)
    if (asked !== path) return reply.redirect(`${path}${query}`, 301)
    const title = lang === 'vi' ? live.title : live.titleEn
    // The trail names the live pages above this one with their live titles; the English one has only its home.
    const above = lang === 'vi' ? lineage(pages, page.id).slice(0, -1).filter(isLive) : []
    const titles = new Map(await Promise.all(above.map(async (p) => [p.id, (await readLiveRevision(deps.db, p))?.title ?? p.title] as const)))
    const trail: Crumb[] = [
      { name: locale.t(siteMessages)('home'), url: lang === 'en' ? `${ENGLISH_PREFIX}/` : '/' },
      ...above.map((p) => ({ name: titles.get(p.id) ?? p.title, url: pagePath(pages, p.id) })),
      { name: title },
    ]
    const children = pages.filter((p) => p.parentId === page.id && isLive(p) && (lang === 'vi' || p.slugEn !== ''))
    const subpages = await Promise.all(children.map(async (child) => {
      const rev = await readLiveRevision(deps.db, child)
      return lang === 'vi' ? { title: rev?.title ?? child.title, url: pagePath(pages, child.id) } : { title: rev?.titleEn ?? '', url: englishPagePath(child) }
    }))
    const alternates = hasEnglish ? [{ lang: 'vi' as const, path: pagePath(pages, page.id) }, { lang: 'en' as const, path: englishPagePath(page) }] : undefined
    const body = await deps.chrome.page({
      lang, title, canonicalPath: path, breadcrumb: trail,
      description: descriptionOf(lang === 'vi' ? live.bodyHtml : live.bodyEnHtml),
      main: staticPageView({
        title, bodyHtml: lang === 'vi' ? live.bodyHtml : live.bodyEnHtml, updatedAt: page.publishedAt, breadcrumb: breadcrumbView(trail, locale),
        subpages: subpages.filter((s) => s.title !== ''),
        ...(hasEnglish ? { other: lang === 'vi' ? { url: englishPagePath(page), lang: 'en' as const } : { url: pagePath(pages, page.id), lang: 'vi' as const } } : {}),
      }, locale),
      ...(alternates ? { alternates } : {}),
    })
    return deps.responder.send(req, reply, { contentType: HTML, body, tags: [PAGES_TAG, `page:${page.id}`, 'layout'] })
  }
}

function splitUrl(url: string): [string, string] {
  const at = url.indexOf('?')
  return at < 0 ? [url, ''] : [url.slice(0, at), url.slice(at)]
}

/** The first words of the body, for the description and shared links. */
function descriptionOf(bodyHtml: string): string {
  const text = bodyText(bodyHtml)
  return text.length > 160 ? `${text.slice(0, 157).replace(/\s\S*$/, '')}…` : text
}
