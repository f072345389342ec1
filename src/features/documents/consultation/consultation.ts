import { COMMENT_STATUSES, EMAIL_MAX, NAME_MAX, STATUS_TABS, type CommentStatus } from '../../comments/index.ts'
import type { Day } from '../document.ts'

// Góp ý dự thảo: the words of a draft's consultation, shared by its readers' and newsroom sides.

/**
 * Pre-moderated like readers' comments, with the same statuses and the same queue tabs; 'spam'
 * holds what the honeypot caught: kept (never lost), out of the moderators' way.
 */
export const CONSULTATION_STATUSES = COMMENT_STATUSES
export type ConsultationCommentStatus = CommentStatus
export const CONSULTATION_TABS = STATUS_TABS

/** A citizen's name and e-mail are held to a reader's limits. */
export { NAME_MAX, EMAIL_MAX }
export const ORGANISATION_MAX = 200
/** A consultation comment may argue a clause at length, more than a reader's comment. */
export const BODY_MAX = 5000
export const LINKS_MAX = 3
export const CLAUSE_LABEL_MAX = 200

export interface ConsultationWindow {
  opensOn: Day
  closesOn: Day
}

/** Before the first day, open on both days and between, closed after the last day. */
export type WindowState = 'upcoming' | 'open' | 'closed'

export function windowState(window: ConsultationWindow, today: Day): WindowState {
  if (today < window.opensOn) return 'upcoming'
  return today > window.closesOn ? 'closed' : 'open'
}

/** The day after a day ('2026-12-31' → '2027-01-01'): the first day the window is closed. */
export function dayAfter(day: Day): Day {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

/** The day before a day: windows that closed yesterday are the ones to purge today. */
export function dayBefore(day: Day): Day {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - 1)
  return d.toISOString().slice(0, 10)
}

/** A calendar day as an instant at noon on the newsroom's clock, for the locale's date format. */
export const dayInstant = (day: Day): Date => new Date(`${day}T12:00:00+07:00`)

/** A real calendar day written 'YYYY-MM-DD'. */
export function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  return new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text
}

/** What the draft's page shows of one clause a comment may concern. */
export interface Clause {
  id: number
  label: string
  position: number
}

/** A consultation comment as the newsroom reads it (the e-mail included). */
export interface ConsultationComment {
  id: number
  documentId: number
  clauseId: number | null
  clauseLabel: string | null
  authorName: string
  authorEmail: string
  organisation: string
  body: string
  status: ConsultationCommentStatus
  createdAt: Date
  moderatedAt: Date | null
}

/** What readers see of an approved comment: never the e-mail. */
export interface PublicConsultationComment {
  id: number
  clauseLabel: string | null
  authorName: string
  organisation: string
  body: string
  createdAt: Date
}
