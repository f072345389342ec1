import { sql } from 'kysely'
import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'

// Repeated failures are slowed and then refused for a while, counted in the database so that
// every instance sees them. Three counters, so that a stranger cannot lock the owner out:
//  - the pair (submitted address, client address): slowed, then locked. A guesser locks
//    themselves, not the account.
//  - the submitted address alone: slowed, never locked, whether or not an account has it (so
//    the slowing says nothing about which addresses exist). Guessing from many client
//    addresses still gets one try a minute; addresses the owner has signed in from are spared.
//  - the client address alone, with more room (a whole office may share one): slowed, then locked.
export const SLOW_AFTER = 5
export const LOCK_AFTER = 10
const ADDRESS_FACTOR = 5
export const SLOW_MS = 60 * 1000
export const LOCK_MS = 15 * 60 * 1000
const FORGET_MS = 60 * 60 * 1000

export interface SignInAttempt {
  /** As submitted, normalised: it may belong to no one. */
  email: string
  /** The client's address. */
  ip: string
}

export type GuardVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }
/** What a failure just started, for the audit log and the account owner. */
export type GuardEvent = 'pair-locked' | 'email-slowed' | 'ip-locked'

type Rule = { slowAt: number; lockAt: number | undefined; started: Partial<Record<'slow' | 'lock', GuardEvent>> }
const RULES = {
  pair: { slowAt: SLOW_AFTER, lockAt: LOCK_AFTER, started: { lock: 'pair-locked' } },
  email: { slowAt: SLOW_AFTER, lockAt: undefined, started: { slow: 'email-slowed' } },
  ip: { slowAt: SLOW_AFTER * ADDRESS_FACTOR, lockAt: LOCK_AFTER * ADDRESS_FACTOR, started: { lock: 'ip-locked' } },
} satisfies Record<string, Rule>
type Kind = keyof typeof RULES

const pairPrefix = (email: string) => `pair:${email}|`
function keysOf(attempt: SignInAttempt): Record<Kind, string> {
  return { pair: `${pairPrefix(attempt.email)}${attempt.ip}`, email: `email:${attempt.email}`, ip: `ip:${attempt.ip}` }
}

export async function checkSignInAllowed(db: Db, attempt: SignInAttempt, now: Date): Promise<GuardVerdict> {
  const keys = keysOf(attempt)
  const spared = await hasSignedInFrom(db, attempt)
  const rows = await db.selectFrom('sign_in_failures').selectAll()
    .where('key', 'in', spared ? [keys.pair, keys.ip] : [keys.pair, keys.ip, keys.email]).execute()
  let until = 0
  for (const row of rows) {
    if (row.locked_until) until = Math.max(until, toInstant(row.locked_until).getTime())
  }
  return until > now.getTime() ? { allowed: false, retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000) } : { allowed: true }
}

/** Counts one failure on each counter (atomically: several instances may count at once). */
export async function recordSignInFailure(db: Db, attempt: SignInAttempt, now: Date): Promise<GuardEvent[]> {
  const events: GuardEvent[] = []
  const staleBefore = new Date(now.getTime() - FORGET_MS).toISOString()
  for (const [kind, key] of Object.entries(keysOf(attempt)) as [Kind, string][]) {
    const { failures } = await db.insertInto('sign_in_failures')
      .values({ key, failures: 1, last_failed_at: now.toISOString(), locked_until: null })
      .onConflict((oc) => oc.column('key').doUpdateSet({
        failures: sql<number>`case when sign_in_failures.last_failed_at < ${staleBefore} then 1 else sign_in_failures.failures + 1 end`,
        last_failed_at: now.toISOString(),
      }))
      .returning('failures')
      .executeTakeFirstOrThrow()
    const rule: Rule = RULES[kind]
    const locked = rule.lockAt !== undefined && failures >= rule.lockAt
    if (!locked && failures < rule.slowAt) continue
    await db.updateTable('sign_in_failures')
      .set({ locked_until: new Date(now.getTime() + (locked ? LOCK_MS : SLOW_MS)).toISOString() })
      .where('key', '=', key).execute()
    const started = failures === rule.lockAt ? rule.started.lock : failures === rule.slowAt ? rule.started.slow : undefined
    if (started) events.push(started)
  }
  return events
}

/** After a successful sign-in from this client address: its own failures are forgiven. */
export async function clearSignInFailures(db: Db, attempt: SignInAttempt): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('key', '=', keysOf(attempt).pair).execute()
}

/** An administrator's fresh start for an account (a password reset): every counter on its address. */
export async function forgetSignInFailures(db: Db, email: string): Promise<void> {
  const prefix = pairPrefix(email)
  await db.deleteFrom('sign_in_failures')
    .where((eb) => eb.or([eb('key', '=', `email:${email}`), eb(sql<string>`substr(key, 1, ${prefix.length})`, '=', prefix)]))
    .execute()
}

export async function rememberSignInAddress(db: Db, userId: number, ip: string, now: Date): Promise<void> {
  await db.insertInto('sign_in_addresses').values({ user_id: userId, ip, last_signed_in_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['user_id', 'ip']).doUpdateSet({ last_signed_in_at: now.toISOString() }))
    .execute()
}

/** One query whether or not the address has an account, so the answer takes as long either way. */
async function hasSignedInFrom(db: Db, attempt: SignInAttempt): Promise<boolean> {
  const row = await db.selectFrom('sign_in_addresses')
    .innerJoin('users', 'users.id', 'sign_in_addresses.user_id')
    .select('sign_in_addresses.user_id')
    .where('users.email', '=', attempt.email).where('sign_in_addresses.ip', '=', attempt.ip)
    .executeTakeFirst()
  return row !== undefined
}
