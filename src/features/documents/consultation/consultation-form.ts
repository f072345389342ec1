import { ValidationError } from '../../../platform/http/errors.ts'
import { once, type Sent } from '../../../platform/http/request-schemas.ts'
import type { Translate } from '../../../platform/i18n/index.ts'
import { checkAuthor, checkText, cleanLine } from '../../comments/index.ts'
import { BODY_MAX, LINKS_MAX, ORGANISATION_MAX, type Clause } from './consultation.ts'
import type { consultationMessages } from './messages.ts'

/** What the citizen typed, kept to show again beside the messages. */
export interface ConsultationFormValues {
  name: string
  email: string
  organisation: string
  /** A clause's id, or 'chung' for the draft as a whole. */
  clause: string
  body: string
  /** The honeypot: people leave it empty, form-filling robots do not. */
  website: string
  challenge: string
  nonce: string
  answer: string
}

export const GENERAL = 'chung'
export const FORM_FIELDS = ['name', 'email', 'organisation', 'clause', 'body', 'website', 'challenge', 'nonce', 'answer'] as const
// Far above any real comment: a longer field is cut before any work is done on it.
const READ_MAX = 20_000

export const emptyValues = (): ConsultationFormValues => ({ name: '', email: '', organisation: '', clause: GENERAL, body: '', website: '', challenge: '', nonce: '', answer: '' })

/** A field sent twice counts as not filled in: its message asks for it again. */
export function readConsultationForm(body: Partial<Record<(typeof FORM_FIELDS)[number], Sent>>): ConsultationFormValues {
  const values = emptyValues()
  for (const key of FORM_FIELDS) values[key] = once(body[key])?.slice(0, READ_MAX).normalize('NFC') ?? ''
  return values
}

export interface ConsultationSubmission {
  authorName: string
  authorEmail: string
  organisation: string
  clauseId: number | null
  body: string
}

/** Checks every field at once; messages in the page's words, keyed by field, shown next to it. */
export function validateConsultationForm(values: ConsultationFormValues, clauses: readonly Clause[], t: Translate<(typeof consultationMessages)['vi']>): ConsultationSubmission {
  const errors: Record<string, string> = {}
  const { authorName, authorEmail } = checkAuthor(values, t, errors)
  const organisation = cleanLine(values.organisation)
  if (organisation.length > ORGANISATION_MAX) errors.organisation = t('organisationTooLong', { max: String(ORGANISATION_MAX) })
  const clauseText = values.clause.trim()
  // A form without the list (an old cached page, a tool) speaks of the draft as a whole.
  const clause = clauseText === '' || clauseText === GENERAL ? undefined : clauses.find((c) => String(c.id) === clauseText)
  if (clauseText !== '' && clauseText !== GENERAL && !clause) errors.clause = t('clauseMissing')
  const body = checkText(values.body, { bodyMax: BODY_MAX, linksMax: LINKS_MAX }, t, errors)
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)
  return { authorName, authorEmail, organisation, clauseId: clause?.id ?? null, body }
}
