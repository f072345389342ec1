import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import type { Mailer } from '../../platform/mail.ts'
import { slugify } from '../../platform/text/vietnamese.ts'
import { may, type NewsroomUser } from '../accounts/index.ts'
import { maySeeContact as maySee, retentionCutoff, withContactFor, type HandlingRights } from '../cases/index.ts'
import { sanitizeArticleBody } from '../articles/index.ts'
import { recordAudit } from '../audit/index.ts'
import { statusLetter } from './question-letters.ts'
import { addHistory, addNote, eraseContacts, findCase, listActiveUsers, readRetentionMonths, updateCase, writeRetentionMonths } from './question.repository.ts'
import { NOTE_MAX, STEPS, isClosed, type QuestionCase, type Step } from './question.ts'

export interface Officer {
  user: NewsroomUser
  ip: string
}

const HANDLING: HandlingRights = { handle: 'question.answer', approve: 'question.approve' }

const notFound = () => new NotFoundError('Question not found', 'Không tìm thấy câu hỏi này.')

/**
 * Contact details are for those who handle the case: its assignee and those who approve
 * answers. Everyone else in the queue sees the question without them.
 */
export const maySeeContact = (user: NewsroomUser, q: Pick<QuestionCase, 'assignee'>): boolean => maySee(user, q.assignee?.id, HANDLING)

/** What the officer is shown of a case: the contact details emptied when not theirs to see. */
export const caseFor = (user: NewsroomUser, q: QuestionCase) => withContactFor(user, q, q.assignee?.id, HANDLING, ['askerName', 'email', 'phone', 'address'])

/**
 * The newsroom's side of Hỏi đáp: the workflow's steps (each one recorded in the public history,
 * audited, and mailed to the asker in the same transaction), the answer, notes, the FAQ pin,
 * and the retention of contact details.
 */
export class QuestionDesk {
  constructor(private readonly db: Db, private readonly clock: Clock, private readonly events: NewsroomEventBus,
    private readonly mail: Mailer, private readonly publicUrl: string,
    private readonly units: () => Promise<{ id: number; name: string }[]> = async () => []) {}

  async get(id: number): Promise<QuestionCase> {
    return (await findCase(this.db, id)) ?? (() => { throw notFound() })()
  }

  /** Newsroom users a case may be given to: those who hold 'question.answer'. */
  async assignees(): Promise<{ id: number; name: string }[]> {
    const users = await listActiveUsers(this.db)
    return users.filter((u) => may({ id: u.id, email: '', name: u.name, role: u.role as NewsroomUser['role'], isActive: true, categoryIds: [] }, 'question.answer'))
  }

  /** The organisation's units a case may also be given to (none without the structure module). */
  caseUnits(): Promise<{ id: number; name: string }[]> {
    return this.units()
  }

  async step(who: Officer, id: number, step: Step, input: { assigneeId?: number; unitId?: number; note?: string } = {}): Promise<QuestionCase> {
    const rule = STEPS[step]
    if (!may(who.user, rule.right)) throw new ForbiddenError()
    const q = await this.get(id)
    if (!(rule.from as readonly string[]).includes(q.status)) {
      throw new InvalidTransitionError(`cannot ${step} a question that is ${q.status}`, 'Câu hỏi không ở tình trạng cho phép việc này (có thể người khác vừa xử lý). Xin tải lại trang.')
    }
    // Starting work and sending the answer to approval belong to the assignee (or a leader).
    if ((step === 'start' || step === 'submit') && q.assignee?.id !== who.user.id && !may(who.user, 'question.approve')) throw new ForbiddenError()
    const note = (input.note ?? '').normalize('NFC').trim().slice(0, NOTE_MAX)
    if ((step === 'reject' || step === 'duplicate') && !note) {
      throw new ValidationError({ note: step === 'reject' ? 'Xin ghi lý do từ chối (người hỏi đọc được).' : 'Xin ghi mã hoặc tiêu đề câu hỏi bị trùng (người hỏi đọc được).' })
    }
    let assigneeId: number | undefined
    // Given to a person, and optionally to a unit too; no unit chosen takes the case off any unit.
    let unit: { id: number; name: string } | null = null
    if (step === 'assign') {
      assigneeId = input.assigneeId
      if (assigneeId === undefined || !(await this.assignees()).some((u) => u.id === assigneeId)) throw new ValidationError({ assignee: 'Xin chọn người xử lý trong danh sách.' })
      if (input.unitId !== undefined) {
        unit = (await this.units()).find((u) => u.id === input.unitId) ?? null
        if (!unit) throw new ValidationError({ unit: 'Xin chọn đơn vị xử lý trong danh sách.' })
      }
    }
    if (step === 'submit' && !q.answerHtml.trim()) throw new ValidationError({ answerHtml: 'Xin soạn và lưu trả lời trước khi gửi duyệt.' })
    const now = this.clock.now()
    const to = rule.to
    await this.db.transaction().execute(async (trx) => {
      await updateCase(trx, id, {
        status: to,
        ...(assigneeId !== undefined ? { assignee_id: assigneeId, unit_id: unit?.id ?? null, unit_name: unit?.name ?? '' } : {}),
        ...(step === 'submit' ? { answered_by: who.user.id } : {}),
        ...(step === 'approve' ? { approved_by: who.user.id, published_at: now.toISOString(), slug: q.slug ?? `${slugify(q.title, 80)}-${q.id}` } : {}),
        ...(isClosed(to) ? { closed_at: now.toISOString() } : {}),
      }, now)
      // The asker reads the history: a reason for refusing is theirs; whom it was given to is not.
      await addHistory(trx, id, to, step === 'reject' || step === 'duplicate' ? note : '', who.user.id, now)
      await recordAudit(trx, { userId: who.user.id, action: `question.${step}`, itemType: 'question', itemId: id, ip: who.ip, details: assigneeId ? { assigneeId, ...(unit ? { unitId: unit.id, unit: unit.name } : {}) } : {} }, now)
      const changed = (await findCase(trx, id))!
      if (changed.email) await this.mail.queue(trx, statusLetter(changed, to, step === 'reject' || step === 'duplicate' ? `Lý do: ${note}` : '', this.publicUrl))
    })
    this.mail.wake()
    this.events.emit('questions.changed', { ids: [id] })
    return this.get(id)
  }

