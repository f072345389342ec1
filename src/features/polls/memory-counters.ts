import type { AbuseCounters } from '../comments/index.ts'

// A vote must cost the portal little (bench: `npm run bench -- votes`), so the per-address counts
// of votes are not written to the database: they live in Redis when the portal has one (shared
// by every instance) and otherwise here, in this instance's memory, which is exact for one
// instance. Fixed windows, as the comments' counters.
export class MemoryCounters implements AbuseCounters {
  readonly #counts = new Map<string, { count: number; endsAt: number }>()
  #nextSweep = 0

  async hit(key: string, windowMs: number, now: Date): Promise<number> {
    this.#sweep(now)
    const { rowKey, endsAt } = windowOf(key, windowMs, now)
    const entry = this.#counts.get(rowKey)
    if (entry) return ++entry.count
    this.#counts.set(rowKey, { count: 1, endsAt })
    return 1
  }

  async peek(key: string, windowMs: number, now: Date): Promise<number> {
    const entry = this.#counts.get(windowOf(key, windowMs, now).rowKey)
    return entry && entry.endsAt > now.getTime() ? entry.count : 0
  }

  /** Windows that have ended go, at most once a minute. */
  #sweep(now: Date): void {
    if (now.getTime() < this.#nextSweep) return
    this.#nextSweep = now.getTime() + 60_000
    for (const [key, entry] of this.#counts) if (entry.endsAt <= now.getTime()) this.#counts.delete(key)
  }
}

function windowOf(key: string, windowMs: number, now: Date): { rowKey: string; endsAt: number } {
  const index = Math.floor(now.getTime() / windowMs)
  return { rowKey: `${key}@${windowMs}:${index}`, endsAt: (index + 1) * windowMs }
}
