import { createHash } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import type { PublicResponder } from './public-response.ts'

/**
 * A stylesheet or script the pages link to under its content hash, so browsers keep it for a
 * year and a new version gets a new address. Served from the page cache like a page.
 */
export interface HashedAsset {
  url: string
  body: string | Buffer
  contentType: string
}

const TYPES = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' } as const

export function hashedAsset(name: string, body: string | Buffer, type: keyof typeof TYPES): HashedAsset {
  const hash = createHash('sha1').update(body).digest('hex').slice(0, 12)
  return { url: `/assets/${name}-${hash}.${type}`, body, contentType: TYPES[type] }
}

export function serveHashedAsset(app: FastifyInstance, responder: PublicResponder, asset: HashedAsset): void {
  app.get(asset.url, async (req, reply) => responder.send(req, reply, {
    contentType: asset.contentType, body: asset.body, tags: ['asset'], cacheControl: 'public, max-age=31536000, immutable',
  }))
}
