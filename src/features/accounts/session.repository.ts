import { createHash, randomBytes } from 'node:crypto'
import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'

export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000

export interface Session {
  tokenHash: string
  userId: number
  csrfToken: string
  expiresAt: Date
  lastSeenAt: Date
  createdAt: Date
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url')
}

/** Returns the cookie's token; only its hash is stored. */
export async function createSession(db: Db, userId: number, now: Date, from: { ip: string; userAgent: string }): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  await db.insertInto('sessions').values({
    token_hash: hashToken(token),
    user_id: userId,
    csrf_token: randomBytes(24).toString('base64url'),
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: new Date(now.getTime() + SESSION_IDLE_MS).toISOString(),
    ip: from.ip,
    user_agent: from.userAgent.slice(0, 300),
  }).execute()
  return token
}

/** A live session for this token: not past its idle expiry nor its maximum age. Seen now. */
export async function findLiveSession(db: Db, token: string, now: Date): Promise<Session | undefined> {
  const tokenHash = hashToken(token)
  const row = await db.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst()
  if (!row) return undefined
  const session = {
    tokenHash, userId: row.user_id, csrfToken: row.csrf_token,
    expiresAt: toInstant(row.expires_at), lastSeenAt: toInstant(row.last_seen_at), createdAt: toInstant(row.created_at),
  }
  if (session.expiresAt <= now || now.getTime() - session.createdAt.getTime() > SESSION_MAX_MS) {
    await deleteSession(db, tokenHash)
    return undefined
  }
  // Slide the idle expiry, but write at most once a minute.
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
    const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS)
    await db.updateTable('sessions').set({ last_seen_at: now.toISOString(), expires_at: expiresAt.toISOString() }).where('token_hash', '=', tokenHash).execute()
    session.expiresAt = expiresAt
  }
  return session
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute()
}

export async function deleteSessionsOfUser(db: Db, userId: number): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst()
  return Number(result.numDeletedRows)
}
