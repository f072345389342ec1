import { parseNewsroomTime } from '../../platform/text/time.ts'
import { slugify } from '../../platform/text/vietnamese.ts'
import { FormCheck, type FormValues } from '../admin-kit/index.ts'
import { CHOICE_MAX, CHOICES_MAX, CHOICES_MIN, isResultsShown, QUESTION_MAX, type Poll, type PollInput } from './poll.ts'

export const CHOICE_FIELDS = Array.from({ length: CHOICES_MAX }, (_, i) => `choice${i + 1}`)
export const POLL_FIELDS = ['question', 'slug', ...CHOICE_FIELDS, 'multiple', 'opensAt', 'closesAt', 'resultsShown'] as const


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
  const instant = parseNewsroomTime(text.replace(/\s+/g, ' '))
  if (!instant) check.fail(key, `${label.charAt(0).toUpperCase()}${label.slice(1)} chưa đúng dạng ngày/tháng/năm giờ:phút (ví dụ 08/12/2026 08:00).`)
  return instant
}
