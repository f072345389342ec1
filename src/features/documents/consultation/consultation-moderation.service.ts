import type { Clock } from '../../../platform/clock.ts'
import type { Db } from '../../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../../platform/events.ts'
import { NotFoundError, ValidationError } from '../../../platform/http/errors.ts'
import { recordAudit } from '../../audit/index.ts'
import { sanitizeArticleBody } from '../../articles/index.ts'
import { CLAUSE_LABEL_MAX, isDay, type ConsultationCommentStatus, type ConsultationWindow } from './consultation.ts'
import {
  addClause, findDocument, orderClauses, listClauses, removeClause, renameClause, setCommentStatus, setReport, setWindow, type ConsultedDocument,
} from './consultation.repository.ts'

export interface Editor {
  userId: number
  ip: string
}

export const MODERATION_ACTIONS = { approve: 'approved', reject: 'rejected', spam: 'spam' } as const satisfies Record<string, ConsultationCommentStatus>
export type ModerationAction = keyof typeof MODERATION_ACTIONS

/**
 * The newsroom's side of a draft's consultation (right 'document.publish'): its window, its
 * clauses, the comments' moderation and the report. Every change that shows on the draft's page
 * is announced as 'documents.changed', after it is saved, so the page is purged.
 */
export class ConsultationDesk {
  constructor(private readonly db: Db, private readonly events: NewsroomEventBus, private readonly clock: Clock) {}

  async document(id: number): Promise<ConsultedDocument> {
    const document = await findDocument(this.db, id)
    if (!document) throw new NotFoundError('Document not found', 'Không tìm thấy văn bản này.')
    return document
  }

  /** Both days empty: the draft takes no comments. */
  async setWindow(who: Editor, documentId: number, opensText: string, closesText: string): Promise<ConsultationWindow | undefined> {
    await this.document(documentId)
    const opensOn = opensText.trim()
    const closesOn = closesText.trim()
    let window: ConsultationWindow | undefined
    if (opensOn || closesOn) {
      const errors: Record<string, string> = {}
      if (!isDay(opensOn)) errors.opensOn = 'Xin nhập ngày bắt đầu lấy ý kiến (ngày/tháng/năm).'
      if (!isDay(closesOn)) errors.closesOn = 'Xin nhập ngày kết thúc lấy ý kiến (ngày/tháng/năm).'
      else if (isDay(opensOn) && closesOn < opensOn) errors.closesOn = 'Ngày kết thúc không được trước ngày bắt đầu.'
      if (Object.keys(errors).length > 0) throw new ValidationError(errors)
      window = { opensOn, closesOn }
    }
    const now = this.clock.now()
    await setWindow(this.db, documentId, window, now)
    await recordAudit(this.db, { userId: who.userId, action: 'document.consultation-window', itemType: 'document', itemId: documentId, ip: who.ip, details: window ? { ...window } : { removed: true } }, now)
    this.events.emit('documents.changed', { ids: [documentId] })
    return window
  }

  async addClause(who: Editor, documentId: number, labelText: string): Promise<void> {
    await this.document(documentId)
    const label = cleanLabel(labelText)
    await addClause(this.db, documentId, label)
    await this.#changed(who, documentId, { added: label })
  }

  async changeClause(who: Editor, documentId: number, clauseId: number, action: string, labelText: string): Promise<void> {
    const clauses = await listClauses(this.db, documentId)
    const at = clauses.findIndex((c) => c.id === clauseId)
    if (at < 0) throw new NotFoundError('Clause not found', 'Không tìm thấy điều, khoản này.')
    if (action === 'xoa') {
      await removeClause(this.db, documentId, clauseId)
    } else if (action === 'len' || action === 'xuong') {
      const ids = clauses.map((c) => c.id)
      const to = action === 'len' ? at - 1 : at + 1
      if (to < 0 || to >= ids.length) return
      ;[ids[at], ids[to]] = [ids[to]!, ids[at]!]
      await orderClauses(this.db, documentId, ids)
    } else {
      await renameClause(this.db, documentId, clauseId, cleanLabel(labelText))
    }
    await this.#changed(who, documentId, { clauseId, action: action || 'luu' })
  }

  /** Rich text from the newsroom's editor, sanitised as an article's body is. */
  async setReport(who: Editor, documentId: number, reportHtml: string): Promise<string> {
    await this.document(documentId)
    const clean = sanitizeArticleBody(reportHtml).trim()
    const now = this.clock.now()
    await setReport(this.db, documentId, clean, now)
    await recordAudit(this.db, { userId: who.userId, action: 'document.consultation-report', itemType: 'document', itemId: documentId, ip: who.ip }, now)
    this.events.emit('documents.changed', { ids: [documentId] })
    return clean
  }

  async moderate(who: Editor, ids: readonly number[], action: ModerationAction): Promise<number[]> {
    const now = this.clock.now()
    const status = MODERATION_ACTIONS[action]
    const documentIds = await setCommentStatus(this.db, ids, status, who.userId, now)
    for (const id of ids) {
      await recordAudit(this.db, { userId: who.userId, action: `document.comment-${action}`, itemType: 'document-comment', itemId: id, ip: who.ip }, now)
    }
    // Approving shows a comment on the draft's page, and undoing an approval hides it: purge either way.
    if (documentIds.length > 0) this.events.emit('documents.changed', { ids: documentIds })
    return documentIds
  }

  async #changed(who: Editor, documentId: number, details: Record<string, unknown>): Promise<void> {
    const now = this.clock.now()
    await recordAudit(this.db, { userId: who.userId, action: 'document.consultation-clauses', itemType: 'document', itemId: documentId, ip: who.ip, details }, now)
    this.events.emit('documents.changed', { ids: [documentId] })
  }
}

function cleanLabel(text: string): string {
  const label = text.normalize('NFC').replace(/\s+/g, ' ').trim()
  if (!label) throw new ValidationError({ label: 'Xin nhập tên điều, khoản (ví dụ: Điều 3, Khoản 2 Điều 5).' })
  if (label.length > CLAUSE_LABEL_MAX) throw new ValidationError({ label: `Tên điều, khoản dài quá ${CLAUSE_LABEL_MAX} ký tự.` })
  return label
}
