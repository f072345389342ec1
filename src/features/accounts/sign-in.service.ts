import type { Db } from '../../platform/db/connect.ts'
import { formatNewsroomTime } from '../../platform/text/time.ts'
import { recordAudit } from '../audit/index.ts'
import { noticeToOwner } from './account-notice.repository.ts'
import { decoyPasswordHash, verifyPassword } from './password.ts'
import { countPendingFailure, createPendingSignIn, deletePendingSignIn, findPendingSignIn, PENDING_TRIES } from './pending-sign-in.repository.ts'
import { hashRecoveryCode, looksLikeTotpCode, matchingStep } from './second-factor.ts'
import { countRecoveryCodesLeft, findSecondFactor, spendRecoveryCode, takeStep } from './second-factor.repository.ts'
import { createSession } from './session.repository.ts'
import {
  checkSignInAllowed, clearSignInFailures, LOCK_MS, recordSignInFailure, rememberSignInAddress, type GuardEvent, type SignInAttempt,
} from './sign-in-guard.ts'
import { findUserById, findUserCredentials } from './user.repository.ts'
import type { NewsroomUser } from './user.ts'
import type { AccountMail } from './account-mail.ts'

export interface Visitor {
  ip: string
  userAgent: string
}

export type SignInOutcome =
  | { kind: 'signed-in'; sessionToken: string; next: string }
  | { kind: 'code-needed'; pendingToken: string }
  | { kind: 'refused' }
  | { kind: 'slowed'; retryAfterSeconds: number }
  /** The pending sign-in expired, was reset, or took too many wrong codes: start again. */
  | { kind: 'start-again' }

/**
 * The password step. An unknown address, a deactivated account and a wrong password take one
 * path: the same guard queries, one scrypt derivation, the same failure bookkeeping.
 */
export async function signInWithPassword(db: Db, visitor: Visitor, form: { email: string; password: string; next: string }, now: Date, mail?: AccountMail): Promise<SignInOutcome> {
  const attempt = { email: form.email, ip: visitor.ip }
  const verdict = await checkSignInAllowed(db, attempt, now)
  if (!verdict.allowed) return { kind: 'slowed', retryAfterSeconds: verdict.retryAfterSeconds }
  const found = await findUserCredentials(db, form.email)
  const passwordOk = await verifyPassword(form.password, found?.passwordHash ?? await decoyPasswordHash())
  if (!found || !passwordOk || !found.user.isActive) {
    await refuse(db, attempt, found?.user ?? null, 'user.sign-in-failed', now, mail)
    return { kind: 'refused' }
  }
  // The failures of this client address are forgiven only once the whole sign-in succeeds:
  // wrong codes after a right password still count towards its lock.
  if ((await findSecondFactor(db, found.user.id))?.confirmedAt) {
    return { kind: 'code-needed', pendingToken: await createPendingSignIn(db, found.user.id, { ip: visitor.ip, next: form.next }, now) }
  }
  return { kind: 'signed-in', sessionToken: await openSession(db, found.user.id, attempt, visitor, {}, now), next: form.next }
}

/** The second step: a code from the authenticator app, or one of the recovery codes. */
export async function signInWithCode(db: Db, visitor: Visitor, pendingToken: string, code: string, now: Date, mail?: AccountMail): Promise<SignInOutcome> {
  const pending = await findPendingSignIn(db, pendingToken, now)
  const user = pending && await findUserById(db, pending.userId)
  if (!pending || !user?.isActive) return { kind: 'start-again' }
  const attempt = { email: user.email, ip: visitor.ip }
  const verdict = await checkSignInAllowed(db, attempt, now)
  if (!verdict.allowed) return { kind: 'slowed', retryAfterSeconds: verdict.retryAfterSeconds }

  const used = await checkCode(db, user.id, code, now)
  if (!used) {
    await refuse(db, attempt, user, 'user.second-factor-failed', now, mail)
    if ((await countPendingFailure(db, pending.tokenHash)) >= PENDING_TRIES) {
      await deletePendingSignIn(db, pending.tokenHash)
      return { kind: 'start-again' }
    }
    return { kind: 'refused' }
  }
  await deletePendingSignIn(db, pending.tokenHash)
  const details = used === 'recovery-code' ? { secondFactor: used, recoveryCodesLeft: await countRecoveryCodesLeft(db, user.id) } : { secondFactor: used }
  return { kind: 'signed-in', sessionToken: await openSession(db, user.id, attempt, visitor, details, now), next: pending.next }
}

