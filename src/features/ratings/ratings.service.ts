import type { Clock } from '../../platform/clock.ts'
import type { ContentItem, ContentSources } from '../../platform/content/index.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { AppError, NotFoundError } from '../../platform/http/errors.ts'
import type { Reader, ReaderMarks } from '../../platform/http/reader-mark.ts'
import { phrase } from '../../platform/i18n/index.ts'
import type { AbuseCounters } from '../comments/index.ts'
import { ratingMessages } from './messages.ts'
import { insertRating, insertSurveyAnswer } from './rating.repository.ts'
import type { Rating, SurveyAnswer } from './rating.ts'

const HOUR = 60 * 60 * 1000

// How much one address may send, as the comments' counters count it. Generous: one answer per
// item and day counts anyway; these stop a script from filling the table with rows.
export const RATING_LIMITS = {
  ratings: { max: 60, windowMs: HOUR },
  survey: { max: 10, windowMs: HOUR },
}

export class RatingRateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'rate_limited', 'too many answers', phrase(ratingMessages, 'rateLimited', { minutes: Math.ceil(retryAfterSeconds / 60) }))
  }
}

export interface RatingsDeps {
  db: Db
  clock: Clock
  events: NewsroomEventBus
  sources: ContentSources
  marks: ReaderMarks
  /** The comments module's counters, when the portal has it: without them nothing is limited. */
  counters: AbuseCounters | undefined
}

export class Ratings {
  constructor(private readonly deps: RatingsDeps) {}

  /** A published item readers may rate, by its kind and id as sent; NotFoundError for anything else. */
  async ratedItem(kind: string, rawId: string): Promise<ContentItem> {
    const source = /^[a-z][a-z0-9-]{0,30}$/.test(kind) ? this.deps.sources.get(kind) : undefined
    if (!source || !/^[1-9]\d{0,8}$/.test(rawId)) throw new NotFoundError()
    const [item] = await source.read([Number(rawId)])
    if (!item) throw new NotFoundError()
    return item
  }

  /** Counts the reader's answer, once per item and day; false when today's was given already. */
  async rate(item: ContentItem, rating: Rating, reader: Reader): Promise<boolean> {
    const now = this.deps.clock.now()
    await this.#admit('ratings', reader.ip, now)
    const marked = await this.deps.marks.mark(reader, `rating:${item.kind}:${item.id}`, now)
    return insertRating(this.deps.db, item, rating, marked, now)
  }

  /** Counts the reader's survey, once a day; false when today's was given already. */
  async answerSurvey(answer: SurveyAnswer, reader: Reader): Promise<boolean> {
    const now = this.deps.clock.now()
    await this.#admit('survey', reader.ip, now)
    const counted = await insertSurveyAnswer(this.deps.db, answer, await this.deps.marks.mark(reader, 'survey', now), now)
    if (counted) this.deps.events.emit('survey.answered', {})
    return counted
  }

  async #admit(what: keyof typeof RATING_LIMITS, ip: string, now: Date): Promise<void> {
    const counters = this.deps.counters
    if (!counters) return
    const limit = RATING_LIMITS[what]
    const key = `${what}:ip:${ip}`
    if (await counters.peek(key, limit.windowMs, now) >= limit.max) {
      throw new RatingRateLimitedError(Math.max(60, Math.ceil((limit.windowMs - (now.getTime() % limit.windowMs)) / 1000)))
    }
    await counters.hit(key, limit.windowMs, now)
  }
}
