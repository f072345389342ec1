import type { Db } from '../../platform/db/connect.ts'
import { ValidationError } from '../../platform/http/errors.ts'
import { recordAudit } from '../audit/index.ts'
import type { AccountMail } from './account-mail.ts'
import { endAccountTokens, issueAccountToken } from './account-token.repository.ts'
import { generatePassword, hashPassword, verifyPassword } from './password.ts'
import { createSession, deleteSessionsOfUser } from './session.repository.ts'
import { checkSignInAllowed, clearSignInFailures, forgetSignInFailures, recordSignInFailure } from './sign-in-guard.ts'
import { EMAIL_TAKEN, type InviteInput, type PasswordChangeInput, type UserEditInput } from './user-form.ts'
import { findUserCredentials, insertUser, isEmailTaken, setMustChangePassword, setPassword, setUserCategories, updateUser } from './user.repository.ts'
import type { NewsroomUser } from './user.ts'

export interface Actor {
  user: NewsroomUser
  ip: string
}

type Change = { from: unknown; to: unknown }

/**
 * How a new password reaches its user: by a link in a letter when mail is on; otherwise shown
 * once to the administrator, and then its owner must change it at their first sign-in.
 */
export type Handover = { kind: 'mailed'; to: string } | { kind: 'shown'; password: string }

// Administering accounts: each change, its audit entry, its letter and the sessions it ends
// happen together. Passwords are made here and returned once (mail off); only hashes are kept.

export async function inviteUser(db: Db, mail: AccountMail, { user, ip }: Actor, input: InviteInput, now: Date): Promise<{ id: number; handover: Handover }> {
  const password = generatePassword()
  const passwordHash = await hashPassword(password)
  try {
    const id = await db.transaction().execute(async (trx) => {
      const id = await insertUser(trx, { ...input, passwordHash }, now)
      // Mailed: nobody knows this password, the link sets the real one. Shown: it must be replaced.
      if (mail.enabled) await mail.invitation(trx, input, user.name, await issueAccountToken(trx, id, 'invitation', now))
      else await setMustChangePassword(trx, id, now)
      await recordAudit(trx, {
        userId: user.id, action: 'user.create', itemType: 'user', itemId: id, ip,
        details: { email: input.email, role: input.role, categoryIds: input.categoryIds, invitation: mail.enabled ? 'mailed' : 'shown' },
      }, now)
      return id
    })
    mail.wake()
    return { id, handover: mail.enabled ? { kind: 'mailed', to: input.email } : { kind: 'shown', password } }
  } catch (error) {
    // Two administrators inviting the same address at once: the unique index decides.
    if (await isEmailTaken(db, input.email)) throw new ValidationError({ email: EMAIL_TAKEN })
    throw error
  }
}

/** What changed, as recorded in the audit log; nothing is written when nothing changed. */
export async function changeUser(db: Db, { user, ip }: Actor, before: NewsroomUser, input: UserEditInput, now: Date): Promise<Record<string, Change>> {
  const changes: Record<string, Change> = {}
  if (input.name !== before.name) changes.name = { from: before.name, to: input.name }
  if (input.role !== before.role) changes.role = { from: before.role, to: input.role }
  if (input.isActive !== before.isActive) changes.isActive = { from: before.isActive, to: input.isActive }
  const categoriesBefore = [...before.categoryIds].sort((a, b) => a - b)
  const categoriesChanged = categoriesBefore.join(',') !== input.categoryIds.join(',')
  if (categoriesChanged) changes.categoryIds = { from: categoriesBefore, to: input.categoryIds }
  if (Object.keys(changes).length === 0) return changes

  await db.transaction().execute(async (trx) => {
    await updateUser(trx, before.id, input, now)
    if (categoriesChanged) await setUserCategories(trx, before.id, input.categoryIds)
    const sessionsEnded = before.isActive && !input.isActive ? await deleteSessionsOfUser(trx, before.id) : 0
    await recordAudit(trx, { userId: user.id, action: 'user.update', itemType: 'user', itemId: before.id, ip, details: { changes, sessionsEnded } }, now)
  })
  return changes
}

/**
 * A new random password for someone else; they are signed out everywhere. With mail on nobody
 * learns it: the user gets a link to set their own (72 hours, as an invitation).
 */
export async function resetPassword(db: Db, mail: AccountMail, { user, ip }: Actor, target: NewsroomUser, now: Date): Promise<Handover> {
  const password = generatePassword()
  const passwordHash = await hashPassword(password)
  await db.transaction().execute(async (trx) => {
    await setPassword(trx, target.id, passwordHash, now, !mail.enabled)
    if (mail.enabled) await mail.passwordReset(trx, target, await issueAccountToken(trx, target.id, 'invitation', now), true)
    else await endAccountTokens(trx, target.id)
    const sessionsEnded = await deleteSessionsOfUser(trx, target.id)
    // A user locked out by their own typos can use the new password at once.
    await forgetSignInFailures(trx, target.email)
    await recordAudit(trx, { userId: user.id, action: 'user.reset-password', itemType: 'user', itemId: target.id, ip, details: { sessionsEnded, handover: mail.enabled ? 'mailed' : 'shown' } }, now)
  })
  mail.wake()
  return mail.enabled ? { kind: 'mailed', to: target.email } : { kind: 'shown', password }
}

/** A fresh invitation link (the earlier one ends); mail must be on. */
export async function resendInvitation(db: Db, mail: AccountMail, { user, ip }: Actor, target: NewsroomUser, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await mail.invitation(trx, target, user.name, await issueAccountToken(trx, target.id, 'invitation', now))
    await recordAudit(trx, { userId: user.id, action: 'user.resend-invitation', itemType: 'user', itemId: target.id, ip }, now)
  })
  mail.wake()
}

/**
 * Changes the signed-in user's own password after checking the current one (wrong guesses count
 * towards the sign-in lockout). Every session of theirs ends, and a fresh one replaces the
 * current: its token is returned for the cookie.
 */
export async function changeOwnPassword(db: Db, { user, ip }: Actor, userAgent: string, input: PasswordChangeInput, now: Date): Promise<string> {
  const attempt = { email: user.email, ip }
  const verdict = await checkSignInAllowed(db, attempt, now)
  if (!verdict.allowed) {
    throw new ValidationError({ current: `Bạn đã nhập sai nhiều lần. Xin thử lại sau ${Math.ceil(verdict.retryAfterSeconds / 60)} phút.` })
  }
  const credentials = await findUserCredentials(db, user.email)
  if (!credentials || !(await verifyPassword(input.current, credentials.passwordHash))) {
    await recordSignInFailure(db, attempt, now)
    await recordAudit(db, { userId: user.id, action: 'user.change-password-failed', itemType: 'user', itemId: user.id, ip }, now)
    throw new ValidationError({ current: 'Mật khẩu hiện tại không đúng.' })
  }
  await clearSignInFailures(db, attempt)
  const passwordHash = await hashPassword(input.next)
  return db.transaction().execute(async (trx) => {
    await setPassword(trx, user.id, passwordHash, now)
    // A link in a letter no longer needed: the user chose their password themselves.
    await endAccountTokens(trx, user.id)
    const sessionsEnded = await deleteSessionsOfUser(trx, user.id)
    const token = await createSession(trx, user.id, now, { ip, userAgent })
    await recordAudit(trx, { userId: user.id, action: 'user.change-password', itemType: 'user', itemId: user.id, ip, details: { otherSessionsEnded: Math.max(0, sessionsEnded - 1) } }, now)
    return token
  })
}
