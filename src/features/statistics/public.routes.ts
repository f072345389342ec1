import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { serveHashedAsset } from '../../platform/http/hashed-asset.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import { readHeaders, sentFields } from '../../platform/http/request-schemas.ts'
import type { PageKinds } from './page-kind.ts'
import { BEACON_SCRIPT, COUNTER_SCRIPT } from './statistics.blocks.ts'
import type { VisitRecorder } from './visit-recorder.ts'
import { countVisitorsSince, countVisits, readCounterSettings } from './visit.repository.ts'
import { dayAndHour, deviceOf, minuteOf, referrerDomain } from './visit.ts'

const BeaconQuery = sentFields('p', 'a', 'r')
const BeaconHeaders = readHeaders('origin', 'host', 'user-agent', 'referer')
/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')
/** Readers seen in this many minutes are "Đang truy cập". */
export const ONLINE_MINUTES = 5
/** The footer's numbers are worked out at most this often on an instance. */
const COUNTER_KEPT_MS = 10_000

export interface StatisticsRouteDeps {
  db: Db
  clock: Clock
  recorder: VisitRecorder
  kinds: PageKinds
  responder: PublicResponder
  publicUrl: string
}

/** POST /luot-truy-cap (the beacon), its image for readers without JavaScript, and the footer's numbers. */
export function publicStatisticsRoutes(deps: StatisticsRouteDeps) {
  const ownHost = new URL(deps.publicUrl).host
  let counter: { at: number; body: Promise<Record<string, number>> } | undefined

  async function count(req: FastifyRequest, path: string, articleId: number | null, referrer: string | undefined): Promise<void> {
    const { kind, categoryId } = await deps.kinds.of(path, articleId)
    const userAgent = req.headers['user-agent']
    await deps.recorder.record({
      kind, categoryId, articleId: kind === 'article' ? articleId : null,
      referrer: referrerDomain(referrer, [ownHost, req.headers.host ?? ownHost]), device: deviceOf(userAgent ?? ''),
    }, req.ip, userAgent)
  }

  async function numbers(): Promise<Record<string, number>> {
    const now = deps.clock.now().getTime()
    const today = dayAndHour(now).day
    const [shown, online, visits] = await Promise.all([readCounterSettings(deps.db), countVisitorsSince(deps.db, minuteOf(now) - ONLINE_MINUTES), countVisits(deps.db, today)])
    const out: Record<string, number> = {}
    if (shown.showOnline) out.online = Math.max(online, 1)
    if (shown.showToday) out.today = visits.today + deps.recorder.pendingOf(today)
    if (shown.showTotal) out.total = visits.total + deps.recorder.pendingTotal()
    return out
  }

  return async function routes(fastify: FastifyInstance): Promise<void> {
    serveHashedAsset(fastify, deps.responder, BEACON_SCRIPT)
    serveHashedAsset(fastify, deps.responder, COUNTER_SCRIPT)
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()

    // Anyone may send one; robots and floods are not counted (VisitRecorder). Nothing is answered
    // that would tell which, and nothing is set on the reader.
    app.post('/luot-truy-cap', { schema: { querystring: BeaconQuery, headers: BeaconHeaders } }, async (req, reply) => {
      const { p, a, r } = req.query
      // A beacon is no page: what is wrong with it is said in a line of English, not an error page.
      if (typeof p !== 'string' || !p.startsWith('/') || p.startsWith('//') || p.length > 500) return refuse(reply, 400, 'p must be the page\'s path, starting with /')
      if (a !== undefined && (typeof a !== 'string' || !/^[1-9]\d{0,8}$/.test(a))) return refuse(reply, 400, 'a must be an article id')
      if (r !== undefined && (typeof r !== 'string' || r.length > 1000)) return refuse(reply, 400, 'r must be one referring address')
      if (!fromOwnPage(req.headers.origin, req.headers.host, ownHost)) return refuse(reply, 403, 'visits are counted from the portal\'s own pages')
      await count(req, p, a === undefined ? null : Number(a), r)
      return reply.code(204).header('cache-control', 'no-store').send()
    })

    // The page is the image's Referer; an image asked for from anywhere else counts nothing.
    app.get('/luot-truy-cap/anh.gif', { schema: { headers: BeaconHeaders } }, async (req, reply) => {
      const page = ownPage(req.headers.referer, req.headers.host, ownHost)
      if (page !== undefined) await count(req, page, null, undefined)
      return pixel(reply)
    })

    app.get('/luot-truy-cap/so-lieu', async (_req, reply) => {
      const now = deps.clock.now().getTime()
      if (!counter || now - counter.at > COUNTER_KEPT_MS || now < counter.at) {
        counter = { at: now, body: numbers() }
        counter.body.catch(() => (counter = undefined))
      }
      return reply.header('cache-control', 'no-store').type('application/json; charset=utf-8').send(JSON.stringify(await counter.body))
    })
  }
}

function refuse(reply: FastifyReply, status: number, message: string): FastifyReply {
  return reply.code(status).header('cache-control', 'no-store').type('text/plain; charset=utf-8').send(`${message}\n`)
}

function pixel(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', 'no-store').type('image/gif').send(PIXEL)
}

// Browsers send Origin with a beacon: a page of another site could otherwise inflate the counts.
function fromOwnPage(origin: string | undefined, host: string | undefined, ownHost: string): boolean {
  if (origin === undefined) return true
  try {
    const from = new URL(origin).host
    return from === ownHost || from === host
  } catch {
    return false
  }
}

function ownPage(referer: string | undefined, host: string | undefined, ownHost: string): string | undefined {
  if (!referer) return undefined
  try {
    const url = new URL(referer)
    return url.host === ownHost || url.host === host ? url.pathname : undefined
  } catch {
    return undefined
  }
}
