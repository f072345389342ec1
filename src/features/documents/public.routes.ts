import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Db } from '../../platform/db/connect.ts'
import { NotFoundError } from '../../platform/http/errors.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import { pathParams, Sent } from '../../platform/http/request-schemas.ts'
import { html, trustedHtml, type SafeHtml } from '../../platform/views/html.ts'
import type { ContentParts } from '../../platform/content/index.ts'
import type { Locale } from '../../platform/i18n/index.ts'
import { sanitizeArticleBody } from '../articles/index.ts'
import { rssView } from '../feeds/index.ts'
import { breadcrumbView, siteMessages, type Crumb, type PortalChrome } from '../site/index.ts'
import { documentFileUrl, ENGLISH_PATHS, isBadFilter, issuerFeedUrl, kindFeedUrl, readRegisterQuery, VIETNAMESE_PATHS, type BadFilter, type RegisterPaths } from './document-paths.ts'
import { DOCUMENT_LIST_TAG, documentTag } from './document-tags.ts'
import { documentMessages } from './messages.ts'
import { findIssuer, findKind, findPublishedDocumentBySlug, listNewestDocuments, readListedDocuments, type DocumentDetail, type DocumentFacets, type DocumentFilters } from './public.repository.ts'
import type { RegisterIndex } from './register-index.ts'
import { badFilterView } from './views/documents-bad-filter.view.ts'
import { documentListView } from './views/documents-list.view.ts'
import { documentPageView } from './views/documents-page.view.ts'
import { dayText } from './views/documents-words.view.ts'

export interface DocumentRoutesDeps {
  db: Db
  /** What the list and its facet counts find. */
  register: RegisterIndex
  chrome: PortalChrome
  responder: PublicResponder
  /** PUBLIC_URL: absolute links in feeds and JSON-LD. */
  publicUrl: string
  /** A draft's consultation (góp ý dự thảo) after its files: empty for a document without one. */
  consultation?: (documentId: number, locale: Locale) => Promise<SafeHtml>
  /** What the modules show under an item's own content (ModuleContext.contentParts): after the consultation. */
  contentParts?: ContentParts
}

/** A query string of any fields, each sent once or repeated. */
const AnySentFields = Type.Record(Type.String(), Sent)

export const DOCUMENT_PAGE_SIZE = 20
const FEED_SIZE = 30
const HTML = 'text/html; charset=utf-8'

const LEGAL_FORCE = { in_force: 'InForce', partly_expired: 'PartiallyInForce', expired: 'NotInForce', suspended: 'NotInForce', not_yet: 'NotInForce' } as const

