import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import { StorageUnavailableError, type MediaStorage } from '../../platform/storage/index.ts'
import { IMMUTABLE, sendHashedAsset, serveHashedAsset } from '../../platform/http/hashed-asset.ts'
import type { PortalChrome } from './portal-chrome.ts'
import { BRAND_PREVIEW_SCRIPT } from './brand/brand-preview.ts'
import { FONT_CATALOGUE, FONT_FACES } from './brand/fonts.ts'
import { STYLESHEET } from './stylesheet.ts'
import { READING_TOOLS_SCRIPT } from './reading-tools.ts'
import { IconParams, MediaHeaders, MediaKeyParams } from './site.schemas.ts'
import { ICON_SIZES, MANIFEST_PATH, type IconSize } from './brand/site-icons.ts'

export interface SiteRouteDeps {
  media: MediaStorage
  responder: PublicResponder
  /** The portal's configured address (PUBLIC_URL): robots.txt names the sitemap absolutely. */
  publicUrl: string
  /** The theme's stylesheet and the brand stylesheets it keeps. */
  chrome: PortalChrome
  /** The starts of the storage keys served at /media/ (the modules' `publicMedia`); any other key is not found. */
  publicMedia: readonly string[]
}

// Uploaded files are never documents of this site: no scripts, no frames, even in an SVG.
const MEDIA_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"
// An upload's name is random and never reused, so its bytes never change.
const UPLOAD_CACHE = 'public, max-age=31536000, immutable'
const OTHER_MEDIA_CACHE = 'public, max-age=604800'
// /favicon.ico and the manifest keep their names when the logo changes: browsers ask again daily.
const ICON_CACHE = 'public, max-age=86400'

/** If-None-Match names this version (weak comparison, as RFC 9110 asks for GET). */
function stillFresh(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  const bare = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => bare(tag) === bare(etag))
}

export function siteRoutes(deps: SiteRouteDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    // The stylesheet's URL carries its hash, so it may be kept for a year.
    serveHashedAsset(app, deps.responder, STYLESHEET)
    serveHashedAsset(app, deps.responder, READING_TOOLS_SCRIPT)
    for (const asset of [FONT_CATALOGUE, BRAND_PREVIEW_SCRIPT, ...FONT_FACES.map((f) => f.asset)]) serveHashedAsset(app, deps.responder, asset)
    if (deps.chrome.theme.stylesheet) serveHashedAsset(app, deps.responder, deps.chrome.theme.stylesheet)
    // Made when the tokens change, so not known at start: found among those this instance made.
    app.get('/assets/thuong-hieu-:hash.css', async (req, reply) => {
      await deps.chrome.brandStylesheetUrl()
      const asset = deps.chrome.brandStylesheets.find(req.url)
      if (!asset) return reply.callNotFound()
      return sendHashedAsset(req, reply, deps.responder, asset)
    })

    // The icons of the logo chosen now: purged with the header ('layout') when the settings change.
    app.get('/favicon.ico', async (req, reply) => {
      const icons = await deps.chrome.icons.current()
      return deps.responder.send(req, reply, { contentType: 'image/x-icon', body: icons.favicon, tags: ['layout'], cacheControl: ICON_CACHE })
    })
    app.get(MANIFEST_PATH, async (req, reply) => {
      const icons = await deps.chrome.icons.current()
      return deps.responder.send(req, reply, { contentType: 'application/manifest+json; charset=utf-8', body: icons.manifest, tags: ['layout'], cacheControl: ICON_CACHE })
    })
    // Named by the logo they were made from; a page cached just before a change finds the previous set.
    app.withTypeProvider<TypeBoxTypeProvider>().get('/assets/bieu-tuong-:key-:size.png', { schema: { params: IconParams } }, async (req, reply) => {
      await deps.chrome.icons.current()
      const size = Number(req.params.size) as IconSize
      const body = ICON_SIZES.includes(size) ? deps.chrome.icons.find(req.params.key)?.png.get(size) : undefined
      if (!body) return reply.callNotFound()
      return deps.responder.send(req, reply, { contentType: 'image/png', body, tags: ['asset'], cacheControl: IMMUTABLE })
    })

    const robots = `User-agent: *\nDisallow: /api/\n\nSitemap: ${deps.publicUrl}/sitemap.xml\n`
    app.get('/robots.txt', async (req, reply) =>
      deps.responder.send(req, reply, { contentType: 'text/plain; charset=utf-8', body: robots, tags: ['asset'] }))

    // Media come from the storage (the local folder or a bucket), whichever instance is asked.
    app.withTypeProvider<TypeBoxTypeProvider>().get('/media/*', { schema: { params: MediaKeyParams, headers: MediaHeaders } }, async (req, reply) => {
      const key = req.params['*']
      if (!deps.publicMedia.some((start) => key.startsWith(start))) return reply.callNotFound()
      const stored = await deps.media.get(key).catch((error: unknown) => {
        if (!(error instanceof StorageUnavailableError)) throw error
        req.log.error({ err: error }, 'media storage unavailable')
        throw error
      })
      if (!stored) return reply.callNotFound()
      reply
        .header('content-security-policy', MEDIA_CSP)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', key.startsWith('uploads/') ? UPLOAD_CACHE : OTHER_MEDIA_CACHE)
        .header('etag', stored.etag)
      if (stillFresh(req.headers['if-none-match'], stored.etag)) {
        stored.body.destroy()
        return reply.code(304).send()
      }
      return reply.header('content-type', stored.contentType).header('content-length', stored.length).send(stored.body)
    })
  }
}
