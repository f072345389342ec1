import { readFileSync } from 'node:fs'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { FastifyInstance } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { ApiError } from '../../platform/http/api-error.ts'
import { hashedAsset, serveHashedAsset } from '../../platform/http/hashed-asset.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import { ALERT_LEVELS, dismissKey, type Alert } from './alert.ts'
import { listActiveAlerts } from './alert.repository.ts'

/** The readers' "hide" button (browser/dismiss.js says how). */
export const DISMISS_SCRIPT = hashedAsset('canh-bao', readFileSync(new URL('./browser/dismiss.js', import.meta.url)), 'js')

const AlertJson = Type.Object({
  id: Type.Integer(),
  /** Changes with the alert's words: what a client that lets readers hide alerts should remember. */
  key: Type.String(),
  level: Type.Union(ALERT_LEVELS.map((l) => Type.Literal(l))),
  text: Type.Object({ vi: Type.String(), en: Type.Union([Type.String(), Type.Null()]) }),
  link: Type.Union([Type.String(), Type.Null()]),
  startsAt: Type.String({ format: 'date-time' }),
  endsAt: Type.String({ format: 'date-time' }),
})
const AlertList = Type.Object({ data: Type.Array(AlertJson) })
const NoQuery = Type.Object({}, { additionalProperties: false })

const alertJson = (alert: Alert) => ({
  id: alert.id, key: dismissKey(alert), level: alert.level, text: { vi: alert.textVi, en: alert.textEn || null }, link: alert.link || null,
  startsAt: alert.startsAt.toISOString(), endsAt: alert.endsAt.toISOString(),
})

/** GET /api/v1/alerts (the active alerts) and the hide button's script. */
export function publicAlertRoutes(deps: { db: Db; clock: Clock; responder: PublicResponder }) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    serveHashedAsset(fastify, deps.responder, DISMISS_SCRIPT)
    fastify.withTypeProvider<TypeBoxTypeProvider>().get('/api/v1/alerts', {
      schema: { summary: 'The urgent alerts shown now on every page, the most urgent first', querystring: NoQuery, response: { 200: AlertList, 400: ApiError } },
    }, async (req, reply) => {
      const data = (await listActiveAlerts(deps.db, deps.clock.now())).map(alertJson)
      // Purged with every page ('layout') whenever what the pages show of the alerts changes.
      return deps.responder.send(req, reply, { contentType: 'application/json; charset=utf-8', body: JSON.stringify({ data }), tags: ['layout'] })
    })
  }
}
