import type { Db } from '../../platform/db/connect.ts'
import { recordAudit } from '../audit/index.ts'
import type { AccountMail } from './account-mail.ts'
import { decoyAccountToken, issueAccountToken, spendAccountToken } from './account-token.repository.ts'
import type { AccountTokenPurpose } from './account-token.table.ts'
import { hashPassword } from './password.ts'
import { admitResetRequest } from './reset-guard.ts'
import { deleteSessionsOfUser } from './session.repository.ts'
import { forgetSignInFailures } from './sign-in-guard.ts'
import { findUserById, findUserCredentials, setPassword } from './user.repository.ts'

// The links in letters: an invitation or a reset sets the user's own password, once. And the
// "Quên mật khẩu?" request, which answers alike for every address.

/** Thrown inside the transaction for an address with no (active) account: its work is undone. */
class NothingToSend extends Error {}

/**
 * Sets the password the link's owner chose; every session of theirs ends. False when the link
 * is unknown, spent, expired, of the other kind, or its account was deactivated meanwhile.
 */
export async function setPasswordByLink(db: Db, link: { token: string; purpose: AccountTokenPurpose }, password: string, ip: string, now: Date): Promise<boolean> {
  const passwordHash = await hashPassword(password)
  return db.transaction().execute(async (trx) => {
    const spent = await spendAccountToken(trx, link.token, now)
    const user = spent && spent.purpose === link.purpose ? await findUserById(trx, spent.userId) : undefined
    if (!user?.isActive) return false
    await setPassword(trx, user.id, passwordHash, now)
    const sessionsEnded = await deleteSessionsOfUser(trx, user.id)
    await forgetSignInFailures(trx, user.email)
    await recordAudit(trx, { userId: user.id, action: 'user.set-password-by-link', itemType: 'user', itemId: user.id, ip, details: { purpose: link.purpose, sessionsEnded } }, now)
    return true
  })
}

/**
 * A reset link for the address, if an active account has it. An unknown address takes the same
 * path (a token made, a letter laid out and queued) inside a transaction that is then undone,
 * so neither the answer nor its time tells whether the address exists. False: rate-limited.
 */
export async function requestPasswordReset(db: Db, mail: AccountMail, email: string, ip: string, now: Date): Promise<boolean> {
  if (!(await admitResetRequest(db, { email, ip }, now))) return false
  try {
    await db.transaction().execute(async (trx) => {
      const found = await findUserCredentials(trx, email)
      const user = found?.user.isActive ? found.user : undefined
      const token = user ? await issueAccountToken(trx, user.id, 'password-reset', now) : await decoyAccountToken(trx)
      await mail.passwordReset(trx, user ?? { email, name: email }, token, false)
      if (!user) throw new NothingToSend()
      await recordAudit(trx, { userId: null, action: 'user.request-password-reset', itemType: 'user', itemId: user.id, ip }, now)
    })
    mail.wake()
  } catch (error) {
    if (!(error instanceof NothingToSend)) throw error
  }
  return true
}
