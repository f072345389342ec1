import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import { STYLESHEET_URL } from './portal-chrome.ts'
import { SITE_CSS } from './views/site.css.ts'

export interface SiteRouteDeps {
  mediaDir: string
  responder: PublicResponder
}

export function siteRoutes(deps: SiteRouteDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    // The stylesheet's URL carries its hash, so it may be kept for a year.
    app.get(STYLESHEET_URL, async (req, reply) =>
      deps.responder.send(req, reply, { contentType: 'text/css; charset=utf-8', body: SITE_CSS, tags: ['asset'], cacheControl: 'public, max-age=31536000, immutable' }))

    app.get('/robots.txt', async (req, reply) =>
      deps.responder.send(req, reply, { contentType: 'text/plain; charset=utf-8', body: 'User-agent: *\nDisallow: /api/\n', tags: ['asset'] }))

    const root = resolve(deps.mediaDir)
    mkdirSync(root, { recursive: true })
    await app.register(fastifyStatic, {
      root,
      prefix: '/media/',
      decorateReply: false,
      index: false,
      maxAge: '7d',
      // Uploaded files are never documents of this site: no scripts, no frames, even in an SVG.
      setHeaders: (res) => res.setHeader('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"),
    })
  }
}
