import { randomBytes } from 'node:crypto'
import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import { hashToken } from './session.repository.ts'

// The password was right and the code is awaited: five minutes, a few tries, and nothing
// of the newsroom opens with it.
export const PENDING_MS = 5 * 60 * 1000
export const PENDING_TRIES = 5

export interface PendingSignIn {
  tokenHash: string
  userId: number
  next: string
  failures: number
}

/** Returns the cookie's token; only its hash is stored. */
export async function createPendingSignIn(db: Db, userId: number, from: { ip: string; next: string }, now: Date): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  await db.deleteFrom('pending_sign_ins').where('expires_at', '<', now.toISOString()).execute()
  await db.insertInto('pending_sign_ins').values({
    token_hash: hashToken(token), user_id: userId, created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + PENDING_MS).toISOString(), ip: from.ip, next: from.next,
  }).execute()
  return token
}

export async function findPendingSignIn(db: Db, token: string, now: Date): Promise<PendingSignIn | undefined> {
  if (!token || token.length > 100) return undefined
  const row = await db.selectFrom('pending_sign_ins').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirst()
  if (!row) return undefined
  if (toInstant(row.expires_at) <= now) {
    await deletePendingSignIn(db, row.token_hash)
    return undefined
  }
  return { tokenHash: row.token_hash, userId: row.user_id, next: row.next, failures: row.failures }
}

/** One more wrong code; returns how many so far. */
export async function countPendingFailure(db: Db, tokenHash: string): Promise<number> {
  const row = await db.updateTable('pending_sign_ins').set((eb) => ({ failures: eb('failures', '+', 1) }))
    .where('token_hash', '=', tokenHash).returning('failures').executeTakeFirst()
  return row?.failures ?? PENDING_TRIES
}

export async function deletePendingSignIn(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('pending_sign_ins').where('token_hash', '=', tokenHash).execute()
}
