import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import type { Mailer } from '../../platform/mail.ts'
import { may, type NewsroomUser } from '../accounts/index.ts'
import { addHistory, maySeeContact, retentionCutoff, withContactFor, type HandlingRights } from '../cases/index.ts'
import { recordAudit } from '../audit/index.ts'
import { cleanCommentText, cleanLine } from '../comments/index.ts'
import { localDateOf } from '../working-days/index.ts'
import { statusLetter } from './feedback-letters.ts'
import { eraseContacts, findAttachment, findCase, updateCase } from './feedback.repository.ts'
import { BODY_OF_MAX, CASE_KIND, RESULT_MAX, RETENTION_MONTHS, STEPS, isClosed, type FeedbackCase, type Step } from './feedback.ts'

export interface Officer {
  user: NewsroomUser
  ip: string
}

/** The officer who takes a case (its first step) handles it; approvers handle every case. */
export const HANDLING: HandlingRights = { handle: 'feedback.handle', approve: 'feedback.approve' }

/** What the officer is shown of a case: the sender's identity and files only when theirs to see. */
export const caseFor = (user: NewsroomUser, f: FeedbackCase) =>
  withContactFor(user, f, f.handler?.id, HANDLING, ['senderName', 'email', 'phone', 'attachments'])

const notFound = () => new NotFoundError('Feedback not found', 'Không tìm thấy phản ánh này.')

/**
 * The newsroom's side of Phản ánh, kiến nghị: each step of the workflow recorded in the public
 * history, audited and mailed to the citizen in one transaction; attachments for the handlers;
 * the retention of contact details.
 */
export class FeedbackDesk {
  constructor(private readonly db: Db, private readonly clock: Clock, private readonly events: NewsroomEventBus,
    private readonly mail: Mailer, private readonly publicUrl: string) {}

  async get(id: number): Promise<FeedbackCase> {
    return (await findCase(this.db, id)) ?? (() => { throw notFound() })()
  }

  async step(who: Officer, id: number, step: Step, input: { bodyName?: string; result?: string } = {}): Promise<FeedbackCase> {
    const rule = STEPS[step]
    if (!may(who.user, rule.right)) throw new ForbiddenError()
    const f = await this.get(id)
    if (!(rule.from as readonly string[]).includes(f.status)) {
      throw new InvalidTransitionError(`cannot ${step} feedback that is ${f.status}`, 'Phản ánh không ở tình trạng cho phép việc này (có thể người khác vừa xử lý). Xin tải lại trang.')
    }
    // A case taken by one officer is theirs (and the approvers'): another cannot step in.
    if (f.handler && f.handler.id !== who.user.id && !may(who.user, HANDLING.approve)) throw new ForbiddenError()
    const bodyName = cleanLine(input.bodyName ?? '').slice(0, BODY_OF_MAX + 1)
    const result = cleanCommentText(input.result ?? '')
    if (rule.needs === 'body' && !bodyName) throw new ValidationError({ bodyName: step === 'forward' ? 'Xin ghi cơ quan, đơn vị được chuyển xử lý (người phản ánh đọc được).' : 'Xin ghi cơ quan có thẩm quyền để hướng dẫn người phản ánh.' })
    if (bodyName.length > BODY_OF_MAX) throw new ValidationError({ bodyName: `Tên cơ quan dài quá ${BODY_OF_MAX} ký tự.` })
    if (rule.needs === 'result' && !result) throw new ValidationError({ result: 'Xin ghi kết quả xử lý (được công bố, không kèm danh tính người phản ánh).' })
    if (result.length > RESULT_MAX) throw new ValidationError({ result: `Kết quả dài quá ${RESULT_MAX} ký tự.` })
    const now = this.clock.now()
    const to = rule.to
    await this.db.transaction().execute(async (trx) => {
      await updateCase(trx, id, {
        status: to,
        ...(f.handler ? {} : { handler_id: who.user.id }),
        ...(rule.needs === 'body' ? { body_name: bodyName } : {}),
        ...(rule.needs === 'result' ? { result_text: result } : {}),
        ...(isClosed(to) ? { closed_at: now.toISOString(), closed_on: localDateOf(now) } : {}),
      }, now)
      // The citizen reads the history: the body it went to is theirs to know; the result has its own place.
      await addHistory(trx, CASE_KIND, id, to, rule.needs === 'body' ? bodyName : '', who.user.id, now)
      await recordAudit(trx, { userId: who.user.id, action: `feedback.${step}`, itemType: 'feedback', itemId: id, ip: who.ip, details: bodyName ? { bodyName } : {} }, now)
      const changed = (await findCase(trx, id))!
      if (changed.email) await this.mail.queue(trx, statusLetter(changed, to, this.publicUrl))
    })
    this.mail.wake()
    this.events.emit('feedback.changed', { ids: [id] })
    return this.get(id)
  }

  /** A photo or PDF the citizen sent: for those who may see the sender's identity only. */
  async attachment(who: Officer, id: number, fileId: number) {
    const f = await this.get(id)
    if (!maySeeContact(who.user, f.handler?.id, HANDLING)) throw new ForbiddenError()
    return (await findAttachment(this.db, id, fileId)) ?? (() => { throw notFound() })()
  }

  /** The daily job: contact details and files of cases closed longer ago than the retention period are erased. */
  async eraseOldContacts(): Promise<number[]> {
    const now = this.clock.now()
    const ids = await eraseContacts(this.db, retentionCutoff(now, RETENTION_MONTHS), now)
    if (ids.length) await recordAudit(this.db, { userId: null, action: 'feedback.erase-contacts', itemType: 'feedback', itemId: 0, ip: '', details: { ids } }, now)
    return ids
  }
}