/** /van-ban and a document's page, in Vietnamese and under /en/documents; the feeds of a kind and of an issuer. */
export function documentRoutes(deps: DocumentRoutesDeps) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    for (const paths of [VIETNAMESE_PATHS, ENGLISH_PATHS]) {
      // The filters' names differ by language (?loai= and ?kind=): any field, each once or repeated; readRegisterQuery judges them.
      app.get(paths.list, { schema: { querystring: AnySentFields } }, (req, reply) => sendList(req, reply, paths, req.query))
      app.get(`${paths.list}/:slug`, { schema: { params: pathParams('slug') } }, (req, reply) => sendDocument(req, reply, paths, req.params.slug))
    }
    app.get('/van-ban/rss/loai/:id', { schema: { params: pathParams('id') } }, async (req, reply) => {
      const kind = await findKind(deps.db, idOf(req.params.id))
      if (!kind) throw new NotFoundError()
      return sendFeed(req, reply, vi('feedOfKind', kind.name), kindFeedUrl(kind.id), await listNewestDocuments(deps.db, FEED_SIZE, { kindId: kind.id }))
    })
    app.get('/van-ban/rss/co-quan/:id', { schema: { params: pathParams('id') } }, async (req, reply) => {
      const issuer = await findIssuer(deps.db, idOf(req.params.id))
      if (!issuer) throw new NotFoundError()
      return sendFeed(req, reply, vi('feedOfIssuer', issuer.name), issuerFeedUrl(issuer.id), await listNewestDocuments(deps.db, FEED_SIZE, { issuerId: issuer.id }))
    })
  }

  function vi(key: 'feedOfKind' | 'feedOfIssuer', name: string): string {
    return deps.chrome.locale('vi').t(documentMessages)(key, { name })
  }

  function crumbs(paths: RegisterPaths, last?: string): Crumb[] {
    const locale = deps.chrome.locale(paths.lang)
    const home = { name: locale.t(siteMessages)('home'), url: paths.lang === 'en' ? '/en/' : '/' }
    const register = locale.t(documentMessages)('heading')
    return last === undefined ? [home, { name: register }] : [home, { name: register, url: paths.list }, { name: last }]
  }

  async function sendList(req: FastifyRequest, reply: FastifyReply, paths: RegisterPaths, sent: Record<string, Sent>) {
    const query = readRegisterQuery(sent, paths.params)
    if (isBadFilter(query)) return sendBadFilter(reply, paths, query)
    const { ids, next, facets } = await deps.register.find(query.filters, query.after, DOCUMENT_PAGE_SIZE)
    const list = { documents: await readListedDocuments(deps.db, ids), next }
    const locale = deps.chrome.locale(paths.lang)
    const t = locale.t(documentMessages)
    const trail = crumbs(paths)
    const feed = feedOf(query.filters, facets)
    const main = documentListView({ paths, filters: query.filters, list, facets, breadcrumb: breadcrumbView(trail, locale) }, locale)
    const body = await deps.chrome.page({
      lang: paths.lang, title: t('heading'), description: t('description'), canonicalPath: paths.list, breadcrumb: trail, main,
      alternates: [{ lang: 'vi', path: VIETNAMESE_PATHS.list }, { lang: 'en', path: ENGLISH_PATHS.list }],
      ...(feed ? { feed } : {}),
      // Searches and narrowed lists are for readers, not for search engines to keep.
      ...(req.url !== paths.list ? { noindex: true } : {}),
    })
    return deps.responder.send(req, reply, { contentType: HTML, body, tags: [DOCUMENT_LIST_TAG, 'layout'] })
  }

  /** 400, in the page's language: which filter is wrong, and the list without any. Not cached: addresses like these are endless. */
  async function sendBadFilter(reply: FastifyReply, paths: RegisterPaths, bad: BadFilter) {
    const locale = deps.chrome.locale(paths.lang)
    const t = locale.t(documentMessages)
    const trail = crumbs(paths, t('badFilterTitle'))
    const main = badFilterView({ paths, bad, breadcrumb: breadcrumbView(trail, locale) }, locale)
    const body = await deps.chrome.page({ lang: paths.lang, title: t('badFilterTitle'), description: t('description'), canonicalPath: paths.list, breadcrumb: trail, main, noindex: true })
    return reply.code(400).header('cache-control', 'no-store').type(HTML).send(body.toString())
  }

  /** The feed of the kind or issuer chosen, offered to feed readers (the kind's when both are). */
  function feedOf(filters: DocumentFilters, facets: DocumentFacets): { title: string; path: string } | undefined {
    const kind = facets.kind.find((v) => v.value === String(filters.kindId))
    if (kind) return { title: vi('feedOfKind', kind.label), path: kindFeedUrl(Number(kind.value)) }
    const issuer = facets.issuer.find((v) => v.value === String(filters.issuerId))
    return issuer ? { title: vi('feedOfIssuer', issuer.label), path: issuerFeedUrl(Number(issuer.value)) } : undefined
  }

  async function sendDocument(req: FastifyRequest, reply: FastifyReply, paths: RegisterPaths, slug: string) {
    const document = await findPublishedDocumentBySlug(deps.db, slug)
    if (!document) throw new NotFoundError()
    const locale = deps.chrome.locale(paths.lang)
    const t = locale.t(documentMessages)
    const heading = t('documentTitle', { kind: document.kind.name, number: document.number })
    const trail = crumbs(paths, heading)
    const bodyHtml = document.bodyHtml.trim() ? sanitizeArticleBody(document.bodyHtml) : ''
    const citation = t('citation', { kind: document.kind.name, number: document.number, date: dayText(locale, document.issuedOn), issuer: document.issuer.name, summary: document.summary })
    const [consultation, below] = await Promise.all([deps.consultation?.(document.id, locale), deps.contentParts?.below({ kind: 'document', id: document.id }, locale)])
    const page = documentPageView({ document, paths, breadcrumb: breadcrumbView(trail, locale), body: bodyHtml ? trustedHtml(bodyHtml) : undefined, citation, ...(consultation ? { consultation } : {}) }, locale)
    const main = html`${page}${below}`
    const canonicalPath = paths.document(document.slug)
    const body = await deps.chrome.page({
      lang: paths.lang, title: heading, description: document.summary, canonicalPath, breadcrumb: trail, main,
      jsonLd: legislationJsonLd(document, deps.publicUrl + canonicalPath, deps.publicUrl),
      alternates: [{ lang: 'vi', path: VIETNAMESE_PATHS.document(document.slug) }, { lang: 'en', path: ENGLISH_PATHS.document(document.slug) }],
    })
    // Every document page lists others (its relations): any change to the register refreshes it.
    return deps.responder.send(req, reply, { contentType: HTML, body, tags: [documentTag(document.id), DOCUMENT_LIST_TAG, 'layout'] })
  }

  async function sendFeed(req: FastifyRequest, reply: FastifyReply, title: string, path: string, documents: Awaited<ReturnType<typeof listNewestDocuments>>) {
    const site = await deps.chrome.settings()
    const t = deps.chrome.locale('vi').t(documentMessages)
    const body = rssView({
      title: `${title} - ${site.name}`,
      link: deps.publicUrl + VIETNAMESE_PATHS.list,
      description: title,
      selfUrl: deps.publicUrl + path,
      items: documents.map((d) => ({
        title: t('documentTitle', { kind: d.kind.name, number: d.number }),
        url: deps.publicUrl + VIETNAMESE_PATHS.document(d.slug),
        lead: d.summary,
        publishedAt: d.publishedAt,
        categoryName: d.kind.name,
        creator: d.issuer.name,
      })),
    })
    return deps.responder.send(req, reply, { contentType: 'application/rss+xml; charset=utf-8', body, tags: [DOCUMENT_LIST_TAG, 'layout'] })
  }
}

function idOf(text: string): number {
  if (!/^[1-9]\d{0,9}$/.test(text) || Number(text) > 2147483647) throw new NotFoundError()
  return Number(text)
}

/** schema.org Legislation for the kinds that have legal force; the others are plain pages. */
function legislationJsonLd(d: DocumentDetail, url: string, publicUrl: string) {
  if (d.validity === null) return undefined
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: `${d.kind.name} ${d.number}`,
    legislationIdentifier: d.number,
    legislationType: d.kind.name,
    legislationDate: d.issuedOn,
    ...(d.effectiveFrom ? { legislationDateVersion: d.effectiveFrom } : {}),
    legislationPassedBy: { '@type': 'Organization', name: d.issuer.name },
    legislationLegalForce: `https://schema.org/${LEGAL_FORCE[d.validity]}`,
    abstract: d.summary,
    inLanguage: 'vi',
    url,
    ...(d.files.length ? {
      encoding: d.files.map((f) => ({ '@type': 'LegislationObject', contentUrl: publicUrl + documentFileUrl(f), encodingFormat: f.mediaType })),
    } : {}),
  }
}
