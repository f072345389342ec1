import { randomBytes } from 'node:crypto'
import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import type { AccountTokenPurpose } from './account-token.table.ts'
import './account-token.table.ts'
import { hashToken } from './session.repository.ts'

// Links that let a user set their own password. The token travels only in the letter; the
// database keeps its SHA-256, so a copy of the database opens no account.

export const TOKEN_LIFE_MS: Record<AccountTokenPurpose, number> = {
  invitation: 72 * 60 * 60 * 1000,
  'password-reset': 60 * 60 * 1000,
}

export interface AccountToken {
  userId: number
  purpose: AccountTokenPurpose
  expiresAt: Date
}

/** A fresh token for the user; every earlier one of theirs ends with it. Returns the token itself, once. */
export async function issueAccountToken(db: Db, userId: number, purpose: AccountTokenPurpose, now: Date): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  await endAccountTokens(db, userId)
  await db.insertInto('account_tokens').values({
    token_hash: hashToken(token), user_id: userId, purpose,
    created_at: now.toISOString(), expires_at: new Date(now.getTime() + TOKEN_LIFE_MS[purpose]).toISOString(),
  }).execute()
  return token
}

/** The same work as issuing a token, for an address with no account: nothing is kept. */
export async function decoyAccountToken(db: Db): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  await db.deleteFrom('account_tokens').where('token_hash', '=', hashToken(token)).execute()
  return token
}

/** The token's user and purpose while it is unused and unexpired. */
export async function findAccountToken(db: Db, token: string, now: Date): Promise<AccountToken | undefined> {
  if (!isTokenShaped(token)) return undefined
  const row = await db.selectFrom('account_tokens').select(['user_id', 'purpose', 'expires_at']).where('token_hash', '=', hashToken(token)).executeTakeFirst()
  const found = row && { userId: row.user_id, purpose: row.purpose, expiresAt: toInstant(row.expires_at) }
  return found && found.expiresAt > now ? found : undefined
}

/** Spends the token: of two requests racing with one link, only one gets it back. */
export async function spendAccountToken(db: Db, token: string, now: Date): Promise<AccountToken | undefined> {
  if (!isTokenShaped(token)) return undefined
  const row = await db.deleteFrom('account_tokens').where('token_hash', '=', hashToken(token))
    .returning(['user_id', 'purpose', 'expires_at']).executeTakeFirst()
  const found = row && { userId: row.user_id, purpose: row.purpose, expiresAt: toInstant(row.expires_at) }
  return found && found.expiresAt > now ? found : undefined
}

export async function endAccountTokens(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('account_tokens').where('user_id', '=', userId).execute()
}

function isTokenShaped(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token)
}
