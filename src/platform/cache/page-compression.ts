import { brotliCompress, constants as zlib, gzip, type BrotliOptions, type ZlibOptions } from 'node:zlib'
import { withCompressedVariants, type CachedPage, type PageCache } from './page-cache.ts'

// Compressing a page on the event loop stalled every other reader while it ran, and after a
// purge that reaches every page a spike pays it on every page at once. node:zlib's callback
// functions run on libuv's thread pool: the event loop only hands the bytes over. A page is
// compressed twice: at a fast level before its first answer, so the first reader already
// gets small bytes, and at the best level later, one page at a time, for the readers after.
const gzipAsync = (body: Buffer, options: ZlibOptions) => new Promise<Buffer>((resolve, reject) =>
  gzip(body, options, (error, result) => (error ? reject(error) : resolve(result))))
const brotliAsync = (body: Buffer, options: BrotliOptions) => new Promise<Buffer>((resolve, reject) =>
  brotliCompress(body, options, (error, result) => (error ? reject(error) : resolve(result))))

const LEVELS = {
  // An 18 KB article: ~0.1 ms (gzip) and ~0.2 ms (brotli), each about 10 % larger than the best.
  fast: { gzip: 1, brotli: 4 },
  best: { gzip: 9, brotli: 9 },
} as const

export type CompressionLevel = keyof typeof LEVELS

export async function compressPage(page: CachedPage, level: CompressionLevel): Promise<CachedPage> {
  if (!page.compressible) return page
  const body = page.identity.body
  const [gzipped, brotlied] = await Promise.all([
    gzipAsync(body, { level: LEVELS[level].gzip }),
    brotliAsync(body, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: LEVELS[level].brotli,
        [zlib.BROTLI_PARAM_LGWIN]: brotliWindowFor(body.length),
        [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  ])
  return withCompressedVariants(page, gzipped, brotlied, level)
}

/**
 * The smallest window that still holds the whole page. Brotli's default (4 MB) made quality 9
 * prepare a hasher of that size for every page: ~8 ms or more even for a 2 KB page, where a
 * 64 KB window gives the same bytes in well under a millisecond.
 */
function brotliWindowFor(bytes: number): number {
  let bits = zlib.BROTLI_MIN_WINDOW_BITS
  while (bits < zlib.BROTLI_MAX_WINDOW_BITS && (1 << bits) - 16 < bytes) bits++
  return Math.max(bits, 16)
}

/**
 * Pages waiting for their best compression, done one at a time so that a purge storm's
 * recompression keeps to one thread of the pool and leaves the cores to the readers. A page
 * purged before its turn is skipped; one purged during it is not put back (PageCache.replace).
 */
export class BestCompression {
  readonly #waiting: { key: string; page: CachedPage }[] = []
  #busy = false
  #done: Promise<void> = Promise.resolve()

  constructor(
    private readonly cache: PageCache,
    private readonly onError: (error: unknown) => void,
  ) {}

  schedule(key: string, page: CachedPage): void {
    if (!page.compressible || page.compression === 'best') return
    this.#waiting.push({ key, page })
    if (this.#busy) return
    this.#busy = true
    this.#done = this.#work()
  }

  /** Resolves once every scheduled page is done (tests, and the bench's idea of "settled"). */
  async whenIdle(): Promise<void> {
    while (this.#busy) await this.#done
  }

  async #work(): Promise<void> {
    try {
      for (let next = this.#waiting.shift(); next; next = this.#waiting.shift()) {
        if (this.cache.get(next.key) !== next.page) continue
        try {
          this.cache.replace(next.key, next.page, await compressPage(next.page, 'best'))
        } catch (error) {
          this.onError(error)
        }
      }
    } finally {
      this.#busy = false
    }
  }
}
