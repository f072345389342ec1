import { AppError } from '../../platform/http/errors.ts'
import { phrase } from '../../platform/i18n/index.ts'
import { articlePdfMessages } from './messages.ts'

// A PDF not in the page cache costs a worker's time and some memory, so its makers are limited:
// each address may have a few made a minute, and only a few wait for the worker at once. A PDF
// already made is answered from the cache before any of this (and costs nothing).

export const RENDERS_PER_MINUTE_PER_ADDRESS = 6
export const MAX_WAITING_RENDERS = 8
const MINUTE_MS = 60_000

export class TooManyDownloadsError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'too_many_downloads', 'too many PDF downloads from this address', phrase(articlePdfMessages, 'tooMany'))
  }
}

export class RendersBusyError extends AppError {
  readonly retryAfterSeconds = 5
  constructor() {
    super(503, 'pdf_busy', 'too many PDFs being made at once', phrase(articlePdfMessages, 'busy'))
  }
}

export class RenderLimits {
  readonly #recent = new Map<string, number[]>()
  #waiting = 0

  constructor(private readonly now: () => number = Date.now) {}

  /** Takes a place for one render by `address`; the returned function gives it back. Throws when over a limit. */
  take(address: string): () => void {
    const now = this.now()
    const times = (this.#recent.get(address) ?? []).filter((t) => now - t < MINUTE_MS)
    if (times.length >= RENDERS_PER_MINUTE_PER_ADDRESS) {
      this.#recent.set(address, times)
      throw new TooManyDownloadsError(Math.max(1, Math.ceil((times[0]! + MINUTE_MS - now) / 1000)))
    }
    if (this.#waiting >= MAX_WAITING_RENDERS) throw new RendersBusyError()
    times.push(now)
    this.#recent.set(address, times)
    this.#forgetOld(now)
    this.#waiting++
    let given = false
    return () => {
      if (given) return
      given = true
      this.#waiting--
    }
  }

  // Addresses seen once do not stay in memory for ever.
  #forgetOld(now: number): void {
    if (this.#recent.size < 10_000) return
    for (const [address, times] of this.#recent) if (times.every((t) => now - t >= MINUTE_MS)) this.#recent.delete(address)
  }
}
