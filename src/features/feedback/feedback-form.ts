import { ValidationError } from '../../platform/http/errors.ts'
import type { Translate } from '../../platform/i18n/index.ts'
import { normaliseEmail, EMAIL } from '../accounts/index.ts'
import { normalisePhone, PHONE } from '../cases/index.ts'
import { cleanCommentText, cleanLine, countLinks } from '../comments/index.ts'
import { parseLocalDate } from '../working-days/index.ts'
import type { feedbackMessages } from './messages.ts'
import { ANONYMOUS_NAME, BODY_MAX, EMAIL_MAX, NAME_MAX, PLACE_MAX, TITLE_MAX, UNIT_MAX, type AttachmentKind } from './feedback.ts'

export const FEEDBACK_FIELDS = ['name', 'email', 'phone', 'title', 'body', 'place', 'happenedOn', 'unit', 'namedPublicly', 'consent', 'website', 'challenge', 'nonce', 'answer'] as const
export type FeedbackFormValues = Record<(typeof FEEDBACK_FIELDS)[number], string>
const READ_MAX = 20_000
const LINKS_MAX = 3

export const emptyFeedbackValues = (): FeedbackFormValues => Object.fromEntries(FEEDBACK_FIELDS.map((f) => [f, ''])) as FeedbackFormValues

/** A field sent twice counts as not filled in: its message asks for it again. */
export function readFeedbackValues(fields: Record<string, string[]>): FeedbackFormValues {
  const values = emptyFeedbackValues()
  for (const key of FEEDBACK_FIELDS) {
    const sent = fields[key]
    values[key] = sent?.length === 1 ? sent[0]!.slice(0, READ_MAX).normalize('NFC') : ''
  }
  return values
}

export interface FeedbackSubmission {
  senderName: string
  email: string
  phone: string
  title: string
  body: string
  place: string
  happenedOn: string
  unit: string
  namedPublicly: boolean
  publicName: string
}

/** Checks every field at once; messages keyed by field, shown next to it. File problems come in `fileErrors`. */
export function validateFeedback(values: FeedbackFormValues, today: string, t: Translate<(typeof feedbackMessages)['vi']>, fileError?: string): FeedbackSubmission {
  const errors: Record<string, string> = {}
  const line = (key: keyof FeedbackFormValues, max: number, missing?: 'nameMissing' | 'titleMissing' | 'placeMissing' | 'unitMissing') => {
    const text = cleanLine(values[key])
    if (!text && missing) errors[key] = t(missing)
    else if (text.length > max) errors[key] = t('tooLong', { max: String(max) })
    return text
  }
  const senderName = line('name', NAME_MAX, 'nameMissing')
  const email = normaliseEmail(values.email)
  const phone = normalisePhone(values.phone)
  if (email && (email.length > EMAIL_MAX || !EMAIL.test(email))) errors.email = t('emailInvalid')
  if (values.phone.trim() && !PHONE.test(phone)) errors.phone = t('phoneInvalid')
  if (!email && !values.phone.trim()) errors.email = t('contactMissing')
  const title = line('title', TITLE_MAX, 'titleMissing')
  const place = line('place', PLACE_MAX, 'placeMissing')
  const unit = line('unit', UNIT_MAX, 'unitMissing')
  const happenedOn = values.happenedOn.trim()
  if (!parseLocalDate(happenedOn) || happenedOn > today) errors.happenedOn = t('happenedOnInvalid')
  const body = cleanCommentText(values.body)
  if (!body) errors.body = t('bodyMissing')
  else if (body.length > BODY_MAX) errors.body = t('tooLong', { max: String(BODY_MAX) })
  else if (countLinks(body) > LINKS_MAX) errors.body = t('tooManyLinks', { max: String(LINKS_MAX) })
  if (values.consent !== '1') errors.consent = t('consentMissing')
  if (fileError) errors.attachments = fileError
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)
  const namedPublicly = values.namedPublicly === '1'
  return {
    senderName, email, phone: values.phone.trim() ? phone : '', title, body, place, happenedOn, unit, namedPublicly,
    publicName: namedPublicly ? senderName : ANONYMOUS_NAME,
  }
}

/** A file the citizen sent, judged from its bytes. */
export interface ReceivedAttachment {
  name: string
  kind: AttachmentKind
  bytes: Buffer
}
