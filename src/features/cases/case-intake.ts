import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { Letter, Mailer } from '../../platform/mail.ts'
import type { AbuseControl } from '../comments/index.ts'
import { localDateOf, type WorkingCalendar } from '../working-days/index.ts'
import { withNextNumber } from './tracking-code.ts'

export interface CaseIntakeDeps {
  db: Db
  clock: Clock
  mail: Mailer
  calendar: WorkingCalendar
  abuse: AbuseControl
  challengeSecret: () => Promise<string>
}

/** One kind of case being received: how it is limited, how long the office has, and how it is kept. */
export interface CaseReceipt {
  /** The abuse control's name for this form ('questions', 'feedback'): each has its own limits. */
  form: string
  /** The fields as sent, for the challenge and the honeypot. */
  values: Parameters<AbuseControl['admit']>[3]
  /** Working days the office has to answer, from now. */
  workingDays: number
  /** Stores the case in the transaction; its number is the next of the year. */
  store(trx: Db, dueOn: string, year: number, now: Date): Promise<{ code: string }>
  /** The "we have received it" letter, when the citizen gave an address; queued in the same transaction. */
  letter?(code: string, dueOn: string): Letter | undefined
}

/**
 * Receiving a citizen's case, the same for every kind (Hỏi đáp, Phản ánh): refusals (too many
 * from one address, a failed challenge) come before anything is stored; the case, its tracking
 * number and its letter are kept together or not at all. The caller has validated the form.
 */
export async function receiveCase(deps: CaseIntakeDeps, sender: { ip: string }, receipt: CaseReceipt): Promise<{ code: string; dueOn: string }> {
  const { db, clock, abuse, calendar, mail } = deps
  const now = clock.now()
  await abuse.checkRate(sender.ip, receipt.form, now)
  await abuse.admit(await deps.challengeSecret(), sender.ip, receipt.form, receipt.values, now)
  const dueOn = await calendar.deadlineFrom(now, receipt.workingDays)
  const year = Number(localDateOf(now).slice(0, 4))
  let lettered = false
  const { code } = await withNextNumber(() => db.transaction().execute(async (trx) => {
    const stored = await receipt.store(trx, dueOn, year, now)
    const letter = receipt.letter?.(stored.code, dueOn)
    lettered = letter !== undefined
    if (letter) await mail.queue(trx, letter)
    return stored
  }))
  if (lettered) mail.wake()
  return { code, dueOn }
}
