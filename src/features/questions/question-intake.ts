import type { NewsroomEventBus } from '../../platform/events.ts'
import { createLocale, type Locale } from '../../platform/i18n/index.ts'
import { receiveCase, type CaseIntakeDeps } from '../cases/index.ts'
import { questionMessages } from './messages.ts'
import { receivedLetter } from './question-letters.ts'
import { validateAskForm, type AskFormValues } from './question-form.ts'
import { addNote, insertQuestion, listTopics, readRetentionMonths } from './question.repository.ts'
import { ANSWER_WORKING_DAYS } from './question.ts'

const vietnamese = createLocale('vi')

export interface IntakeDeps extends CaseIntakeDeps {
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
 * The citizens' side: asking (checked by the readers' comments' abuse control, the tracking code
 * given on screen and by mail). The look-up at /tra-cuu is the shared one of cases/ (question.tracking.ts).
 */
export class QuestionIntake {
  constructor(private readonly deps: IntakeDeps) {}

  topics = () => listTopics(this.deps.db)
  retentionMonths = () => readRetentionMonths(this.deps.db)

  /** Refusals come before anything is stored; an answer means the question and its letter are kept. */
  async ask(values: AskFormValues, sender: { ip: string }, locale: Locale = vietnamese): Promise<Received> {
    const submission = validateAskForm(values, await this.topics(), locale.t(questionMessages))
    const { code, dueOn } = await receiveCase(this.deps, sender, {
      form: 'questions',
      values,
      workingDays: ANSWER_WORKING_DAYS,
      store: async (trx, dueOn, year, now) => {
        const inserted = await insertQuestion(trx, { ...submission, lang: locale.lang, dueOn }, year, now)
        // A filled honeypot is kept, not lost: the officer reads why it looks automatic and may refuse it.
        if (values.website.trim()) await addNote(trx, inserted.id, null, 'Điền vào ô bẫy dành cho máy (honeypot): có thể là thư rác.', now)
        return inserted
      },
      letter: (code, dueOn) => (submission.email ? receivedLetter({ ...submission, lang: locale.lang, code, dueOn }, this.deps.publicUrl) : undefined),
    })
    this.deps.events.emit('questions.changed', { ids: [] })
    return { code, dueOn, email: submission.email, title: submission.title }
  }
}
