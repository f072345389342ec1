import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import type { Translate } from '../../platform/i18n/index.ts'
import type { Mailer } from '../../platform/mail.ts'
import { withNextNumber } from '../cases/index.ts'
import type { AbuseControl } from '../comments/index.ts'
import { localDateOf, type WorkingCalendar } from '../working-days/index.ts'
import { validateFeedback, type FeedbackFormValues, type ReceivedAttachment } from './feedback-form.ts'
import { receivedLetter } from './feedback-letters.ts'
import { insertFeedback } from './feedback.repository.ts'
import { RESULT_WORKING_DAYS } from './feedback.ts'
import type { feedbackMessages } from './messages.ts'

export interface FeedbackIntakeDeps {
  db: Db
  clock: Clock
  events: NewsroomEventBus
  mail: Mailer
  calendar: WorkingCalendar
  abuse: AbuseControl
  challengeSecret: () => Promise<string>
  publicUrl: string
}

export interface Received {
  code: string
  dueOn: string
  email: string
  title: string
}

/**
 * The citizens' side: sending feedback (checked by the readers' comments' abuse control, the
 * tracking code given on screen and by mail). /tra-cuu finds it through feedback.tracking.ts.
 */
export class FeedbackIntake {
  constructor(private readonly deps: FeedbackIntakeDeps) {}

  /** Refusals come before anything is stored; an answer means the case, its files and its letter are kept. */
  async send(values: FeedbackFormValues, files: ReceivedAttachment[], fileError: string | undefined, sender: { ip: string }, t: Translate<(typeof feedbackMessages)['vi']>): Promise<Received> {
    const { db, clock, abuse, calendar, mail } = this.deps
    const now = clock.now()
    const submission = validateFeedback(values, localDateOf(now), t, fileError)
    await abuse.checkRate(sender.ip, 'feedback', now)
    await abuse.admit(await this.deps.challengeSecret(), sender.ip, 'feedback', values, now)
    const dueOn = await calendar.deadlineFrom(now, RESULT_WORKING_DAYS)
    const year = Number(localDateOf(now).slice(0, 4))
    const feedback = { ...submission, dueOn, attachments: files.map((f) => ({ kind: f.kind, bytes: f.bytes })) }
    const { code } = await withNextNumber(() => db.transaction().execute(async (trx) => {
      const inserted = await insertFeedback(trx, feedback, year, now)
      if (feedback.email) await mail.queue(trx, receivedLetter({ ...feedback, code: inserted.code }, this.deps.publicUrl))
      return inserted
    }))
    if (feedback.email) mail.wake()
    this.deps.events.emit('feedback.changed', { ids: [] })
    return { code, dueOn, email: feedback.email, title: feedback.title }
  }
}
