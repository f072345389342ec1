import type { IncomingMessage, ServerResponse } from 'node:http'
import type { CachedPage, PageCache } from '../cache/page-cache.ts'

// After a purge, a spike of readers asks for the same missing page at once. The first request
// renders it; the others wait for its bytes instead of rendering and compressing it again.
// Keyed like the cache (the URL), and used only where a cached page would be served: anonymous
// GET and HEAD. A reader who waits gets exactly what the cache would have given a moment later.

type Waiter = (page: CachedPage | undefined) => void

interface Fill {
  /** The cache's generation when the render began: a purge after that starts a new fill. */
  readonly generation: number
  readonly waiting: Waiter[]
  finish(page: CachedPage | undefined): void
}

const LEADS = Symbol('the fill this request renders for')
type LeadingRequest = IncomingMessage & { [LEADS]?: Fill }

/** Enough to remember the odd searches and missing pages of a spike; forgotten all at once beyond it. */
const REMEMBERED_WITHOUT_PAGE = 10_000

export class PageFills {
  readonly #filling = new Map<string, Fill>()
  // Addresses whose last render gave no page to keep (a search, a 404, the newsroom's sign-in
  // form): nobody waits for those, or a burst of the same search would take two renders' time.
  readonly #withoutPage = new Set<string>()

  constructor(private readonly cache: PageCache) {}

  /**
   * Either `render` runs now and this request leads the fill of `key`, or this request waits
   * for a fill already under way: `serve` gets its page, or, if the leader ended without one
   * (an error page, a redirect, a reader who left), `render` runs after all. A failed render
   * is not handed on: each waiting reader tries for itself, as without the wait.
   */
  join(key: string, req: IncomingMessage, res: ServerResponse, render: () => void, serve: (page: CachedPage) => void): void {
    const running = this.#filling.get(key)
    if (running && running.generation === this.cache.generation) {
      running.waiting.push((page) => (page ? serve(page) : render()))
      return
    }
    let finished = false
    const fill: Fill = {
      generation: this.cache.generation,
      waiting: [],
      finish: (page) => {
        if (finished) return
        finished = true
        if (this.#filling.get(key) === fill) this.#filling.delete(key)
        this.#remember(key, page !== undefined)
        for (const waiter of fill.waiting) waiter(page)
      },
    }
    if (!this.#withoutPage.has(key)) this.#filling.set(key, fill)
    ;(req as LeadingRequest)[LEADS] = fill
    res.once('close', () => fill.finish(undefined))
    render()
  }

  #remember(key: string, gavePage: boolean): void {
    if (gavePage) {
      this.#withoutPage.delete(key)
      return
    }
    if (this.#withoutPage.size >= REMEMBERED_WITHOUT_PAGE) this.#withoutPage.clear()
    this.#withoutPage.add(key)
  }
}

/** Hands the page a leading request is about to send to the readers waiting for it. */
export function handOverFill(req: IncomingMessage, page: CachedPage): void {
  (req as LeadingRequest)[LEADS]?.finish(page)
}
