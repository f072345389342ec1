import type { FastifyReply, FastifyRequest } from 'fastify'
import { randomBytes } from 'node:crypto'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { csrfField } from './account.schemas.ts'
import { maskCsrfToken, matchesCsrfToken } from './csrf-mask.ts'
import { findLiveSession, SESSION_MAX_MS, type Session } from './session.repository.ts'
import { findUserById } from './user.repository.ts'
import type { NewsroomUser } from './user.ts'
import { fromSameOrigin } from '../../platform/http/same-origin.ts'

// Both cookies start with "ts_": the page-cache fast path never answers a request carrying one.
export const SESSION_COOKIE = 'ts_session'
/** Double-submit token for forms shown before sign-in (the sign-in form itself). */
export const FORM_CSRF_COOKIE = 'ts_csrf'

export interface SignedIn {
  user: NewsroomUser
  /**
   * The session, as pages show it: its csrfToken is masked afresh for this request (csrf-mask.ts),
   * so every form of every page carries a masked token without knowing it.
   */
  session: Session
  /** The session's own CSRF token, which no page shows: what a sent token is checked against. */
  csrfSecret: string
}

declare module 'fastify' {
  interface FastifyRequest {
    signedIn?: SignedIn
  }
}

export async function loadSignedIn(db: Db, clock: Clock, req: FastifyRequest): Promise<SignedIn | undefined> {
  const token = req.cookies[SESSION_COOKIE]
  if (!token || token.length > 100) return undefined
  const session = await findLiveSession(db, token, clock.now())
  if (!session) return undefined
  const user = await findUserById(db, session.userId)
  return user?.isActive ? { user, session: { ...session, csrfToken: maskCsrfToken(session.csrfToken) }, csrfSecret: session.csrfToken } : undefined
}

export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/', httpOnly: true, sameSite: 'lax', secure: req.protocol === 'https', maxAge: SESSION_MAX_MS / 1000,
  })
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' })
}

/** The token for forms shown before sign-in, set as a cookie and echoed (masked) in the form. */
export function formCsrfToken(req: FastifyRequest, reply: FastifyReply): string {
  const existing = req.cookies[FORM_CSRF_COOKIE]
  if (existing && /^[A-Za-z0-9_-]{32}$/.test(existing)) return maskCsrfToken(existing)
  const token = randomBytes(24).toString('base64url')
  reply.setCookie(FORM_CSRF_COOKIE, token, { path: '/toa-soan', httpOnly: true, sameSite: 'strict', secure: req.protocol === 'https' })
  return maskCsrfToken(token)
}

/**
 * Every state-changing request must come from our own pages: same origin when the browser
 * says where it comes from, and the form's token matching the session's (or, before sign-in,
 * the form cookie's).
 */
export function checkCsrf(req: FastifyRequest): boolean {
  if (!fromSameOrigin(req)) return false
  // Forms send the token as a field; scripts (uploads, autosave) as a header.
  const field = csrfField.Check(req.body) ? req.body._csrf : undefined
  const sent = typeof field === 'string' ? field : req.headers['x-csrf-token']
  if (typeof sent !== 'string') return false
  return matchesCsrfToken(sent, req.signedIn ? req.signedIn.csrfSecret : req.cookies[FORM_CSRF_COOKIE])
}
