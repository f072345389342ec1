import swagger from '@fastify/swagger'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

// The OpenAPI document is generated from the same schemas that validate requests, so the two
// cannot drift apart. Only routes under /api/v1 are described.
export const openApiPlugin = fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Tòa Soạn public API', version: '1.0.0', description: 'Categories and published articles of the portal. Errors are JSON: {"error": {"code", "message"}}.' },
      servers: [{ url: '/api/v1' }],
    },
    hideUntagged: false,
    transform: ({ schema, url }) => ({ schema: url.startsWith('/api/v1/') && url !== '/api/v1/openapi.json' ? schema : { ...schema, hide: true }, url: url.replace(/^\/api\/v1/, '') }),
  })
})

export function openApiRoute(app: FastifyInstance): void {
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async (_req, reply) => {
    reply.header('cache-control', 'public, max-age=300')
    return app.swagger()
  })
}
