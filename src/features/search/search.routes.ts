import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { ApiError } from '../../platform/http/api-error.ts'
import { BadRequestError } from '../../platform/http/errors.ts'
import type { CategoryDirectory, CategoryTree } from '../categories/index.ts'
import { SEARCH_ALTERNATES, type PortalChrome } from '../site/index.ts'
import { foldedText, isEmptyQuery, parseQuery } from './query-parser.ts'
import type { SearchOrder } from './ranking.ts'
import { SearchApiQuery, SearchApiResponse, SearchPageQuery } from './search.schemas.ts'
import { kindName, kindOfSlug, kindSlug, knownKind, parseSearch, type ParsedSearch } from './search-request.ts'
import { PAGE_SIZE, type Search, type SearchHit } from './search.service.ts'
import { partsText } from './snippet.ts'
import { markedView, searchPageView, type KindFacetModel, type SearchHitModel, type SearchPageModel } from './views/search-page.view.ts'
import { phrase, say, type Locale, type Translate } from '../../platform/i18n/index.ts'
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

/** The page's form as the reader sent it (empty when not chosen): what its links carry on. */
interface SearchForm {
  category: string
  /** The kind's slug (loai=van-ban). */
  kind: string
  from: string
  to: string
}

/** GET /tim-kiem?q=…&chuyen-muc=…&loai=van-ban&tu=YYYY-MM-DD&den=YYYY-MM-DD&sap-xep=moi-nhat&trang=N */
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
      const kindText = text('loai')
      const kind = kindText !== undefined ? kindOfSlug(kindText, deps.search.kinds()) : undefined
      const tree = await deps.categories.tree()
      const request = parseSearch({
        q: text('q'), category: text('chuyen-muc'), kind, from: text('tu'), to: text('den'),
        order: order ? ORDERS[order] : undefined, page: pageText ? Number(pageText) : undefined,
      }, tree)
      const model = await searchPage(deps, tree, request, { category: text('chuyen-muc') ?? '', kind: kindText ?? '', from: text('tu') ?? '', to: text('den') ?? '' })
      const locale = deps.chrome.locale('vi')
      const t = locale.t(searchMessages)
      const body = await deps.chrome.page({
        title: request.q ? t('title', { q: request.q }) : t('heading'), description: t('description'), noindex: true, alternates: [...SEARCH_ALTERNATES], main: searchPageView(model, locale),
      })
      return sendUncached(reply, 'text/html; charset=utf-8', body.toString())
    })
  }
}

/** The page's address for this search, with its kind and page changed. */
function searchUrl(request: ParsedSearch, form: SearchForm, change: { kind?: string; page?: number } = {}): string {
  const kind = change.kind ?? form.kind
  const page = change.page ?? 1
  return `/tim-kiem?${new URLSearchParams({
    q: request.q, ...(form.category ? { 'chuyen-muc': form.category } : {}), ...(kind ? { loai: kind } : {}), ...(form.from ? { tu: form.from } : {}), ...(form.to ? { den: form.to } : {}),
    ...(request.order === 'newest' ? { 'sap-xep': 'moi-nhat' } : {}), ...(page > 1 ? { trang: String(page) } : {}),
  })}`
}

async function searchPage(deps: SearchDeps, tree: CategoryTree, request: ParsedSearch, form: SearchForm): Promise<SearchPageModel> {
  const locale = deps.chrome.locale('vi')
  const t = locale.t(searchMessages)
  const kinds = deps.search.kinds()
  const model: SearchPageModel = {
    q: request.q, ...form, order: request.order,
    categories: tree.all().map((c) => ({ slug: c.slug, name: c.name, depth: tree.lineage(c.id).length - 1 })),
    // One kind alone is no choice: the portal without the documents module shows no kind at all.
    kinds: kinds.length > 1 ? kinds.map((k) => ({ slug: kindSlug(k), label: say(locale, k.label) })) : [],
  }
  if (isEmptyQuery(request.query)) return model
  const [results, facet] = await Promise.all([deps.search.search(request), model.kinds.length ? kindFacet(deps, request, form, locale) : undefined])
  if (facet) model.kindFacet = facet
  if (results.hits.length === 0) {
    model.nothingFound = { folded: foldedText(request.query) || request.q, suggestions: await suggestions(deps, request, t), filtered: Object.keys(request.filters).length > 0 }
    return model
  }
  const pageUrl = (page: number) => searchUrl(request, form, { page })
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

/** "Tất cả · Bài viết (12) · Văn bản (3)": links to the search narrowed to each kind, its other filters kept. */
async function kindFacet(deps: SearchDeps, request: ParsedSearch, form: SearchForm, locale: Locale): Promise<KindFacetModel> {
  const t = locale.t(searchMessages)
  const { kinds: _chosen, ...others } = request.filters
  const counts = await deps.search.countKinds({ ...request, filters: others, page: 1 })
  return [
    { label: t('allKinds'), url: searchUrl(request, form, { kind: '' }), current: form.kind === '' },
    ...counts.map((c) => ({
      label: t(c.capped ? 'kindCountCapped' : 'kindCount', { label: say(locale, c.label), count: c.count }),
      url: searchUrl(request, form, { kind: kindSlug(c) }), current: form.kind === kindSlug(c),
    })),
  ]
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
      const { q, category, kind, from, to, sort, page } = req.query
      const request = parseSearch({ q, category, kind: kind === undefined ? undefined : knownKind(kind, deps.search.kinds()), from, to, order: sort, page }, tree)
      const { kinds: _chosen, ...others } = request.filters
      const [results, kinds] = await Promise.all([deps.search.search(request), deps.search.countKinds({ ...request, filters: others, page: 1 })])
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
      const body = { data, kinds: kinds.map((k) => ({ kind: k.kind, label: kindName(k), count: k.count, capped: k.capped })), page: request.page, hasNextPage: results.hasNextPage, total: results.total, capped: results.capped }
      return sendUncached(reply, 'application/json; charset=utf-8', JSON.stringify(body))
    })
  }
}
