import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import type { Db } from '../../platform/db/connect.ts'

export function healthRoutes(db: Db) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/healthz', async (_req, reply) => {
      reply.header('cache-control', 'no-store')
      try {
        await sql`select 1`.execute(db)
        return { status: 'ok', database: 'ok' }
      } catch (error) {
        app.log.error({ err: error }, 'health check: database unreachable')
        return reply.code(503).send({ status: 'unavailable', database: 'unreachable' })
      }
    })
  }
}
