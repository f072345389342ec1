import { createHmac } from 'node:crypto'
import type { FastifyBaseLogger } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { Job } from '../../platform/jobs/index.ts'
import { addCounts, forgetSalts, insertRawVisits, pruneRawVisits, rollUpVisitors, saltOf, type RawVisit } from './visit.repository.ts'
import { dayAndHour, dayStartMinute, isRobot, minuteOf, type Visit } from './visit.ts'

export interface VisitRecorderOptions {
  /** How often what was counted in memory is written. */
  flushMs: number
  /** Written at once when this many raw events wait. */
  flushAtEvents: number
  /** Past this many waiting (the database is slow or away), raw events are dropped; the counts are kept. */
  maxPendingEvents: number
  /** Past this many hits in one minute, an address (with its browser) is a robot for the rest of the minute. */
  perVisitorMinute: number
  /** Bounds the memory kept about visitors' hits this minute. */
  maxVisitors: number
  /** Raw events are kept this long (48 hours at most). */
  keepRawMinutes: number
}

export const VISIT_RECORDING: VisitRecorderOptions = {
  flushMs: 10_000, flushAtEvents: 5_000, maxPendingEvents: 100_000, perVisitorMinute: 30, maxVisitors: 100_000, keepRawMinutes: 48 * 60,
}

export type Refusal = 'robot' | 'too-many'

