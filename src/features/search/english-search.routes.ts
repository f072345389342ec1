import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { sentFields } from '../../platform/http/request-schemas.ts'
import { phrase } from '../../platform/i18n/index.ts'
import type { Db } from '../../platform/db/connect.ts'
import { BadRequestError } from '../../platform/http/errors.ts'
import { html } from '../../platform/views/html.ts'
import { listPublishedArticles } from '../articles/index.ts'
import { ENGLISH_PREFIX, SEARCH_ALTERNATES, type PortalChrome } from '../site/index.ts'
import { searchMessages } from './messages.ts'
import { isEmptyQuery, parseQuery } from './query-parser.ts'
import type { Search } from './search.service.ts'
import { resultsView } from './views/search-page.view.ts'

export const ENGLISH_SEARCH = `${ENGLISH_PREFIX}/search`
/** Far more than the English pages will hold for a while; the search is among these. */
const ENGLISH_ITEMS_MAX = 1000
const RESULTS_MAX = 50

export interface EnglishSearchDeps {
  db: Db
  search: Search
  chrome: PortalChrome
}

/** /en/search?q=…: the English interface, searching only the articles written in English. */
export function englishSearchRoutes(deps: EnglishSearchDeps) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    app.get(ENGLISH_SEARCH, { schema: { querystring: sentFields('q') } }, async (req, reply) => {
      const raw = req.query.q
      if (raw !== undefined && typeof raw !== 'string') throw new BadRequestError('q given twice', phrase(searchMessages, 'invalidRequest'), 'invalid_request')
      const q = (raw ?? '').slice(0, 1000)
      const locale = deps.chrome.locale('en')
      const t = locale.t(searchMessages)
      const query = parseQuery(q)
      let results = html``
      if (!isEmptyQuery(query)) {
        const english = await listPublishedArticles(deps.db, { language: 'en', limit: ENGLISH_ITEMS_MAX })
        const found = await deps.search.search({ query, filters: { articleIds: english.map((a) => a.id) }, order: 'relevance', page: 1, pageSize: RESULTS_MAX })
        results = found.hits.length > 0
          ? resultsView({
            hits: found.hits.map((hit) => ({ url: hit.item.address, title: hit.title, snippet: hit.snippet, publishedAt: hit.item.publishedAt, hasAllTerms: hit.hasAllTerms })),
            total: found.total, capped: found.capped, firstNumber: 1,
          }, locale, t)
          : html`<section class="nothing-found" role="status"><h2>${t('nothingFound', { q })}</h2></section>`
      }
      const main = html`<h1>${t('heading')}</h1>
<p>${t('englishOnly')}</p>
<form class="form search-form" method="get" action="${ENGLISH_SEARCH}" role="search" aria-label="${t('heading')}">
<p><label for="search-q">${t('keywords')}</label>
<input type="search" id="search-q" name="q" value="${q}" maxlength="1000" autocomplete="off"></p>
<p><button type="submit">${t('submit')}</button></p>
</form>
${results}
<p><a href="/tim-kiem${q ? `?${new URLSearchParams({ q })}` : ''}" hreflang="vi">${t('searchVietnamese')}</a></p>`
      const body = await deps.chrome.page({ lang: 'en', title: q ? t('title', { q }) : t('heading'), description: t('description'), noindex: true, alternates: [...SEARCH_ALTERNATES], main })
      // As the Vietnamese search page: never in the page cache (unbounded addresses), briefly in browsers.
      return reply.header('cache-control', 'public, max-age=60').header('x-robots-tag', 'noindex').type('text/html; charset=utf-8').send(body.toString())
    })
  }
}
