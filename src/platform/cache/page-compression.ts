import { compressedCopies } from '../http/compression.ts'
import { withCompressedVariants, type CachedPage, type PageCache } from './page-cache.ts'

// Compressing a page on the event loop stalled every other reader while it ran, and after a
// purge that reaches every page a spike pays it on every page at once. The compression runs on
// libuv's thread pool (http/compression.ts). A page is compressed twice: at a fast level before
// its first answer, so the first reader already gets small bytes (an 18 KB article: ~0.1 ms for
// gzip, ~0.2 ms for brotli, each about 10 % larger than the best), and at the best level later,
// one page at a time, for the readers after.
export type CompressionLevel = 'fast' | 'best'

export async function compressPage(page: CachedPage, level: CompressionLevel): Promise<CachedPage> {
  if (!page.compressible) return page
  const { gzip, brotli } = await compressedCopies(page.identity.body, level)
  return withCompressedVariants(page, gzip, brotli, level)
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