// Visits are counted in memory and written in batches (one upsert a day and hour, a day and
// value): a beacon never waits on a write. The visitor is a keyed hash of the address and the
// browser under the day's salt: the same reader is one visitor that day, on every instance,
// and cannot be followed to the next day, nor the address read back, once the salt is gone.
export class VisitRecorder {
  #hours = new Map<string, number>()
  #counts = new Map<string, number>()
  #events: RawVisit[] = []
  /** visitor → hits in its current minute. Insertion order is age order. */
  readonly #recent = new Map<string, { minute: number; hits: number }>()
  #salt: { day: string; salt: Promise<string> } | undefined
  #flushing: Promise<void> | undefined
  /** Raw events dropped because too many waited (their counts were kept). */
  dropped = 0

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly log: FastifyBaseLogger | undefined,
    private readonly options: VisitRecorderOptions = VISIT_RECORDING,
  ) {}

  /** Counts one visit unless the browser is a robot or the visitor hits too often; says why not. */
  async record(visit: Visit, address: string, userAgent: string | undefined): Promise<Refusal | undefined> {
    if (isRobot(userAgent)) return 'robot'
    const ms = this.clock.now().getTime()
    const { day, hour } = dayAndHour(ms)
    const minute = minuteOf(ms)
    const visitor = createHmac('sha256', await this.#saltOf(day)).update(`${address}\n${userAgent}`).digest('base64url').slice(0, 22)
    let recent = this.#recent.get(visitor)
    if (!recent || recent.minute !== minute) {
      this.#recent.delete(visitor)
      recent = { minute, hits: 0 }
      this.#recent.set(visitor, recent)
      this.#forgetBefore(minute)
    }
    if (++recent.hits > this.options.perVisitorMinute) return 'too-many'
    this.#add(visit, day, hour)
    if (this.#events.length >= this.options.maxPendingEvents) this.dropped++
    else this.#events.push({ day, minute, visitor, ...visit })
    if (this.#events.length >= this.options.flushAtEvents) void this.flush().catch(() => undefined)
    return undefined
  }

  #add(visit: Visit, day: string, hour: number): void {
    const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)
    add(this.#hours, `${day} ${hour}`)
    add(this.#counts, `${day} kind ${visit.kind}`)
    add(this.#counts, `${day} device ${visit.device}`)
    add(this.#counts, `${day} referrer ${visit.referrer}`)
    if (visit.categoryId !== null) add(this.#counts, `${day} category ${visit.categoryId}`)
    if (visit.articleId !== null) add(this.#counts, `${day} article ${visit.articleId}`)
  }

  #saltOf(day: string): Promise<string> {
    if (this.#salt?.day !== day) {
      const salt = saltOf(this.db, day)
      this.#salt = { day, salt }
      salt.catch(() => (this.#salt = undefined))
    }
    return this.#salt!.salt
  }

  /** What this recorder holds in memory now: visitors of this minute, raw events and count keys waiting. */
  held(): { visitors: number; events: number; keys: number } {
    return { visitors: this.#recent.size, events: this.#events.length, keys: this.#hours.size + this.#counts.size }
  }

  /** Visits counted here and not yet written: added to the footer's numbers so they do not lag. */
  pendingOf(day: string): number {
    let n = 0
    for (const [key, visits] of this.#hours) if (key.startsWith(day)) n += visits
    return n
  }

  pendingTotal(): number {
    let n = 0
    for (const visits of this.#hours.values()) n += visits
    return n
  }

  /** Writes what was counted; a failed write keeps it for the next try and rejects. */
  flush(): Promise<void> {
    this.#flushing ??= this.#write().finally(() => (this.#flushing = undefined))
    return this.#flushing
  }

  async #write(): Promise<void> {
    // Counts that came in while a batch was written wait for the next one.
    while (this.#events.length > 0 || this.#hours.size > 0) {
      const hours = this.#hours
      const counts = this.#counts
      const events = this.#events
      this.#hours = new Map()
      this.#counts = new Map()
      this.#events = []
      try {
        await this.db.transaction().execute(async (trx) => {
          await addCounts(trx, hours, await withoutUnknownArticles(trx, counts))
          await insertRawVisits(trx, events)
        })
      } catch (error) {
        for (const [k, n] of hours) this.#hours.set(k, (this.#hours.get(k) ?? 0) + n)
        for (const [k, n] of counts) this.#counts.set(k, (this.#counts.get(k) ?? 0) + n)
        this.#events = events.concat(this.#events).slice(0, this.options.maxPendingEvents)
        this.log?.warn({ err: error instanceof Error ? error.message : String(error) }, 'visits not saved; kept for the next try')
        throw error
      }
    }
  }

  /**
   * Counts each day's visitors while the day is wholly in the raw events, then prunes what is
   * older than 48 hours and forgets the salts of days gone.
   */
  async tidy(): Promise<void> {
    await this.flush()
    const now = this.clock.now().getTime()
    const cutoff = minuteOf(now) - this.options.keepRawMinutes
    let first = dayAndHour(cutoff * 60_000).day
    if (dayStartMinute(first) < cutoff) first = dayAndHour(cutoff * 60_000 + 86_400_000).day
    await rollUpVisitors(this.db, first)
    await pruneRawVisits(this.db, cutoff)
    await forgetSalts(this.db, dayAndHour(now).day)
  }

  jobs(): Job[] {
    return [
      { name: 'statistics.flush', label: 'Ghi lượt truy cập vào cơ sở dữ liệu', everyMs: this.options.flushMs, runAtStart: false, runOnStop: true, run: () => this.flush() },
      { name: 'statistics.tidy', label: 'Đếm người truy cập mỗi ngày, xóa dữ liệu thô quá 48 giờ', everyMs: 10 * 60_000, runAtStart: true, run: () => this.tidy() },
    ]
  }

  // Only this minute's hits matter. An entry goes to the end when its minute starts, so the
  // oldest are first: those of minutes gone are dropped from the front. Past `maxVisitors` in one
  // minute (a flood of addresses), the oldest quarter goes too: they may count a few hits more.
  #forgetBefore(minute: number): void {
    for (const [k, v] of this.#recent) {
      if (v.minute >= minute) break
      this.#recent.delete(k)
    }
    if (this.#recent.size <= this.options.maxVisitors) return
    let drop = Math.ceil(this.#recent.size / 4)
    for (const k of this.#recent.keys()) {
      if (drop-- <= 0) break
      this.#recent.delete(k)
    }
  }
}

/** An article id a beacon named that is no published article is not counted as an article. */
async function withoutUnknownArticles(db: Db, counts: Map<string, number>): Promise<Map<string, number>> {
  const ids = new Set<number>()
  for (const key of counts.keys()) {
    const [, dimension, value] = key.split(' ')
    if (dimension === 'article') ids.add(Number(value))
  }
  if (ids.size === 0) return counts
  const known = new Set<number>()
  const list = [...ids]
  for (let i = 0; i < list.length; i += 500) {
    for (const row of await db.selectFrom('articles').select('id').where('status', '=', 'published').where('id', 'in', list.slice(i, i + 500)).execute()) known.add(row.id)
  }
  if (known.size === ids.size) return counts
  const out = new Map<string, number>()
  for (const [key, n] of counts) {
    const [, dimension, value] = key.split(' ')
    if (dimension !== 'article' || known.has(Number(value))) out.set(key, n)
  }
  return out
}
