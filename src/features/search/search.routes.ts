import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { ApiError } from '../../platform/http/api-error.ts'
import { BadRequestError } from '../../platform/http/errors.ts'
import type { CategoryDirectory, CategoryTree } from '../categories/index.ts'
import { SEARCH_ALTERNATES, type PortalChrome } from '../site/index.ts'
import { foldedText, isEmptyQuery, parseQuery } from './query-parser.ts'
import type { SearchOrder } from './ranking.ts'
import { SearchApiQuery, SearchApiResponse, SearchPageQuery } from './search.schemas.ts'
import { parseSearch, type ParsedSearch } from './search-request.ts'
import { PAGE_SIZE, type Search, type SearchHit } from './search.service.ts'
import { partsText } from './snippet.ts'
import { markedView, searchPageView, type SearchHitModel, type SearchPageModel } from './views/search-page.view.ts'
import { phrase, type Translate } from '../../platform/i18n/index.ts'
import { searchMessages } from './messages.ts'

export interface SearchDeps {
  search: Search
  categories: CategoryDirectory
  chrome: PortalChrome
}

// Search pages have as many addresses as readers have words: they are never kept in the
// page cache (unbounded keys), only briefly by browsers, and never indexed by search engines.
const CACHE_CONTROL = 'public, max-age=60'
const ORDERS: Record<string, SearchOrder> = { 'lien-quan': 'relevance', 'moi-nhat': 'newest' }

/** GET /tim-kiem?q=…&chuyen-muc=…&tu=YYYY-MM-DD&den=YYYY-MM-DD&sap-xep=moi-nhat&trang=N */
export function searchRoutes(deps: SearchDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.withTypeProvider<TypeBoxTypeProvider>().get('/tim-kiem', { schema: { querystring: SearchPageQuery } }, async (req, reply) => {
      const raw = req.query
      const text = (name: keyof typeof raw): string | undefined => {
        const value = raw[name]
        if (value === undefined || value === '') return undefined
        if (typeof value !== 'string') throw new BadRequestError(`${name} given twice`, phrase(searchMessages, 'invalidRequest'), 'invalid_request')
        return value
      }
      const order = text('sap-xep')
      if (order !== undefined && !ORDERS[order]) throw new BadRequestError('unknown order', phrase(searchMessages, 'invalidOrder'), 'invalid_order')
      const pageText = text('trang')
      if (pageText !== undefined && !/^\d{1,4}$/.test(pageText)) throw new BadRequestError('invalid page', phrase(searchMessages, 'invalidPage'), 'invalid_page')
      const tree = await deps.categories.tree()
      const request = parseSearch({
        q: text('q'), category: text('chuyen-muc'), from: text('tu'), to: text('den'),
        order: order ? ORDERS[order] : undefined, page: pageText ? Number(pageText) : undefined,
      }, tree)
      const model = await searchPage(deps, tree, request, { category: text('chuyen-muc') ?? '', from: text('tu') ?? '', to: text('den') ?? '' })
      const locale = deps.chrome.locale('vi')
      const t = locale.t(searchMessages)
      const body = await deps.chrome.page({
        title: request.q ? t('title', { q: request.q }) : t('heading'), description: t('description'), noindex: true, alternates: [...SEARCH_ALTERNATES], main: searchPageView(model, locale),
      })
      return sendUncached(reply, 'text/html; charset=utf-8', body.toString())
    })
  }
}

async function searchPage(deps: SearchDeps, tree: CategoryTree, request: ParsedSearch, form: { category: string; from: string; to: string }): Promise<SearchPageModel> {
  const t = deps.chrome.locale('vi').t(searchMessages)
  const model: SearchPageModel = {
    q: request.q, ...form, order: request.order,
    categories: tree.all().map((c) => ({ slug: c.slug, name: c.name, depth: tree.lineage(c.id).length - 1 })),
  }
  if (isEmptyQuery(request.query)) return model
  const results = await deps.search.search(request)
  if (results.hits.length === 0) {
    model.nothingFound = { folded: foldedText(request.query) || request.q, suggestions: await suggestions(deps, request, t), filtered: Object.keys(request.filters).length > 0 }
    return model
  }
  const pageUrl = (page: number) => `/tim-kiem?${new URLSearchParams({
    q: request.q, ...(form.category ? { 'chuyen-muc': form.category } : {}), ...(form.from ? { tu: form.from } : {}), ...(form.to ? { den: form.to } : {}),
    ...(request.order === 'newest' ? { 'sap-xep': 'moi-nhat' } : {}), ...(page > 1 ? { trang: String(page) } : {}),
  })}`
  model.results = {
    hits: results.hits.map((hit) => hitModel(tree, hit)),
    total: results.total,
    capped: results.capped,
    firstNumber: (request.page - 1) * PAGE_SIZE + 1,
    ...(request.page > 1 ? { previousUrl: pageUrl(request.page - 1) } : {}),
    ...(results.hasNextPage ? { nextUrl: pageUrl(request.page + 1) } : {}),
  }
  return model
}

