import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { createLocale, type Locale } from '../../platform/i18n/index.ts'
import type { Mailer } from '../../platform/mail.ts'
import { withNextNumber } from '../cases/index.ts'
import type { AbuseControl } from '../comments/index.ts'
import { localDateOf, type WorkingCalendar } from '../working-days/index.ts'
import { questionMessages } from './messages.ts'
import { receivedLetter } from './question-letters.ts'
import { validateAskForm, type AskFormValues } from './question-form.ts'
import { addNote, insertQuestion, listTopics, readRetentionMonths } from './question.repository.ts'
import { ANSWER_WORKING_DAYS } from './question.ts'

const vietnamese = createLocale('vi')

export interface IntakeDeps {
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
 * The citizens' side: asking (checked by the readers' comments' abuse control, the tracking code
 * given on screen and by mail). The look-up at /tra-cuu is the shared one of cases/ (question.tracking.ts).
 */
export class QuestionIntake {
  constructor(private readonly deps: IntakeDeps) {}

  topics = () => listTopics(this.deps.db)
  retentionMonths = () => readRetentionMonths(this.deps.db)

  /** Refusals come before anything is stored; an answer means the question and its letter are kept. */
  async ask(values: AskFormValues, sender: { ip: string }, locale: Locale = vietnamese): Promise<Received> {
    const { db, clock, abuse, calendar, mail } = this.deps
    const now = clock.now()
    const submission = validateAskForm(values, await this.topics(), locale.t(questionMessages))
    await abuse.checkRate(sender.ip, 'questions', now)
    await abuse.admit(await this.deps.challengeSecret(), sender.ip, 'questions', values, now)
    const dueOn = await calendar.deadlineFrom(now, ANSWER_WORKING_DAYS)
    const year = Number(localDateOf(now).slice(0, 4))
    const question = { ...submission, lang: locale.lang, dueOn }
    const { code } = await withNextNumber(() => db.transaction().execute(async (trx) => {
      const inserted = await insertQuestion(trx, question, year, now)
      // A filled honeypot is kept, not lost: the officer reads why it looks automatic and may refuse it.
      if (values.website.trim()) await addNote(trx, inserted.id, null, 'Điền vào ô bẫy dành cho máy (honeypot): có thể là thư rác.', now)
      if (question.email) await mail.queue(trx, receivedLetter({ ...question, code: inserted.code }, this.deps.publicUrl))
      return inserted
    }))
    if (question.email) mail.wake()
    this.deps.events.emit('questions.changed', { ids: [] })
    return { code, dueOn, email: question.email, title: question.title }
  }
}