  /** The answer as rich text from the editor, sanitised as an article's body is. */
  async saveAnswer(who: Officer, id: number, answerHtml: string): Promise<void> {
    if (!may(who.user, 'question.answer')) throw new ForbiddenError()
    const q = await this.get(id)
    if (q.status !== 'in_progress' && !(q.status === 'awaiting_approval' && may(who.user, 'question.approve'))) {
      throw new InvalidTransitionError('the answer is written while the case is being handled', 'Chỉ soạn trả lời khi câu hỏi đang xử lý (hoặc lãnh đạo sửa khi chờ duyệt).')
    }
    if (q.status === 'in_progress' && q.assignee?.id !== who.user.id && !may(who.user, 'question.approve')) throw new ForbiddenError()
    const now = this.clock.now()
    await updateCase(this.db, id, { answer_html: sanitizeArticleBody(answerHtml).trim() }, now)
    await recordAudit(this.db, { userId: who.user.id, action: 'question.save-answer', itemType: 'question', itemId: id, ip: who.ip }, now)
  }

  async addNote(who: Officer, id: number, text: string): Promise<void> {
    await this.get(id)
    const body = text.normalize('NFC').trim()
    if (!body) throw new ValidationError({ note: 'Xin nhập nội dung ghi chú.' })
    if (body.length > NOTE_MAX) throw new ValidationError({ note: `Ghi chú dài quá ${NOTE_MAX} ký tự.` })
    await addNote(this.db, id, who.user.id, body, this.clock.now())
  }

  /** Câu hỏi thường gặp: an answered question pinned first in the public list. */
  async setFaq(who: Officer, id: number, pinned: boolean): Promise<void> {
    const q = await this.get(id)
    if (q.status !== 'answered') throw new InvalidTransitionError('only answered questions are pinned', 'Chỉ ghim câu hỏi đã trả lời.')
    const now = this.clock.now()
    await updateCase(this.db, id, { is_faq: pinned ? 1 : 0 }, now)
    await recordAudit(this.db, { userId: who.user.id, action: pinned ? 'question.pin' : 'question.unpin', itemType: 'question', itemId: id, ip: who.ip }, now)
    this.events.emit('questions.changed', { ids: [id] })
  }

  retentionMonths = () => readRetentionMonths(this.db)

  async setRetentionMonths(who: Officer, text: string): Promise<number> {
    const months = /^\d{1,3}$/.test(text.trim()) ? Number(text.trim()) : NaN
    if (!(months >= 1 && months <= 120)) throw new ValidationError({ months: 'Xin nhập số tháng từ 1 đến 120.' })
    const now = this.clock.now()
    await writeRetentionMonths(this.db, months)
    await recordAudit(this.db, { userId: who.user.id, action: 'question.retention', itemType: 'question', itemId: 0, ip: who.ip, details: { months } }, now)
    return months
  }

  /** The daily job: contact details of cases closed longer ago than the retention period are erased. */
  async eraseOldContacts(): Promise<number[]> {
    const now = this.clock.now()
    const cutoff = retentionCutoff(now, await readRetentionMonths(this.db))
    const ids = await eraseContacts(this.db, cutoff, now)
    if (ids.length) await recordAudit(this.db, { userId: null, action: 'question.erase-contacts', itemType: 'question', itemId: 0, ip: '', details: { ids } }, now)
    return ids
  }
}
