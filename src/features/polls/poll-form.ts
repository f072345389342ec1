import { slugify } from '../../platform/text/vietnamese.ts'
import { FormCheck, type FormValues } from '../admin-kit/index.ts'
import { CHOICE_MAX, CHOICES_MAX, CHOICES_MIN, isResultsShown, QUESTION_MAX, type Poll, type PollInput } from './poll.ts'

export const CHOICE_FIELDS = Array.from({ length: CHOICES_MAX }, (_, i) => `choice${i + 1}`)
export const POLL_FIELDS = ['question', 'slug', ...CHOICE_FIELDS, 'multiple', 'opensAt', 'closesAt', 'resultsShown'] as const

// Viet Nam keeps UTC+7 all year (platform/text/time.ts): the newsroom types its own time.
const OFFSET_MS = 7 * 3600_000

/** "08/12/2026 08:00", "2026-12-08 08:00" or "2026-12-08T08:00", in Vietnamese time → the instant. */
export function parseTypedTime(text: string): Date | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})$/.exec(text)
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})$/.exec(text)
  const [y, mo, d, h, mi] = iso ? iso.slice(1).map(Number) : vn ? [vn[3], vn[2], vn[1], vn[4], vn[5]].map(Number) : []
  if (y === undefined || mo === undefined || d === undefined || h === undefined || mi === undefined) return undefined
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return undefined
  const instant = new Date(Date.UTC(y, mo - 1, d, h, mi) - OFFSET_MS)
  // 31/02 rolls into March: refused rather than moved.
  return new Date(instant.getTime() + OFFSET_MS).getUTCDate() === d ? instant : undefined
}

/** The instant as the form shows it: "08/12/2026 08:00". */
export function typedTime(instant: Date): string {
  const local = new Date(instant.getTime() + OFFSET_MS).toISOString()
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`
}

/** Every field's problem at once, in Vietnamese, beside its field. */
export function parsePollForm(values: FormValues, editing: Poll | undefined): PollInput {
  const check = new FormCheck(values)
  const question = check.text('question', 'câu hỏi', QUESTION_MAX, { required: true })
  const typedSlug = check.text('slug', 'đường dẫn', 80)
  if (typedSlug && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(typedSlug)) check.fail('slug', 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch nối.')
  const slug = typedSlug || slugify(question, 80)
  if (!typedSlug && question && !slug) check.fail('slug', 'Không lấy được đường dẫn từ câu hỏi; xin nhập đường dẫn.')
  const typed = CHOICE_FIELDS.map((f) => check.text(f, 'phương án', CHOICE_MAX))
  const choices = typed.filter((c) => c !== '')
  if (choices.length < CHOICES_MIN) check.fail(typed[0] ? 'choice2' : 'choice1', `Xin nhập ít nhất ${CHOICES_MIN} phương án.`)
  const seen = new Set<string>()
  for (const [i, label] of typed.entries()) {
    if (!label) continue
    if (seen.has(label.toLowerCase())) check.fail(CHOICE_FIELDS[i]!, 'Phương án này trùng với một phương án ở trên.')
    seen.add(label.toLowerCase())
  }
  // Votes are counted by position: once readers have voted, choices may be reworded, not added, removed or moved.
  if (editing && editing.voters > 0) {
    const gaps = typed.slice(0, choices.length).some((c) => c === '')
    if (choices.length !== editing.choices.length || gaps) {
      check.fail('choice1', `Đã có ${editing.voters} người bình chọn: chỉ được sửa lời của ${editing.choices.length} phương án, không được thêm, bớt hay đổi chỗ.`)
    }
  }
  const opensAt = timeOf(check, 'opensAt', 'giờ mở')
  const closesAt = timeOf(check, 'closesAt', 'giờ đóng')
  if (opensAt && closesAt && closesAt.getTime() <= opensAt.getTime()) check.fail('closesAt', 'Giờ đóng phải sau giờ mở.')
  const resultsShown = values.resultsShown ?? ''
  if (!isResultsShown(resultsShown)) check.fail('resultsShown', 'Xin chọn lúc bạn đọc xem kết quả.')
  check.done()
  return {
    slug, question, multiple: values.multiple === '1', opensAt: opensAt!, closesAt: closesAt!,
    resultsShown: isResultsShown(resultsShown) ? resultsShown : 'after-vote',
    // Left gaps close up: "1, (blank), 3" is two choices.
    choices: editing && editing.voters > 0 ? typed.slice(0, editing.choices.length) : choices,
  }
}

function timeOf(check: FormCheck, key: string, label: string): Date | undefined {
  const text = check.text(key, label, 20, { required: true })
  if (!text) return undefined
  const instant = parseTypedTime(text.replace(/\s+/g, ' '))
  if (!instant) check.fail(key, `${label.charAt(0).toUpperCase()}${label.slice(1)} chưa đúng dạng ngày/tháng/năm giờ:phút (ví dụ 08/12/2026 08:00).`)
  return instant
}
