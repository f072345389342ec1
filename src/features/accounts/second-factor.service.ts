import type { Db } from '../../platform/db/connect.ts'
import { ValidationError } from '../../platform/http/errors.ts'
import { recordAudit } from '../audit/index.ts'
import { hashRecoveryCode, matchingStep, newRecoveryCodes, newSecret } from './second-factor.ts'
import {
  confirmEnrolment, findSecondFactor, isSecondFactorRequired, removeSecondFactor, replaceRecoveryCodes, setSecondFactorRequired, startEnrolment,
  type SecondFactor,
} from './second-factor.repository.ts'
import { deleteSessionsOfUser } from './session.repository.ts'
import { checkSignInAllowed, recordSignInFailure } from './sign-in-guard.ts'
import type { Actor } from './user-admin.service.ts'
import { may, type NewsroomUser } from './user.ts'

/** Those who can publish must have a second factor when the administrator requires it. */
export async function mustEnrolFirst(db: Db, user: NewsroomUser): Promise<boolean> {
  if (!may(user, 'article.publish')) return false
  if (!(await isSecondFactorRequired(db))) return false
  return !(await findSecondFactor(db, user.id))?.confirmedAt
}

/** The user's authenticator, or a new secret being enrolled (kept until confirmed). */
export async function enrolmentOf(db: Db, userId: number, now: Date): Promise<SecondFactor> {
  const existing = await findSecondFactor(db, userId)
  if (existing) return existing
  await startEnrolment(db, userId, newSecret(), now)
  return (await findSecondFactor(db, userId))!
}

/**
 * Confirms the enrolment with a first code from the app; returns the recovery codes, shown once.
 * Wrong codes count on the sign-in guard like wrong passwords.
 */
export async function confirmSecondFactor(db: Db, { user, ip }: Actor, code: string, now: Date): Promise<string[]> {
  const attempt = { email: user.email, ip }
  const verdict = await checkSignInAllowed(db, attempt, now)
  if (!verdict.allowed) throw new ValidationError({ code: `Bạn đã nhập sai nhiều lần. Xin thử lại sau ${Math.ceil(verdict.retryAfterSeconds / 60)} phút.` })
  const factor = await findSecondFactor(db, user.id)
  if (factor?.confirmedAt) throw new ValidationError({ code: 'Xác thực hai bước đã được bật.' })
  const step = factor ? matchingStep(factor.secret, code.replace(/\s/g, ''), now) : undefined
  if (step === undefined) {
    await recordSignInFailure(db, attempt, now)
    await recordAudit(db, { userId: user.id, action: 'user.second-factor-enrol-failed', itemType: 'user', itemId: user.id, ip }, now)
    throw new ValidationError({ code: 'Mã không đúng. Xin kiểm tra giờ trên điện thoại và nhập mã đang hiện.' })
  }
  const codes = newRecoveryCodes()
  await db.transaction().execute(async (trx) => {
    if (!(await confirmEnrolment(trx, user.id, step, now))) throw new ValidationError({ code: 'Xác thực hai bước đã được bật.' })
    await replaceRecoveryCodes(trx, user.id, codes.map(hashRecoveryCode), now)
    await recordAudit(trx, { userId: user.id, action: 'user.second-factor-enrol', itemType: 'user', itemId: user.id, ip }, now)
  })
  return codes
}

/** For a lost phone: the user enrols again at their next sign-in; their sessions end. */
export async function resetSecondFactor(db: Db, { user, ip }: Actor, target: NewsroomUser, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const had = await removeSecondFactor(trx, target.id)
    const sessionsEnded = await deleteSessionsOfUser(trx, target.id)
    await recordAudit(trx, { userId: user.id, action: 'user.reset-second-factor', itemType: 'user', itemId: target.id, ip, details: { had, sessionsEnded } }, now)
  })
}

export async function requireSecondFactor(db: Db, { user, ip }: Actor, required: boolean, now: Date): Promise<void> {
  const before = await isSecondFactorRequired(db)
  if (before === required) return
  await db.transaction().execute(async (trx) => {
    await setSecondFactorRequired(trx, required)
    await recordAudit(trx, { userId: user.id, action: 'settings.second-factor-required', itemType: 'setting', itemId: 'second-factor-required', ip, details: { from: before, to: required } }, now)
  })
}
