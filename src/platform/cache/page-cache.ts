import { hash } from 'node:crypto'
import { COMPRESS_FROM_BYTES, isCompressibleType, type Encoding } from '../http/compression.ts'
import { PageText } from '../views/page-text.ts'

// Anonymous responses, kept as ready-to-send bytes: encoded once, compressed once (off the
// event loop, see page-compression.ts), so a hit costs a Map lookup and a socket write. Each entry carries tags naming what it shows
// ("article:12", "category:3", "layout"), and a change purges exactly the tags it affects.
export interface CachedPage {
  readonly status: number
  readonly etag: string
  readonly identity: PageVariant
  readonly gzip: PageVariant | undefined
  readonly brotli: PageVariant | undefined
  /** How the compressed variants were made: not yet, at a fast level, or at the best level. */
  readonly compression: 'none' | 'fast' | 'best'
  /** Text of at least 1 KB: worth compressing. */
  readonly compressible: boolean
  /** Headers of a 304 answer to a matching If-None-Match. */
  readonly notModifiedHeaders: readonly string[]
  readonly tags: readonly string[]
}

/** One encoding of a page with its complete response headers, flat ([name, value, …]) as writeHead takes them. */
export interface PageVariant {
  readonly body: Buffer
  readonly headers: readonly string[]
}

export interface PageInput {
  status?: number
  contentType: string
  cacheControl: string
  body: string | Buffer | PageText
  tags: readonly string[]
  extraHeaders?: Record<string, string>
}

export function etagOf(body: Buffer): string {
  return `W/"${hash('sha1', body, 'base64url').slice(0, 22)}"`
}

function bytesAndEtag(body: PageInput['body']): { identity: Buffer; etag: string } {
  if (body instanceof PageText) {
    const { bytes, digest } = body.bytesAndDigest()
    return { identity: bytes, etag: `W/"${digest.slice(0, 22)}"` }
  }
  const identity = typeof body === 'string' ? Buffer.from(body, 'utf8') : body
  return { identity, etag: etagOf(identity) }
}

/** The page as it goes out uncompressed; compressPage (page-compression.ts) adds gzip and brotli. */
export function preparePage(input: PageInput): CachedPage {
  const { identity, etag } = bytesAndEtag(input.body)
  const compressible = identity.length >= COMPRESS_FROM_BYTES && isCompressibleType(input.contentType)
  const common = [
    'content-type', input.contentType,
    'cache-control', input.cacheControl,
    'etag', etag,
    'vary', 'Accept-Encoding',
    ...Object.entries(input.extraHeaders ?? {}).flat(),
  ]
  return {
    status: input.status ?? 200,
    etag,
    identity: variant(common, identity),
    gzip: undefined,
    brotli: undefined,
    compression: 'none',
    compressible,
    notModifiedHeaders: common,
    tags: input.tags,
  }
}

/** The same page with compressed variants: same ETag (a weak one: the content is the same). */
export function withCompressedVariants(page: CachedPage, gzip: Buffer, brotli: Buffer, compression: 'fast' | 'best'): CachedPage {
  const common = page.notModifiedHeaders
  return { ...page, gzip: variant(common, gzip, 'gzip'), brotli: variant(common, brotli, 'br'), compression }
}

/**
 * The page with the one encoding this reader asked for, compressed for this answer only (a page
 * that is not kept: the other readers of a search have other words).
 */
export function withOneCompressedVariant(page: CachedPage, encoding: Encoding, body: Buffer): CachedPage {
  const compressed = variant(page.notModifiedHeaders, body, encoding)
  return encoding === 'br' ? { ...page, brotli: compressed, compression: 'fast' } : { ...page, gzip: compressed, compression: 'fast' }
}

function variant(common: readonly string[], body: Buffer, encoding?: string): PageVariant {
  return { body, headers: [...common, ...(encoding ? ['content-encoding', encoding] : []), 'content-length', String(body.length)] }
}

export class PageCache {
  readonly #pages = new Map<string, CachedPage>()
  readonly #byTag = new Map<string, Set<string>>()
  #bytes = 0
  #generation = 0

  constructor(readonly maxBytes = 256 * 1024 * 1024) {}

  /** Changes with every purge: a page rendered across a purge may show what was purged. */
  get generation(): number {
    return this.#generation
  }

  get(key: string): CachedPage | undefined {
    return this.#pages.get(key)
  }

  set(key: string, page: CachedPage): void {
    this.delete(key)
    this.#pages.set(key, page)
    this.#bytes += sizeOf(page)
    for (const tag of page.tags) {
      let keys = this.#byTag.get(tag)
      if (!keys) this.#byTag.set(tag, (keys = new Set()))
      keys.add(key)
    }
    // Oldest entries go first when odd query strings or a huge site outgrow the budget.
    for (const oldest of this.#pages.keys()) {
      if (this.#bytes <= this.maxBytes) break
      this.delete(oldest)
    }
  }

  /**
   * Puts `better` (the same page, compressed better) in place of `current`, unless `current` is
   * no longer what the cache holds: a page purged or re-rendered meanwhile must not come back.
   */
  replace(key: string, current: CachedPage, better: CachedPage): boolean {
    if (this.#pages.get(key) !== current) return false
    this.set(key, better)
    return true
  }

  delete(key: string): void {
    const page = this.#pages.get(key)
    if (!page) return
    this.#pages.delete(key)
    this.#bytes -= sizeOf(page)
    for (const tag of page.tags) {
      const keys = this.#byTag.get(tag)
      keys?.delete(key)
      if (keys?.size === 0) this.#byTag.delete(tag)
    }
  }

  purgeTags(tags: Iterable<string>): number {
    const purging = [...tags]
    // A purge of nothing (a module that found no counterpart to purge) leaves the pages being
    // rendered meanwhile to be kept: only a purge that can make them stale moves the generation.
    if (purging.length === 0) return 0
    this.#generation++
    let purged = 0
    for (const tag of purging) {
      for (const key of [...(this.#byTag.get(tag) ?? [])]) {
        this.delete(key)
        purged++
      }
    }
    return purged
  }

  clear(): void {
    this.#generation++
    this.#pages.clear()
    this.#byTag.clear()
    this.#bytes = 0
  }

  get size(): number {
    return this.#pages.size
  }
}

function sizeOf(page: CachedPage): number {
  return page.identity.body.length + (page.gzip?.body.length ?? 0) + (page.brotli?.body.length ?? 0)
}
