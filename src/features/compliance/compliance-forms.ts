import type { FormErrors, FormValues } from '../admin-kit/index.ts'
import { newsroomDay } from '../../platform/text/time.ts'
import { isAccessibilityResult, type AccessibilityCheck } from './compliance.repository.ts'
import type { Duty } from './duties.ts'

export const ACCESSIBILITY_FIELDS = ['checkedOn', 'result', 'note'] as const
export const NOTE_MAX = 500

/** The thresholds typed for the measured duties, or the fields' messages. */
export function parseThresholds(values: FormValues, measured: readonly Duty[]): { ok: true; percents: Map<string, number> } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {}
  const percents = new Map<string, number>()
  for (const duty of measured) {
    const typed = (values[duty.id] ?? '').trim().replace(/%$/, '').trim()
    const n = /^\d{1,3}$/.test(typed) ? Number(typed) : NaN
    if (!(n >= 1 && n <= 100)) errors[duty.id] = 'Xin nhập một số nguyên từ 1 đến 100 (phần trăm).'
    else percents.set(duty.id, n)
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, percents }
}

/** The check as typed: a real day not after today (dd/mm/yyyy or yyyy-mm-dd), a known result, a short note. */
export function parseAccessibilityCheck(values: FormValues, now: Date): { ok: true; check: AccessibilityCheck } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {}
  const checkedOn = parseDay(values.checkedOn ?? '')
  if (!checkedOn) errors.checkedOn = 'Xin nhập ngày kiểm tra dạng ngày/tháng/năm, ví dụ 05/12/2026.'
  else if (checkedOn > newsroomDay(now)) errors.checkedOn = 'Ngày kiểm tra không thể sau hôm nay.'
  const result = values.result ?? ''
  if (!isAccessibilityResult(result)) errors.result = 'Xin chọn kết quả kiểm tra.'
  const note = (values.note ?? '').trim()
  if (note.length > NOTE_MAX) errors.note = `Ghi chú dài quá ${NOTE_MAX} ký tự.`
  if (Object.keys(errors).length || !checkedOn || !isAccessibilityResult(result)) return { ok: false, errors }
  return { ok: true, check: { checkedOn, result, note } }
}

function parseDay(text: string): string | undefined {
  const t = text.trim()
  const vi = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t)
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t)
  const [y, m, d] = vi ? [vi[3], vi[2], vi[1]].map(Number) : iso ? [iso[1], iso[2], iso[3]].map(Number) : []
  if (y === undefined || m === undefined || d === undefined || y < 2000 || y > 2100) return undefined
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined
  return date.toISOString().slice(0, 10)
}
