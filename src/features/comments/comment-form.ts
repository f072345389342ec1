import type { Static } from '@sinclair/typebox'
import { ValidationError } from '../../platform/http/errors.ts'
import { once } from '../../platform/http/request-schemas.ts'
import type { Translate } from '../../platform/i18n/index.ts'
import type { commentMessages } from './messages.ts'
import { EMAIL, normaliseEmail } from '../accounts/index.ts'
import { BODY_MAX, EMAIL_MAX, LINKS_MAX, NAME_MAX } from './comment.ts'
import { cleanCommentText, cleanLine, countLinks } from './comment-text.ts'
import type { ReaderCommentForm } from './comment.schemas.ts'

/** What the reader typed, kept to show again beside the messages. */
export interface CommentFormValues {
  name: string
  email: string
  body: string
  replyTo: string
  /** The honeypot: people leave it empty, form-filling robots do not. */
  website: string
  challenge: string
  nonce: string
  answer: string
}

export interface CommentSubmission {
  authorName: string
  authorEmail: string
  body: string
  replyTo: number | undefined
}

const FIELDS = ['name', 'email', 'body', 'replyTo', 'website', 'challenge', 'nonce', 'answer'] as const
// Far above any real comment: a longer field is cut before any work is done on it.
const READ_MAX = 20_000

/** A field sent twice counts as not filled in: its message asks for it again. */
export function readCommentForm(body: Static<typeof ReaderCommentForm>): CommentFormValues {
  const values = {} as CommentFormValues
  for (const key of FIELDS) values[key] = once(body[key])?.slice(0, READ_MAX).normalize('NFC') ?? ''
  return values
}

/** Checks every field at once; messages in Vietnamese, keyed by field, shown next to it. */
export function validateCommentForm(values: CommentFormValues, t: Translate<(typeof commentMessages)['vi']>): CommentSubmission {
  const errors: Record<string, string> = {}
  const { authorName, authorEmail } = checkAuthor(values, t, errors)
  const body = checkText(values.body, { bodyMax: BODY_MAX, linksMax: LINKS_MAX }, t, errors)
  let replyTo: number | undefined
  if (values.replyTo.trim()) {
    if (/^\d{1,9}$/.test(values.replyTo.trim())) replyTo = Number(values.replyTo.trim())
    else errors.replyTo = t('replyTargetMissing')
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)
  return { authorName, authorEmail, body, replyTo }
}

type AuthorAndTextMessages = Pick<(typeof commentMessages)['vi'], 'nameMissing' | 'nameTooLong' | 'emailMissing' | 'emailInvalid' | 'bodyMissing' | 'bodyTooLong' | 'tooManyLinks'>
/** Any public form's catalogue that has these messages, with these placeholders, in its own words. */
export type AuthorAndTextWords = Translate<AuthorAndTextMessages>

/** The name and e-mail every public form asks for, cleaned; what is wrong goes into `errors`. */
export function checkAuthor(values: { name: string; email: string }, t: AuthorAndTextWords, errors: Record<string, string>): { authorName: string; authorEmail: string } {
  const authorName = cleanLine(values.name)
  const authorEmail = normaliseEmail(values.email)
  if (!authorName) errors.name = t('nameMissing')
  else if (authorName.length > NAME_MAX) errors.name = t('nameTooLong', { max: String(NAME_MAX) })
  if (!authorEmail) errors.email = t('emailMissing')
  else if (authorEmail.length > EMAIL_MAX || !EMAIL.test(authorEmail)) errors.email = t('emailInvalid')
  return { authorName, authorEmail }
}

/** A comment's text, cleaned and held to the form's length and links; what is wrong goes into `errors.body`. */
export function checkText(text: string, limits: { bodyMax: number; linksMax: number }, t: AuthorAndTextWords, errors: Record<string, string>): string {
  const body = cleanCommentText(text)
  if (!body) errors.body = t('bodyMissing')
  else if (body.length > limits.bodyMax) errors.body = t('bodyTooLong', { max: String(limits.bodyMax), length: String(body.length) })
  else if (countLinks(body) > limits.linksMax) errors.body = t('tooManyLinks', { max: String(limits.linksMax) })
  return body
}
