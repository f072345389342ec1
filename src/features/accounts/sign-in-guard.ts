import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'

// Repeated failures for one account, or from one address, are slowed and then refused for a
// while. Counted in the database so that every instance sees them (Redis later, when set).
// An address is given more room than an account: a whole office may sit behind one address,
// and one person's typos must not lock out their colleagues.
export const SLOW_AFTER = 5
export const LOCK_AFTER = 10
const ADDRESS_FACTOR = 5
const SLOW_MS = 60 * 1000
const LOCK_MS = 15 * 60 * 1000
const FORGET_MS = 60 * 60 * 1000

export type GuardVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export function guardKeys(email: string, ip: string): string[] {
  return [`email:${email}`, `ip:${ip}`]
}

export async function checkSignInAllowed(db: Db, keys: string[], now: Date): Promise<GuardVerdict> {
  const rows = await db.selectFrom('sign_in_failures').selectAll().where('key', 'in', keys).execute()
  let until = 0
  for (const row of rows) {
    if (row.locked_until) until = Math.max(until, toInstant(row.locked_until).getTime())
  }
  return until > now.getTime() ? { allowed: false, retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000) } : { allowed: true }
}

export async function recordSignInFailure(db: Db, keys: string[], now: Date): Promise<void> {
  for (const key of keys) {
    const row = await db.selectFrom('sign_in_failures').selectAll().where('key', '=', key).executeTakeFirst()
    const stale = row && now.getTime() - toInstant(row.last_failed_at).getTime() > FORGET_MS
    const failures = !row || stale ? 1 : row.failures + 1
    const factor = key.startsWith('ip:') ? ADDRESS_FACTOR : 1
    const lockMs = failures >= LOCK_AFTER * factor ? LOCK_MS : failures >= SLOW_AFTER * factor ? SLOW_MS : 0
    const values = { failures, last_failed_at: now.toISOString(), locked_until: lockMs ? new Date(now.getTime() + lockMs).toISOString() : null }
    await db.insertInto('sign_in_failures').values({ key, ...values })
      .onConflict((oc) => oc.column('key').doUpdateSet(values))
      .execute()
  }
}

export async function clearSignInFailures(db: Db, email: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('key', '=', `email:${email}`).execute()
}
