import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { AppError } from '../../platform/http/errors.ts'
import { once, readHeaders, sentFields } from '../../platform/http/request-schemas.ts'
import { LANGUAGES } from '../../platform/i18n/index.ts'
import type { SafeHtml } from '../../platform/views/html.ts'
import { errorWords, fromOurPages } from '../comments/index.ts'
import type { PortalChrome } from '../site/index.ts'
import { TRACKING_PATHS, type CaseTracking } from './case-tracking.ts'
import { caseMessages } from './messages.ts'
import { trackingView } from './views/tracking.view.ts'
import { citizenPage } from './citizen-pages.ts'

const TrackForm = sentFields('code', 'contact')
const PostHeaders = readHeaders('accept', 'sec-fetch-site', 'origin', 'host')

// /tra-cuu (and /en/track) answers outside the page cache and sets no cookie; the Origin / Sec-Fetch-Site check
// stops other sites posting through their visitors' browsers (as the readers' forms do).
export function trackingRoutes(deps: { tracking: CaseTracking; chrome: PortalChrome }) {
  const page = citizenPage(deps.chrome)
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    // One look-up in each language: an English asker's letter and pages send them to /en/track,
    // which shows the same case in English words (the limits are shared: they count per address).
    for (const lang of LANGUAGES) {
      const path = TRACKING_PATHS[lang]
      const locale = deps.chrome.locale(lang)
      const t = locale.t(caseMessages)
      const words = errorWords(locale)
      const sendPage = (reply: FastifyReply, status: number, main: SafeHtml) => page(reply, status, t('trackHeading'), main, lang)

      app.get(path, async (_req, reply) => sendPage(reply, 200, trackingView({ code: '', contact: '' }, locale)))

      app.post(path, { schema: { body: TrackForm, headers: PostHeaders } }, async (req, reply) => {
        const code = (once(req.body.code) ?? '').slice(0, 40)
        const contact = (once(req.body.contact) ?? '').slice(0, 200)
        if (!fromOurPages(req)) return sendPage(reply, 403, trackingView({ code, contact, message: t('crossSite') }, locale))
        try {
          const found = await deps.tracking.lookUp(code, contact, { ip: req.ip }, locale)
          return sendPage(reply, 200, trackingView({ code, contact, found }, locale))
        } catch (error) {
          if (!(error instanceof AppError) || (error.status !== 404 && error.status !== 429)) throw error
          if (error.status === 429 && 'retryAfterSeconds' in error) reply.header('retry-after', String(error.retryAfterSeconds))
          return sendPage(reply, error.status, trackingView({ code, contact, message: words(error) }, locale))
        }
      })
    }
  }
}