/**
 * Looser searches that do find something. (Without a single matching syllable there is
 * nothing to drop: any one syllable already finds its articles, as the lower tier.)
 */
async function suggestions(deps: SearchDeps, request: ParsedSearch, t: Translate<(typeof searchMessages)['vi']>): Promise<{ text: string; url: string }[]> {
  const tries: { text: string; q: string; filtered: boolean }[] = []
  const unquoted = request.q.replace(/["“”„‟«»＂]/g, ' ').replace(/\s+/g, ' ').trim()
  const withoutExclusions = request.q.split(/\s+/).filter((w) => !/^-./.test(w)).join(' ')
  const filtered = Object.keys(request.filters).length > 0
  if (request.query.phrases.length > 0) tries.push({ text: t('withoutPhrase', { q: unquoted }), q: unquoted, filtered })
  if (request.query.excluded.length > 0) tries.push({ text: t('withoutExclusions', { q: withoutExclusions }), q: withoutExclusions, filtered })
  if (filtered) tries.push({ text: t('everywhere', { q: request.q }), q: request.q, filtered: false })
  const out: { text: string; url: string }[] = []
  for (const t of tries) {
    const query = parseQuery(t.q)
    const found = (await deps.search.search({ query, filters: t.filtered ? request.filters : {}, order: 'relevance', page: 1, pageSize: 1 })).hits.length > 0
    if (found) out.push({ text: t.text, url: `/tim-kiem?${new URLSearchParams({ q: t.q })}` })
  }
  return out
}

function hitModel(tree: CategoryTree, hit: SearchHit): SearchHitModel {
  const { categoryId } = hit.item
  return {
    url: hit.item.address,
    title: hit.title,
    snippet: hit.snippet,
    ...(categoryId !== undefined ? { category: { name: tree.find(categoryId)?.name ?? '', url: tree.url(categoryId) } } : {}),
    publishedAt: hit.item.publishedAt,
    hasAllTerms: hit.hasAllTerms,
    ...(hit.item.image ? { image: hit.item.image } : {}),
  }
}

function sendUncached(reply: FastifyReply, contentType: string, body: string): FastifyReply {
  return reply.header('cache-control', CACHE_CONTROL).header('x-robots-tag', 'noindex').type(contentType).send(body)
}

/** GET /api/v1/search?q=… (registered under /api/v1). */
export function searchApiRoutes(deps: Omit<SearchDeps, 'chrome'>) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    app.get('/search', {
      schema: { summary: 'Published articles (and other published items) matching a query, with or without diacritics', querystring: SearchApiQuery, response: { 200: SearchApiResponse, 400: ApiError } },
    }, async (req, reply) => {
      const tree = await deps.categories.tree()
      const { q, category, from, to, sort, page } = req.query
      const request = parseSearch({ q, category, from, to, order: sort, page }, tree)
      const results = await deps.search.search(request)
      const data = results.hits.map(({ item, ...hit }) => ({
        id: item.id,
        kind: item.kind,
        title: item.title,
        titleHtml: markedView(hit.title).value,
        url: item.address,
        snippet: partsText(hit.snippet),
        snippetHtml: markedView(hit.snippet).value,
        ...(item.categoryId !== undefined ? { category: { id: item.categoryId, name: tree.find(item.categoryId)?.name ?? '', path: tree.url(item.categoryId) } } : {}),
        publishedAt: item.publishedAt.toISOString(),
        hasAllTerms: hit.hasAllTerms,
      }))
      const body = { data, page: request.page, hasNextPage: results.hasNextPage, total: results.total, capped: results.capped }
      return sendUncached(reply, 'application/json; charset=utf-8', JSON.stringify(body))
    })
  }
}
