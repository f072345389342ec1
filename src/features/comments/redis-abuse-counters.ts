import type { Redis } from 'ioredis'
import type { AbuseCounters } from './abuse-counters.ts'

// With Redis: a hit is one INCR on a key that expires with its window, instead of a write to
// the database on every comment. While Redis is away the database counters take over, so the
// limits hold (counts restart in the other store; a window's worth of leniency at worst).
export class RedisAbuseCounters implements AbuseCounters {
  /** prefix: the portal's REDIS_PREFIX, so that portals sharing one Redis count apart. */
  constructor(private readonly redis: Redis, private readonly fallback: AbuseCounters, private readonly prefix: string) {}

  async hit(key: string, windowMs: number, now: Date): Promise<number> {
    const { redisKey, endsAt } = windowOf(this.prefix, key, windowMs, now)
    try {
      const results = await this.redis.multi().incr(redisKey).pexpireat(redisKey, endsAt).exec()
      const count = results?.[0]?.[1]
      if (typeof count !== 'number') throw new Error('no count from Redis')
      return count
    } catch {
      return this.fallback.hit(key, windowMs, now)
    }
  }

  async peek(key: string, windowMs: number, now: Date): Promise<number> {
    try {
      return Number((await this.redis.get(windowOf(this.prefix, key, windowMs, now).redisKey)) ?? 0)
    } catch {
      return this.fallback.peek(key, windowMs, now)
    }
  }
}

function windowOf(prefix: string, key: string, windowMs: number, now: Date): { redisKey: string; endsAt: number } {
  const index = Math.floor(now.getTime() / windowMs)
  return { redisKey: `${prefix}abuse:${key}@${windowMs}:${index}`, endsAt: (index + 1) * windowMs }
}
