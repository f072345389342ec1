import type { FastifyReply, FastifyRequest } from 'fastify'
import { AppError, ValidationError } from '../../platform/http/errors.ts'
import { fromSameOrigin } from '../../platform/http/same-origin.ts'
import { say, type Locale } from '../../platform/i18n/index.ts'
import { ChallengeRequiredError, RateLimitedError } from './abuse-control.ts'
import type { IssuedChallenge } from './challenge.ts'

// How a public form without a session (a reader's comment, a citizen's comment on a draft)
// answers a post it refuses: the same codes and the same JSON for the comment script, the same
// form shown again for readers without JavaScript.

export function wantsJson(req: FastifyRequest): boolean {
  return /\bapplication\/json\b/.test(req.headers.accept ?? '')
}

/** Same origin when the browser says where the form came from; old browsers and tools say nothing. */
export function fromOurPages(req: FastifyRequest): boolean {
  const site = req.headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false
  return fromSameOrigin(req)
}

/** The JSON a refused post answers with: `fields` inside the error, anything else beside it. */
export function sendJsonFailure(reply: FastifyReply, status: number, code: string, message: string, extra: Record<string, unknown> = {}): FastifyReply {
  const { fields, ...rest } = extra
  return reply.code(status).header('cache-control', 'no-store').send({ error: { code, message, ...(fields ? { fields } : {}) }, ...rest })
}

/** An error's message in the page's words when it carries a catalogue phrase. */
export const errorWords =
  (locale: Locale) =>
  (error: AppError): string =>
    // An error without words in the catalogues: its Vietnamese words, or its English API message.
    error.phrase ? say(locale, error.phrase) : locale.lang === 'vi' ? error.messageVi : error.message

/** What a form shows again above and beside what was typed. */
export interface FormShownAgain {
  errors?: Record<string, string>
  challenge?: IssuedChallenge
  message?: string
}

export interface RefusalAnswers {
  json: boolean
  /** An error's message in the page's words. */
  words: (error: AppError) => string
  /** The failure as JSON, or as a page of its own. */
  fail: (status: number, code: string, message: string, extra?: Record<string, unknown>) => Promise<FastifyReply>
  /** The form again, with what was typed. */
  again: (status: number, form: FormShownAgain) => Promise<FastifyReply>
}

/**
 * Answers a post the service refused: field messages (422), a challenge to solve (422), a rate
 * limit (429 with Retry-After), or any other AppError as it is. Anything else is a fault: thrown.
 */
export function answerRefusal(error: unknown, reply: FastifyReply, answers: RefusalAnswers): Promise<FastifyReply> {
  const { json, words, fail, again } = answers
  if (error instanceof ValidationError) {
    if (json) return fail(422, error.code, error.messageVi, { fields: error.fields })
    return again(422, { errors: error.fields })
  }
  if (error instanceof ChallengeRequiredError) {
    const { token, bits } = error.challenge
    if (json) return fail(422, error.code, words(error), { fields: { challenge: words(error) }, challenge: { token, bits } })
    return again(422, { errors: { challenge: words(error) }, challenge: error.challenge })
  }
  if (error instanceof RateLimitedError) {
    reply.header('retry-after', String(error.retryAfterSeconds))
    if (json) return fail(429, error.code, words(error))
    return again(429, { message: words(error) })
  }
  if (error instanceof AppError) return fail(error.status, error.code, words(error))
  throw error
}
