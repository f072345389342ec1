import { BadRequestError } from '../../platform/http/errors.ts'
import { once, type Sent } from '../../platform/http/request-schemas.ts'
import { phrase } from '../../platform/i18n/index.ts'
import { ratingMessages, surveyMessages } from './messages.ts'

/** Why the information did not help: the stored code and its words in the catalogue. */
export const RATING_REASONS = {
  'thieu-thong-tin': 'reasonMissing',
  'kho-hieu': 'reasonUnclear',
  'khong-chinh-xac': 'reasonWrong',
  'da-cu': 'reasonOutdated',
  khac: 'reasonOther',
} as const satisfies Record<string, keyof typeof ratingMessages.vi>

export type RatingReason = keyof typeof RATING_REASONS
export const REASON_CODES = Object.keys(RATING_REASONS) as RatingReason[]

/** A reader's comment is kept for the newsroom: short, and never published. */
export const COMMENT_MAX = 500

export interface Rating {
  helpful: boolean
  /** '' when not given (and always when helpful). */
  reason: RatingReason | ''
  comment: string
}

export interface RatingForm {
  'huu-ich'?: Sent
  'ly-do'?: Sent
  'gop-y'?: Sent
}

/** The form as sent, judged: a clear 400 (in the page's words) for anything the form cannot send. */
export function readRating(form: RatingForm): Rating {
  const answer = once(form['huu-ich'])
  if (answer !== 'co' && answer !== 'khong') throw new BadRequestError('answer must be co or khong', phrase(ratingMessages, 'chooseAnswer'), 'bad_answer')
  const reason = once(form['ly-do']) ?? ''
  if (form['ly-do'] !== undefined && typeof form['ly-do'] !== 'string') throw unknownReason()
  if (reason !== '' && !(reason in RATING_REASONS)) throw unknownReason()
  const comment = cleanComment(form['gop-y'])
  if (comment.length > COMMENT_MAX) throw new BadRequestError('comment too long', phrase(ratingMessages, 'commentTooLong', { max: COMMENT_MAX }), 'comment_too_long')
  // A reason says why it did not help: a "yes" keeps none.
  return { helpful: answer === 'co', reason: answer === 'co' ? '' : (reason as RatingReason | ''), comment }
}

const unknownReason = () => new BadRequestError('unknown reason', phrase(ratingMessages, 'unknownReason'), 'unknown_reason')

/** One line of text or a few: NFC, no control characters but line breaks, trimmed. */
export function cleanComment(value: Sent | undefined): string {
  const text = typeof value === 'string' ? value : Array.isArray(value) ? value.join('\n') : ''
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '').trim()
}

/** The survey's four questions: the form's field, the stored column, the words. */
export const SURVEY_ASPECTS = [
  { field: 'giao-dien', column: 'interface_score', words: 'interface' },
  { field: 'noi-dung', column: 'content_score', words: 'content' },
  { field: 'chat-luong', column: 'quality_score', words: 'quality' },
  { field: 'ho-tro', column: 'support_score', words: 'support' },
] as const satisfies readonly { field: string; column: string; words: keyof typeof surveyMessages.vi }[]

export type SurveyAspect = (typeof SURVEY_ASPECTS)[number]
export type SurveyScores = Record<SurveyAspect['column'], number>
export const SCORES = [1, 2, 3, 4, 5] as const

export interface SurveyAnswer {
  scores: SurveyScores
  comment: string
}

/** The survey as sent: each question's score (field → problem) or the answer. */
export function readSurvey(form: Record<string, Sent | undefined>): { answer: SurveyAnswer } | { problems: Record<string, 'chooseScore' | 'commentTooLong'> } {
  const problems: Record<string, 'chooseScore' | 'commentTooLong'> = {}
  const scores = {} as SurveyScores
  for (const aspect of SURVEY_ASPECTS) {
    const value = once(form[aspect.field])
    if (value === undefined || !/^[1-5]$/.test(value)) problems[aspect.field] = 'chooseScore'
    else scores[aspect.column] = Number(value)
  }
  const comment = cleanComment(form['gop-y'])
  if (comment.length > COMMENT_MAX) problems['gop-y'] = 'commentTooLong'
  return Object.keys(problems).length > 0 ? { problems } : { answer: { scores, comment } }
}
