import { createHash } from 'node:crypto'
import type { Clock } from '../../../platform/clock.ts'
import type { Db } from '../../../platform/db/connect.ts'
import { AppError, NotFoundError } from '../../../platform/http/errors.ts'
import { createLocale, phrase, type Locale } from '../../../platform/i18n/index.ts'
import { formatNewsroomDate, newsroomDay } from '../../../platform/text/time.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { spamReasonOf, type AbuseControl } from '../../comments/index.ts'
import { dayInstant, windowState, type ConsultationCommentStatus } from './consultation.ts'
import { validateConsultationForm, type ConsultationFormValues } from './consultation-form.ts'
import {
  findDocument, findPublishedDocumentBySlug, findSameComment, insertConsultationComment, listApprovedComments, listClauses, type ConsultedDocument,
} from './consultation.repository.ts'
import { consultationMessages } from './messages.ts'
import { consultationSection, type ConsultationFormModel } from './views/consultation-section.view.ts'

const vietnamese = createLocale('vi')

export interface Sender {
  ip: string
}

/** What the consultation reads of the readers' comments' settings: the challenge's secret and the blocked words. */
export interface AbuseSettings {
  challengeSecret: string
  blocklist: Parameters<typeof spamReasonOf>[2]
}

/** A comment sent outside the window (or to a draft that takes none): refused, nothing stored. */
export class ConsultationClosedError extends AppError {
  constructor(document: ConsultedDocument, today: string) {
    const w = document.window
    super(403, 'consultation_closed', 'the draft does not take comments now',
      !w ? phrase(consultationMessages, 'notConsulted')
        : today < w.opensOn ? phrase(consultationMessages, 'notYetOpen', { opens: formatNewsroomDate(dayInstant(w.opensOn)) })
          : phrase(consultationMessages, 'closedSince', { closes: formatNewsroomDate(dayInstant(w.closesOn)) }))
  }
}

/**
 * Citizens' comments on a published draft: taken between the window's two days (on the
 * newsroom's clock), checked by the readers' comments' abuse control, stored pending moderation.
 */
export class Consultation {
  constructor(private readonly db: Db, private readonly clock: Clock, private readonly abuse: AbuseControl,
    private readonly abuseSettings: () => Promise<AbuseSettings>) {}

  today(): string {
    return newsroomDay(this.clock.now())
  }

  /** A published draft with a consultation window, whatever its state; NotFound otherwise. */
  async consulted(slug: string): Promise<ConsultedDocument> {
    const document = await findPublishedDocumentBySlug(this.db, slug)
    if (!document?.window) throw new NotFoundError('Draft not found', phrase(consultationMessages, 'notFound'))
    return document
  }

  /**
   * The part of a draft's public page after its files: the window, the form while it is open,
   * the approved comments (never the e-mail), and the report once closed. Empty for a document
   * without a consultation. The same bytes for every reader: the page stays cacheable.
   */
  async section(document: ConsultedDocument, locale: Locale, form?: ConsultationFormModel): Promise<SafeHtml> {
    if (!document.window) return html``
    const [clauses, comments] = await Promise.all([listClauses(this.db, document.id), listApprovedComments(this.db, document.id)])
    return consultationSection({ document, window: document.window, state: windowState(document.window, this.today()), clauses, comments, form }, locale)
  }

  /** The section for a document by its id, as the document's page (another file) places it after the files. */
  async sectionOf(documentId: number, locale: Locale): Promise<SafeHtml> {
    const document = await findDocument(this.db, documentId)
    return document?.status === 'published' ? this.section(document, locale) : html``
  }

  /**
   * Checks and stores one comment. Refusals (outside the window, a field wrong, too many, a
   * challenge) come before anything is stored and give the form back with what was typed; an
   * accepted comment is committed before this returns, so an answer always means a saved one.
   */
  async submit(document: ConsultedDocument, values: ConsultationFormValues, sender: Sender, locale: Locale = vietnamese): Promise<{ id: number; status: ConsultationCommentStatus }> {
    const now = this.clock.now()
    const today = newsroomDay(now)
    if (!document.window || windowState(document.window, today) !== 'open') throw new ConsultationClosedError(document, today)
    const t = locale.t(consultationMessages)
    const submission = validateConsultationForm(values, await listClauses(this.db, document.id), t)
    const key = `document-${document.id}`
    await this.abuse.checkRate(sender.ip, key, now)
    const earlier = await findSameComment(this.db, document.id, submission.authorEmail, submission.body)
    if (earlier) return { id: earlier.id, status: earlier.status as ConsultationCommentStatus }
    const { challengeSecret: secret, blocklist } = await this.abuseSettings()
    // Robots that fill the honeypot are not worth a challenge: their text is kept apart, as spam.
    await this.abuse.admit(secret, sender.ip, key, values, now)
    // The honeypot and the moderators' blocked words, as for readers' comments (a copy-paste
    // campaign across articles is theirs to judge: a consultation gets many alike, in good faith).
    const spam = spamReasonOf({ articleId: -document.id, authorEmail: submission.authorEmail, body: submission.body, honeypot: values.website }, [], blocklist, now)
    const status: ConsultationCommentStatus = spam ? 'spam' : 'pending'
    const id = await insertConsultationComment(this.db, {
      documentId: document.id, clauseId: submission.clauseId, authorName: submission.authorName, authorEmail: submission.authorEmail,
      organisation: submission.organisation, body: submission.body, status,
      ipHash: createHash('sha256').update(`${secret}:${sender.ip}`).digest('hex').slice(0, 32),
    }, now)
    return { id, status }
  }
}
