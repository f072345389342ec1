import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { AppError } from '../../platform/http/errors.ts'
import { createLocale, phrase, type Locale } from '../../platform/i18n/index.ts'
import type { Mailer } from '../../platform/mail.ts'
import type { AbuseControl, AbuseCounters } from '../comments/index.ts'
import { localDateOf, type WorkingCalendar } from '../working-days/index.ts'
import { questionMessages } from './messages.ts'
import { receivedLetter } from './question-letters.ts'
import { validateAskForm, type AskFormValues } from './question-form.ts'
import { addNote, findCaseByCode, insertQuestion, listHistory, listTopics, readRetentionMonths } from './question.repository.ts'
import { ANSWER_WORKING_DAYS, normalisePhone, type HistoryEntry, type QuestionCase } from './question.ts'

const vietnamese = createLocale('vi')
const MINUTE = 60_000

/** Wrong look-ups: per address, and per code (many addresses guessing one code's contact). */
export const LOOKUP_LIMITS = {
  perAddress: { max: 5, windowMs: 15 * MINUTE },
  perCode: { max: 10, windowMs: 60 * MINUTE },
}

export class LookupLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'rate_limited', 'too many failed look-ups', phrase(questionMessages, 'tooManyLookups', { minutes: Math.ceil(retryAfterSeconds / 60) }))
  }
}

/** The same answer whatever part was wrong: a code alone tells nothing about who asked. */
export class LookupFailedError extends AppError {
  constructor() {
    super(404, 'not_found', 'no case matches this code and contact', phrase(questionMessages, 'notFound'))
  }
}

export interface IntakeDeps {
  db: Db
  clock: Clock
  events: NewsroomEventBus
  mail: Mailer
  calendar: WorkingCalendar
  abuse: AbuseControl
  counters: AbuseCounters
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
 * given on screen and by mail) and looking a case up by its code and the asker's contact.
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
    for (let attempt = 0; ; attempt++) {
      try {
        const { code } = await db.transaction().execute(async (trx) => {
          const inserted = await insertQuestion(trx, question, year, now)
          // A filled honeypot is kept, not lost: the officer reads why it looks automatic and may refuse it.
          if (values.website.trim()) await addNote(trx, inserted.id, null, 'Điền vào ô bẫy dành cho máy (honeypot): có thể là thư rác.', now)
          if (question.email) await mail.queue(trx, receivedLetter({ ...question, code: inserted.code }, this.deps.publicUrl))
          return inserted
        })
        if (question.email) mail.wake()
        this.deps.events.emit('questions.changed', { ids: [] })
        return { code, dueOn, email: question.email, title: question.title }
      } catch (error) {
        // Two questions took the same number at once: the next try reads the new last one.
        if (attempt < 4 && /unique|duplicate key/i.test(String((error as Error).message))) continue
        throw error
      }
    }
  }

  /** The case and its history when the code and the e-mail or phone match; one refusal otherwise. */
  async lookUp(codeText: string, contactText: string, sender: { ip: string }): Promise<{ case: QuestionCase; history: HistoryEntry[] }> {
    const { db, clock, counters } = this.deps
    const now = clock.now()
    const code = codeText.normalize('NFC').trim().toUpperCase().slice(0, 40)
    const keys = [[`question-lookup:ip:${sender.ip}`, LOOKUP_LIMITS.perAddress], [`question-lookup:code:${code}`, LOOKUP_LIMITS.perCode]] as const
    for (const [key, limit] of keys) {
      if (await counters.peek(key, limit.windowMs, now) >= limit.max) {
        throw new LookupLimitedError(Math.max(60, Math.ceil((limit.windowMs - (now.getTime() % limit.windowMs)) / 1000)))
      }
    }
    const found = code ? await findCaseByCode(db, code) : undefined
    if (!found || !contactMatches(found, contactText)) {
      for (const [key, limit] of keys) await counters.hit(key, limit.windowMs, now)
      throw new LookupFailedError()
    }
    return { case: found, history: await listHistory(db, found.id) }
  }
}

function contactMatches(q: QuestionCase, typed: string): boolean {
  const text = typed.normalize('NFC').trim().toLowerCase()
  if (!text) return false
  if (text.includes('@')) return q.email !== '' && q.email === text
  const phone = normalisePhone(text)
  return q.phone !== '' && phone.length >= 9 && q.phone === phone
}