/** Which kind of code was right (and is now spent), or undefined. */
export async function checkCode(db: Db, userId: number, code: string, now: Date): Promise<'totp' | 'recovery-code' | undefined> {
  const typed = code.trim().slice(0, 40)
  // Apps show "123 456": the space is not part of the code.
  const digits = typed.replace(/\s/g, '')
  if (looksLikeTotpCode(digits)) {
    const factor = await findSecondFactor(db, userId)
    const step = factor?.confirmedAt ? matchingStep(factor.secret, digits, now) : undefined
    return step !== undefined && (await takeStep(db, userId, step)) ? 'totp' : undefined
  }
  return typed && (await spendRecoveryCode(db, userId, hashRecoveryCode(typed), now)) ? 'recovery-code' : undefined
}

async function openSession(db: Db, userId: number, attempt: SignInAttempt, visitor: Visitor, details: Record<string, unknown>, now: Date): Promise<string> {
  await clearSignInFailures(db, attempt)
  await rememberSignInAddress(db, userId, visitor.ip, now)
  const token = await createSession(db, userId, now, visitor)
  await recordAudit(db, { userId, action: 'user.sign-in', itemType: 'user', itemId: userId, ip: visitor.ip, details }, now)
  return token
}

const NOTICES: Partial<Record<GuardEvent, (ip: string, at: string) => string>> = {
  'pair-locked': (ip, at) => `Có nhiều lần đăng nhập sai vào tài khoản của bạn từ địa chỉ ${ip} (lần cuối lúc ${at}). ` +
    `Địa chỉ đó bị chặn ${LOCK_MS / 60_000} phút; bạn vẫn đăng nhập được từ các địa chỉ quen thuộc. Nếu không phải bạn, xin báo quản trị hệ thống và đổi mật khẩu.`,
  'email-slowed': (ip, at) => `Tài khoản của bạn vừa bị đăng nhập sai nhiều lần (lần cuối từ địa chỉ ${ip}, lúc ${at}). ` +
    'Việc đăng nhập từ các địa chỉ lạ tạm thời bị làm chậm. Nếu không phải bạn, xin báo quản trị hệ thống.',
}

/**
 * A failure counts on the guard; a lock it starts is audited and told to the account's owner, in
 * the newsroom and, when a client address is locked out of the account, by one letter (the guard
 * reports each lock once, as it starts).
 */
async function refuse(db: Db, attempt: SignInAttempt, owner: NewsroomUser | null, action: string, now: Date, mail?: AccountMail): Promise<void> {
  const userId = owner?.id ?? null
  const events = await recordSignInFailure(db, attempt, now)
  await recordAudit(db, { userId, action, itemType: 'user', itemId: attempt.email, ip: attempt.ip }, now)
  for (const event of events) {
    await recordAudit(db, { userId, action: 'user.sign-in-locked', itemType: event === 'ip-locked' ? 'address' : 'user', itemId: event === 'ip-locked' ? attempt.ip : attempt.email, ip: attempt.ip, details: { event } }, now)
    const notice = NOTICES[event]
    if (userId !== null && notice) await noticeToOwner(db, userId, notice(attempt.ip, formatNewsroomTime(now)), '/toa-soan/mat-khau', now)
    if (owner?.isActive && event === 'pair-locked' && mail?.enabled) {
      await mail.signInLocked(db, owner, attempt.ip, now)
      mail.wake()
    }
  }
}
