import type { FastifyBaseLogger } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { Job } from '../../platform/jobs/index.ts'
import { newsroomDay } from '../../platform/text/time.ts'
import { addViews, isPublishedArticle } from './article-views.repository.ts'

export interface ViewCounterOptions {
  /** How often the counts gathered in memory are added to the database. */
  flushMs: number
  /** A reader (an address) counts once an article in this time, however often they reload it. */
  repeatAfterMs: number
  /** And at most this many articles an hour: past it, an address is a robot, not a reader. */
  perAddressHourly: number
  /** Bounds the memory kept about addresses. */
  maxAddresses: number
}

export const VIEW_COUNTING: ViewCounterOptions = { flushMs: 30_000, repeatAfterMs: 30 * 60_000, perAddressHourly: 60, maxAddresses: 100_000 }

const HOUR = 60 * 60_000

// Views are counted in memory and added to the database in batches: a page read under a
// spike must never wait on a write, and a thousand readers of one article make one upsert.
// What an instance has not flushed when it dies is lost; for a "most read" list that is fine.
export class ViewCounter {
  readonly #pending = new Map<number, number>()
  /** "address article" → until when a repeat is not counted. Insertion order is age order. */
  readonly #recent = new Map<string, number>()
  /** address → views counted in its current hour. */
  readonly #hourly = new Map<string, { count: number; until: number }>()
  #flushing: Promise<void> | undefined

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly log: FastifyBaseLogger,
    private readonly options: ViewCounterOptions = VIEW_COUNTING,
  ) {}

  /** Counts a reader's view unless it is a repeat or the address reads too much; says which. */
  record(articleId: number, address: string): boolean {
    const now = this.clock.now().getTime()
    const key = `${address} ${articleId}`
    if ((this.#recent.get(key) ?? 0) > now) return false
    let hour = this.#hourly.get(address)
    if (!hour || hour.until <= now) hour = { count: 0, until: now + HOUR }
    if (hour.count >= this.options.perAddressHourly) return false
    hour.count++
    this.#hourly.set(address, hour)
    this.#recent.delete(key)
    this.#recent.set(key, now + this.options.repeatAfterMs)
    this.#bound(now)
    this.#pending.set(articleId, (this.#pending.get(articleId) ?? 0) + 1)
    return true
  }

  /**
   * Whether a beacon names an article readers can see. A draft's id must be answered as an
   * unknown one: otherwise probing ids would tell which unpublished articles exist.
   */
  isCountable(articleId: number): Promise<boolean> {
    return isPublishedArticle(this.db, articleId)
  }

  /** Flushes every `flushMs`, and once more when the portal stops so that no count is lost. */
  job(): Job {
    return { name: 'views', label: 'Ghi lượt đọc vào cơ sở dữ liệu', everyMs: this.options.flushMs, runAtStart: false, runOnStop: true, run: () => this.flush() }
  }

  /**
   * Adds what was counted to the database. A failed write keeps the counts for the next try
   * and rejects, so that the job runner shows the failure and waits longer before trying again.
   */
  flush(): Promise<void> {
    this.#flushing ??= this.#write().finally(() => (this.#flushing = undefined))
    return this.#flushing
  }

  async #write(): Promise<void> {
    if (this.#pending.size === 0) return
    const batch = new Map(this.#pending)
    this.#pending.clear()
    try {
      const day = newsroomDay(this.clock.now())
      await this.db.transaction().execute((trx) => addViews(trx, day, batch))
    } catch (error) {
      for (const [id, n] of batch) this.#pending.set(id, (this.#pending.get(id) ?? 0) + n)
      this.log.warn({ err: error instanceof Error ? error.message : String(error) }, 'article views not saved; kept for the next try')
      throw error
    }
  }

  #bound(now: number): void {
    keepAtMost(this.#recent, this.options.maxAddresses, (until) => until <= now)
    keepAtMost(this.#hourly, this.options.maxAddresses, (hour) => hour.until <= now)
  }
}

// Expired entries go first; if the map is still full, the oldest quarter goes (insertion order:
// they may then count once more, which is harmless).
function keepAtMost<V>(map: Map<string, V>, max: number, expired: (value: V) => boolean): void {
  if (map.size <= max) return
  for (const [k, v] of map) if (expired(v)) map.delete(k)
  let drop = map.size > max ? Math.ceil(map.size / 4) : 0
  for (const k of map.keys()) {
    if (drop-- <= 0) break
    map.delete(k)
  }
}
