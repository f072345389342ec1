import type { Db } from '../../platform/db/connect.ts'

// Counters for rate limits and challenges, behind an interface: the database one is shared by
// every instance on one PostgreSQL; a later issue adds one on Redis.
export interface AbuseCounters {
  /** Adds one to the key's count in the current window of windowMs and returns the new count. */
  hit(key: string, windowMs: number, now: Date): Promise<number>
  /** The key's count in the current window, without adding. */
  peek(key: string, windowMs: number, now: Date): Promise<number>
}

// Fixed windows: one row per key and window, so a hit is one upsert. A burst across a window
// edge may get up to twice a limit through; for comments that is good enough.
export class DatabaseAbuseCounters implements AbuseCounters {
  #lastSweep = 0

  constructor(private readonly db: Db) {}

  async hit(key: string, windowMs: number, now: Date): Promise<number> {
    const { rowKey, expiresAt } = windowOf(key, windowMs, now)
    await this.#sweep(now)
    const row = await this.db.insertInto('abuse_counters').values({ key: rowKey, count: 1, expires_at: expiresAt })
      .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ count: eb('abuse_counters.count', '+', 1) })))
      .returning('count').executeTakeFirstOrThrow()
    return Number(row.count)
  }

  async peek(key: string, windowMs: number, now: Date): Promise<number> {
    const row = await this.db.selectFrom('abuse_counters').select('count').where('key', '=', windowOf(key, windowMs, now).rowKey).executeTakeFirst()
    return row ? Number(row.count) : 0
  }

  /** Old windows go at most once a minute, by an indexed range delete. */
  async #sweep(now: Date): Promise<void> {
    if (now.getTime() - this.#lastSweep < 60_000) return
    this.#lastSweep = now.getTime()
    await this.db.deleteFrom('abuse_counters').where('expires_at', '<', now.toISOString()).execute()
  }
}

function windowOf(key: string, windowMs: number, now: Date): { rowKey: string; expiresAt: string } {
  const index = Math.floor(now.getTime() / windowMs)
  return { rowKey: `${key}@${windowMs}:${index}`, expiresAt: new Date((index + 1) * windowMs).toISOString() }
}
