import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Db } from '../../platform/db/connect.ts'
import { NotFoundError } from '../../platform/http/errors.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import { once, pathParams, sentFields } from '../../platform/http/request-schemas.ts'
import type { Lang } from '../../platform/i18n/index.ts'
import { findMedia, mediaUrl } from '../media/index.ts'
import { breadcrumbView, siteMessages, type Crumb, type PortalChrome } from '../site/index.ts'
import { structureJsonLd } from './json-ld.ts'
import { structureMessages } from './messages.ts'
import { buildChart, searchPeople, type OrgChart } from './org-chart.ts'
import { ENGLISH_PATHS, STRUCTURE_TAG, VIETNAMESE_PATHS, type StructurePaths } from './paths.ts'
import { listPeople, listUnits } from './structure.repository.ts'
import { personVcard } from './vcard.ts'
import { directoryView } from './views/directory.view.ts'
import { structurePageView } from './views/structure-page.view.ts'

export interface StructureRoutesDeps {
  db: Db
  chrome: PortalChrome
  responder: PublicResponder
  publicUrl: string
  mediaPublicUrl: string | undefined
}

const HTML = 'text/html; charset=utf-8'
const QUERY_MAX = 100

/** /co-cau-to-chuc, its directory and each person's vCard; the same in English under /en/organisation. */
export function structureRoutes(deps: StructureRoutesDeps) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    for (const paths of [VIETNAMESE_PATHS, ENGLISH_PATHS]) {
      app.get(paths.chart, (req, reply) => sendChart(req, reply, paths))
      app.get(paths.directory, { schema: { querystring: sentFields('q') } }, (req, reply) => sendDirectory(req, reply, paths, req.query.q === undefined ? '' : once(req.query.q)))
    }
    app.get('/co-cau-to-chuc/danh-ba/:file', { schema: { params: pathParams('file') } }, async (req, reply) => {
      const id = /^([1-9]\d{0,8})\.vcf$/.exec(req.params.file)?.[1]
      if (!id) throw new NotFoundError()
      const chart = await chartOf('vi')
      const person = chart.everyone.find((p) => p.id === Number(id))
      if (!person) throw new NotFoundError()
      const organisation = chart.roots[0]?.name.text ?? (await deps.chrome.settings()).name
      return deps.responder.send(req, reply, {
        contentType: 'text/vcard; charset=utf-8', body: personVcard(person, organisation, deps.publicUrl), tags: [STRUCTURE_TAG],
        extraHeaders: { 'content-disposition': `attachment; filename="can-bo-${person.id}.vcf"` },
      })
    })
  }

  async function chartOf(lang: Lang): Promise<OrgChart> {
    const [units, people] = await Promise.all([listUnits(deps.db), listPeople(deps.db)])
    const photos = new Map<number, { src: string; alt: string }>()
    for (const id of new Set(people.flatMap((p) => (p.photoMediaId === null ? [] : [p.photoMediaId])))) {
      const item = await findMedia(deps.db, id)
      if (item && item.widths.length) photos.set(id, { src: mediaUrl(item, item.widths[0]!, deps.mediaPublicUrl), alt: item.alt })
    }
    return buildChart(units, people, lang, photos)
  }

  function crumbs(paths: StructurePaths, last?: string): Crumb[] {
    const locale = deps.chrome.locale(paths.lang)
    const home = { name: locale.t(siteMessages)('home'), url: paths.lang === 'en' ? '/en/' : '/' }
    const heading = locale.t(structureMessages)('heading')
    return last === undefined ? [home, { name: heading }] : [home, { name: heading, url: paths.chart }, { name: last }]
  }

  async function sendChart(req: FastifyRequest, reply: FastifyReply, paths: StructurePaths) {
    const locale = deps.chrome.locale(paths.lang)
    const t = locale.t(structureMessages)
    const chart = await chartOf(paths.lang)
    const trail = crumbs(paths)
    const body = await deps.chrome.page({
      lang: paths.lang, title: t('heading'), description: t('description'), canonicalPath: paths.chart, breadcrumb: trail,
      main: structurePageView({ chart, paths, breadcrumb: breadcrumbView(trail, locale) }, locale),
      jsonLd: structureJsonLd(chart, deps.publicUrl + paths.chart, deps.publicUrl, paths.lang),
      alternates: [{ lang: 'vi', path: VIETNAMESE_PATHS.chart }, { lang: 'en', path: ENGLISH_PATHS.chart }],
    })
    return deps.responder.send(req, reply, { contentType: HTML, body, tags: [STRUCTURE_TAG, 'layout'] })
  }

  async function sendDirectory(req: FastifyRequest, reply: FastifyReply, paths: StructurePaths, query: string | undefined) {
    const locale = deps.chrome.locale(paths.lang)
    const t = locale.t(structureMessages)
    // A repeated or overlong ?q= is not a search anyone typed: the whole directory instead, not a 400.
    const q = query === undefined ? '' : query.normalize('NFC').trim().slice(0, QUERY_MAX)
    const chart = await chartOf(paths.lang)
    const trail = crumbs(paths, t('directoryHeading'))
    const body = await deps.chrome.page({
      lang: paths.lang, title: t('directoryHeading'), description: t('description'), canonicalPath: paths.directory, breadcrumb: trail,
      main: directoryView({ chart, found: searchPeople(chart.everyone, q), query: q, paths, breadcrumb: breadcrumbView(trail, locale) }, locale),
      alternates: [{ lang: 'vi', path: VIETNAMESE_PATHS.directory }, { lang: 'en', path: ENGLISH_PATHS.directory }],
      ...(q ? { noindex: true } : {}),
    })
    return deps.responder.send(req, reply, { contentType: HTML, body, tags: [STRUCTURE_TAG, 'layout'] })
  }
}
