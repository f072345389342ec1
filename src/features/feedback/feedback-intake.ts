import type { NewsroomEventBus } from '../../platform/events.ts'
import type { Translate } from '../../platform/i18n/index.ts'
import { receiveCase, type CaseIntakeDeps } from '../cases/index.ts'
import { localDateOf } from '../working-days/index.ts'
import { validateFeedback, type FeedbackFormValues, type ReceivedAttachment } from './feedback-form.ts'
import { receivedLetter } from './feedback-letters.ts'
import { insertFeedback } from './feedback.repository.ts'
import { RESULT_WORKING_DAYS } from './feedback.ts'
import type { feedbackMessages } from './messages.ts'

export interface FeedbackIntakeDeps extends CaseIntakeDeps {
  events: NewsroomEventBus
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
    const submission = validateFeedback(values, localDateOf(this.deps.clock.now()), t, fileError)
    const attachments = files.map((f) => ({ kind: f.kind, bytes: f.bytes }))
    const { code, dueOn } = await receiveCase(this.deps, sender, {
      form: 'feedback',
      values,
      workingDays: RESULT_WORKING_DAYS,
      store: (trx, dueOn, year, now) => insertFeedback(trx, { ...submission, dueOn, attachments }, year, now),
      letter: (code, dueOn) => (submission.email ? receivedLetter({ ...submission, code, dueOn }, this.deps.publicUrl) : undefined),
    })
    this.deps.events.emit('feedback.changed', { ids: [] })
    return { code, dueOn, email: submission.email, title: submission.title }
  }
}
