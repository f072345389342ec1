import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import type { Db } from '../../platform/db/connect.ts'
import type { RelayState } from '../../platform/redis/redis-relay.ts'

export interface HealthDeps {
  db: Db
  /** Present when REDIS_URL is set: whether events reach the other instances. */
  redis?: () => RelayState
}

// 503 only when this instance cannot serve (no database). Without Redis it still serves, with
// short cache lifetimes: "degraded", 200, so a load balancer keeps sending readers here.
export function healthRoutes({ db, redis }: HealthDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/healthz', async (_req, reply) => {
      reply.header('cache-control', 'no-store')
      const redisState = redis?.()
      const redisReport = redisState === undefined ? {} : { redis: redisState === 'up' ? 'ok' : 'unreachable' }
      try {
        await sql`select 1`.execute(db)
      } catch (error) {
        app.log.error({ err: error }, 'health check: database unreachable')
        return reply.code(503).send({ status: 'unavailable', database: 'unreachable', ...redisReport })
      }
      return { status: redisState === undefined || redisState === 'up' ? 'ok' : 'degraded', database: 'ok', ...redisReport }
    })
  }
}
