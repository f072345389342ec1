import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'

export interface SecondFactor {
  secret: string
  createdAt: Date
  /** Undefined while the user is still enrolling. */
  confirmedAt: Date | undefined
  lastUsedStep: number
}

export async function findSecondFactor(db: Db, userId: number): Promise<SecondFactor | undefined> {
  const row = await db.selectFrom('second_factors').selectAll().where('user_id', '=', userId).executeTakeFirst()
  return row && {
    secret: row.secret, createdAt: toInstant(row.created_at), lastUsedStep: row.last_used_step,
    confirmedAt: row.confirmed_at ? toInstant(row.confirmed_at) : undefined,
  }
}

/** Keeps a secret being enrolled, so that reloading the page does not change the QR code. */
export async function startEnrolment(db: Db, userId: number, secret: string, now: Date): Promise<void> {
  await db.insertInto('second_factors').values({ user_id: userId, secret, created_at: now.toISOString() })
    .onConflict((oc) => oc.column('user_id').doNothing())
    .execute()
}

export async function confirmEnrolment(db: Db, userId: number, step: number, now: Date): Promise<boolean> {
  const result = await db.updateTable('second_factors').set({ confirmed_at: now.toISOString(), last_used_step: step })
    .where('user_id', '=', userId).where('confirmed_at', 'is', null).executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/**
 * Takes the step of an accepted code: false when it, or a later one, was taken already (a
 * replay, or the same code sent twice at once to two instances: only one update wins).
 */
export async function takeStep(db: Db, userId: number, step: number): Promise<boolean> {
  const result = await db.updateTable('second_factors').set({ last_used_step: step })
    .where('user_id', '=', userId).where('confirmed_at', 'is not', null).where('last_used_step', '<', step)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function replaceRecoveryCodes(db: Db, userId: number, hashes: string[], now: Date): Promise<void> {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute()
  await db.insertInto('recovery_codes').values(hashes.map((code_hash) => ({ user_id: userId, code_hash, created_at: now.toISOString() }))).execute()
}

/** Spends the code: true once, false ever after (and for a code that is not theirs). */
export async function spendRecoveryCode(db: Db, userId: number, hash: string, now: Date): Promise<boolean> {
  const result = await db.updateTable('recovery_codes').set({ used_at: now.toISOString() })
    .where('user_id', '=', userId).where('code_hash', '=', hash).where('used_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) >= 1
}

export async function countRecoveryCodesLeft(db: Db, userId: number): Promise<number> {
  const row = await db.selectFrom('recovery_codes').select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('user_id', '=', userId).where('used_at', 'is', null).executeTakeFirstOrThrow()
  return Number(row.n)
}

/** An administrator's reset: authenticator, recovery codes and sign-ins waiting for a code. */
export async function removeSecondFactor(db: Db, userId: number): Promise<boolean> {
  const result = await db.deleteFrom('second_factors').where('user_id', '=', userId).executeTakeFirst()
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute()
  await db.deleteFrom('pending_sign_ins').where('user_id', '=', userId).execute()
  return Number(result.numDeletedRows) === 1
}

// The administrator's setting lives with the site's other settings (site_settings), under a
// key of its own that the site's settings reader ignores.
const REQUIRED_KEY = 'accounts.second-factor-required'

export async function isSecondFactorRequired(db: Db): Promise<boolean> {
  const row = await db.selectFrom('site_settings').select('value').where('key', '=', REQUIRED_KEY).executeTakeFirst()
  return row?.value === '1'
}

export async function setSecondFactorRequired(db: Db, required: boolean): Promise<void> {
  const value = required ? '1' : '0'
  await db.insertInto('site_settings').values({ key: REQUIRED_KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute()
}
