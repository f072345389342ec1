import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { compressedCopies, type CompressedCopies } from './compression.ts'
import { NotFoundError } from './errors.ts'
import type { PublicResponder } from './public-response.ts'

/**
 * A stylesheet, script or font the pages link to under its content hash, so browsers keep it for
 * a year and a new version gets a new address. Text is compressed once, when the asset is made
 * (at start, or when the brand changes), at the best levels and on the thread pool, so that even
 * a large script (the editor's) never holds up the event loop: every reader after that gets the
 * same ready bytes.
 */
export interface HashedAsset {
  url: string
  body: Buffer
  contentType: string
  /** gzip and brotli of a text asset (undefined should compressing it fail); undefined for a font, which is compressed already. */
  compressed: Promise<CompressedCopies | undefined> | undefined
}

const TYPES = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', woff2: 'font/woff2' } as const
export type AssetType = keyof typeof TYPES

export const IMMUTABLE = 'public, max-age=31536000, immutable'

export function hashedAsset(name: string, content: string | Buffer, type: AssetType, prefix = '/assets'): HashedAsset {
  const body = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
  const hash = createHash('sha1').update(body).digest('hex').slice(0, 12)
  return { url: `${prefix}/${name}-${hash}.${type}`, body, contentType: TYPES[type], compressed: type === 'woff2' ? undefined : compressOnce(body) }
}

function compressOnce(body: Buffer): Promise<CompressedCopies | undefined> {
  // Nobody may be waiting when it fails: the asset then goes out as it is.
  return compressedCopies(body, 'asset').catch(() => undefined)
}

export function serveHashedAsset(app: FastifyInstance, responder: PublicResponder, asset: HashedAsset): void {
  app.get(asset.url, async (req, reply) => sendHashedAsset(req, reply, responder, asset))
}

/** The asset as a kept public page, with its ready gzip and brotli (the first reader may wait for them). */
export async function sendHashedAsset(req: FastifyRequest, reply: FastifyReply, responder: PublicResponder, asset: HashedAsset): Promise<FastifyReply> {
  const compressed = await asset.compressed
  return responder.send(req, reply, {
    contentType: asset.contentType, body: asset.body, tags: ['asset'], cacheControl: IMMUTABLE, ...(compressed ? { compressed } : {}),
  })
}

/**
 * Serves an asset made only when first asked for (the editor's scripts, bundled on first use):
 * `/assets/<name>-<hash>.<type>` answers the current bytes when the hash matches, kept and
 * compressed like every other hashed asset; any other hash is a 404.
 */
export function serveHashedAssetWhenMade(app: FastifyInstance, responder: PublicResponder, name: string, type: Exclude<AssetType, 'woff2'>, make: () => Promise<HashedAsset>): void {
  app.get(`/assets/${name}-:hash.${type}`, async (req, reply) => {
    const asset = await make()
    if (req.url.split('?')[0] !== asset.url) throw new NotFoundError('No such asset', 'Không tìm thấy tệp này.')
    return sendHashedAsset(req, reply, responder, asset)
  })
}
