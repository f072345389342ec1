import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import { recordAudit } from '../audit/index.ts'
import { formatLocalDate, parseLocalDate, weekdayOf, type LocalDate } from './local-date.ts'
import { deleteDayException, findDayException, insertDayException } from './working-day.repository.ts'
import { DAY_KIND_LABELS, DAY_KINDS, type DayKind } from './working-days.ts'

export const ENTRY_FIELDS = ['day', 'kind', 'name'] as const
export type EntryValues = Record<(typeof ENTRY_FIELDS)[number], string>

export interface EntryInput {
  day: LocalDate
  kind: DayKind
  name: string
}

export interface WorkingDayAdminDeps {
  db: Db
  clock: Clock
  events: NewsroomEventBus
}

export interface Actor {
  userId: number
  ip: string
}

/** The date as a date field sends it ('2026-04-27') or as typed the Vietnamese way ('27/04/2026'). */
export function readDay(text: string): LocalDate | undefined {
  const typed = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text)
  return parseLocalDate(typed ? `${typed[3]}-${typed[2]!.padStart(2, '0')}-${typed[1]!.padStart(2, '0')}` : text)
}

export function parseEntryForm(values: EntryValues): EntryInput {
  const errors: Record<string, string> = {}
  const day = readDay(values.day)
  if (!values.day) errors.day = 'Xin nhập ngày.'
  else if (!day) errors.day = 'Ngày không hợp lệ, xin nhập theo dạng ngày/tháng/năm, ví dụ 27/04/2026.'
  else if (Number(day.slice(0, 4)) < 2000 || Number(day.slice(0, 4)) > 2100) errors.day = 'Xin chọn một ngày từ năm 2000 đến năm 2100.'
  const kind = (DAY_KINDS as readonly string[]).includes(values.kind) ? (values.kind as DayKind) : undefined
  if (!kind) errors.kind = 'Xin chọn loại ngày trong danh sách.'
  if (!values.name) errors.name = 'Xin nhập tên ngày, ví dụ “Nghỉ bù Giỗ Tổ Hùng Vương”.'
  else if (values.name.length > 150) errors.name = 'Tên ngày dài quá 150 ký tự.'
  if (day && kind && !errors.day) {
    const weekend = weekdayOf(day) === 0 || weekdayOf(day) === 6
    // A worked day on a weekday or a day off on a weekend would change nothing: a mistyped date.
    if (kind === 'worked-day' && !weekend) errors.day = `${formatLocalDate(day)} không phải thứ Bảy hay Chủ nhật; ngày làm bù phải là ngày nghỉ cuối tuần.`
    if (kind === 'day-off' && weekend) errors.day = `${formatLocalDate(day)} là ngày nghỉ cuối tuần; ngày nghỉ bù, hoán đổi phải từ thứ Hai đến thứ Sáu.`
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)
  return { day: day!, kind: kind!, name: values.name }
}

/** The administrator's additions and removals; each audited with its change, announced after the commit. */
export class WorkingDayAdmin {
  constructor(private readonly deps: WorkingDayAdminDeps) {}

  async add(actor: Actor, input: EntryInput): Promise<void> {
    const now = this.deps.clock.now()
    await this.deps.db.transaction().execute(async (trx) => {
      if (!(await insertDayException(trx, { ...input, addedBy: actor.userId }, now))) {
        const existing = await findDayException(trx, input.day)
        const what = existing ? ` (${DAY_KIND_LABELS[existing.kind].toLowerCase()}: “${existing.name}”)` : ''
        throw new ValidationError({ day: `Ngày ${formatLocalDate(input.day)} đã có trong lịch${what}. Xin xóa mục cũ trước khi thêm mục mới.` })
      }
      await recordAudit(trx, { userId: actor.userId, ip: actor.ip, action: 'working-day.add', itemType: 'working-day', itemId: input.day, details: { kind: input.kind, name: input.name } }, now)
    })
    this.deps.events.emit('working-days.changed', {})
  }

  async remove(actor: Actor, day: LocalDate): Promise<void> {
    const now = this.deps.clock.now()
    await this.deps.db.transaction().execute(async (trx) => {
      const existing = await findDayException(trx, day)
      if (!existing || !(await deleteDayException(trx, day))) throw new NotFoundError('Working-day entry not found', 'Không tìm thấy ngày này trong lịch.')
      await recordAudit(trx, { userId: actor.userId, ip: actor.ip, action: 'working-day.remove', itemType: 'working-day', itemId: day, details: { kind: existing.kind, name: existing.name, shipped: existing.addedBy === null } }, now)
    })
    this.deps.events.emit('working-days.changed', {})
  }
}
