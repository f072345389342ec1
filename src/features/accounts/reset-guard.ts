import { sql } from 'kysely'
import type { Db } from '../../platform/db/connect.ts'

// "Quên mật khẩu?" requests, counted as the sign-in guard counts failures (its table, other
// keys): per submitted address, whether or not it has an account, and per client address.
// Over either limit, nothing is sent for an hour; the answer says so for any address alike.
export const RESET_PER_ADDRESS = 3
export const RESET_PER_CLIENT = 10
export const RESET_WINDOW_MS = 60 * 60 * 1000

/** Counts the request; false when the address or the client asked too often this hour. */
export async function admitResetRequest(db: Db, request: { email: string; ip: string }, now: Date): Promise<boolean> {
  const counts = await Promise.all([
    count(db, `reset-email:${request.email}`, now),
    count(db, `reset-ip:${request.ip}`, now),
  ])
  return counts[0] <= RESET_PER_ADDRESS && counts[1] <= RESET_PER_CLIENT
}

async function count(db: Db, key: string, now: Date): Promise<number> {
  const staleBefore = new Date(now.getTime() - RESET_WINDOW_MS).toISOString()
  // The window starts at the first request; a request after it has passed starts a new one.
  const { failures } = await db.insertInto('sign_in_failures')
    .values({ key, failures: 1, last_failed_at: now.toISOString(), locked_until: null })
    .onConflict((oc) => oc.column('key').doUpdateSet({
      failures: sql<number>`case when sign_in_failures.last_failed_at < ${staleBefore} then 1 else sign_in_failures.failures + 1 end`,
      last_failed_at: sql<string>`case when sign_in_failures.last_failed_at < ${staleBefore} then ${now.toISOString()} else sign_in_failures.last_failed_at end`,
    }))
    .returning('failures')
    .executeTakeFirstOrThrow()
  return failures
}
