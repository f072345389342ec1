import { ValidationError } from '../../platform/http/errors.ts'
import { once, type Sent } from '../../platform/http/request-schemas.ts'
import type { Translate } from '../../platform/i18n/index.ts'
import { normaliseEmail, EMAIL } from '../accounts/index.ts'
import { normalisePhone, PHONE } from '../cases/index.ts'
import { cleanCommentText, cleanLine, countLinks } from '../comments/index.ts'
import type { questionMessages } from './messages.ts'
import {
  ADDRESS_MAX, BODY_MAX, EMAIL_MAX, NAME_MAX, PUBLIC_NAME_CHOICES, TITLE_MAX, publicNameOf, type PublicNameChoice, type QuestionTopic,
} from './question.ts'

/** What the citizen typed, kept to show again beside the messages. */
export interface AskFormValues {
  name: string
  email: string
  phone: string
  address: string
  topic: string
  title: string
  body: string
  publicName: string
  consent: string
  /** The honeypot: people leave it empty, form-filling robots do not. */
  website: string
  challenge: string
  nonce: string
  answer: string
}

export const ASK_FIELDS = ['name', 'email', 'phone', 'address', 'topic', 'title', 'body', 'publicName', 'consent', 'website', 'challenge', 'nonce', 'answer'] as const
const READ_MAX = 20_000
const LINKS_MAX = 3

export const emptyAskValues = (): AskFormValues => ({
  name: '', email: '', phone: '', address: '', topic: '', title: '', body: '', publicName: 'full', consent: '', website: '', challenge: '', nonce: '', answer: '',
})

/** A field sent twice counts as not filled in: its message asks for it again. */
export function readAskForm(body: Partial<Record<(typeof ASK_FIELDS)[number], Sent>>): AskFormValues {
  const values = emptyAskValues()
  for (const key of ASK_FIELDS) values[key] = once(body[key])?.slice(0, READ_MAX).normalize('NFC') ?? ''
  return values
}

export interface AskSubmission {
  askerName: string
  publicName: string
  email: string
  phone: string
  address: string
  topicId: number
  title: string
  body: string
}

/** Checks every field at once; messages keyed by field, shown next to it. */
export function validateAskForm(values: AskFormValues, topics: readonly QuestionTopic[], t: Translate<(typeof questionMessages)['vi']>): AskSubmission {
  const errors: Record<string, string> = {}
  const askerName = cleanLine(values.name)
  if (!askerName) errors.name = t('nameMissing')
  else if (askerName.length > NAME_MAX) errors.name = t('nameTooLong', { max: String(NAME_MAX) })
  const email = normaliseEmail(values.email)
  const phone = normalisePhone(values.phone)
  if (email && (email.length > EMAIL_MAX || !EMAIL.test(email))) errors.email = t('emailInvalid')
  if (values.phone.trim() && !PHONE.test(phone)) errors.phone = t('phoneInvalid')
  if (!email && !values.phone.trim()) errors.email = t('contactMissing')
  const address = cleanLine(values.address)
  if (address.length > ADDRESS_MAX) errors.address = t('addressTooLong', { max: String(ADDRESS_MAX) })
  const topic = topics.find((x) => String(x.id) === values.topic.trim())
  if (!topic) errors.topic = t('topicMissing')
  const title = cleanLine(values.title)
  if (!title) errors.title = t('titleMissing')
  else if (title.length > TITLE_MAX) errors.title = t('titleTooLong', { max: String(TITLE_MAX) })
  const body = cleanCommentText(values.body)
  if (!body) errors.body = t('bodyMissing')
  else if (body.length > BODY_MAX) errors.body = t('bodyTooLong', { max: String(BODY_MAX), length: String(body.length) })
  else if (countLinks(body) > LINKS_MAX) errors.body = t('tooManyLinks', { max: String(LINKS_MAX) })
  if (values.consent !== '1') errors.consent = t('consentMissing')
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)
  const choice: PublicNameChoice = (PUBLIC_NAME_CHOICES as readonly string[]).includes(values.publicName) ? values.publicName as PublicNameChoice : 'anonymous'
  return { askerName, publicName: publicNameOf(askerName, choice), email, phone: values.phone.trim() ? phone : '', address, topicId: topic!.id, title, body }
}
