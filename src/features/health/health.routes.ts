import type { FastifyInstance, FastifyRequest } from 'fastify'
import { sql } from 'kysely'
import type { Db } from '../../platform/db/connect.ts'
import type { RelayState } from '../../platform/redis/redis-relay.ts'

export interface HealthDeps {
  db: Db
  /** Present when REDIS_URL is set: whether events reach the other instances. */
  redis?: () => RelayState
  /**
   * What only the newsroom's administrator may read (the background jobs' last runs and errors),
   * or undefined for anyone else. A monitor's probe carries no session cookie and costs no lookup.
   */
  administratorDetail?: (req: FastifyRequest) => Promise<Record<string, unknown> | undefined>
}

// 503 only when this instance cannot serve (no database). Without Redis it still serves, with
// short cache lifetimes: "degraded", 200, so a load balancer keeps sending readers here.
export function healthRoutes({ db, redis, administratorDetail }: HealthDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/healthz', async (req, reply) => {
      reply.header('cache-control', 'no-store')
      const redisState = redis?.()
      const redisReport = redisState === undefined ? {} : { redis: redisState === 'up' ? 'ok' : 'unreachable' }
      try {
        await sql`select 1`.execute(db)
      } catch (error) {
        app.log.error({ err: error }, 'health check: database unreachable')
        return reply.code(503).send({ status: 'unavailable', database: 'unreachable', ...redisReport })
      }
      const detail = await administratorDetail?.(req)
      return { status: redisState === undefined || redisState === 'up' ? 'ok' : 'degraded', database: 'ok', ...redisReport, ...detail }
    })
  }
}
