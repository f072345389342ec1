import type { FormErrors, FormValues } from '../admin-kit/index.ts'
import { displayName, nameKey } from './author-names.ts'
import type { RoyaltySettings } from './reports.repository.ts'

export const POINT_FIELDS = ['pointsBai', 'pointsAnh', 'pointsTin', 'tinMaxWords'] as const
export const ALIAS_FIELDS = ['aliasName', 'authorName'] as const

export const settingsValues = (s: RoyaltySettings): FormValues =>
  Object.fromEntries(POINT_FIELDS.map((f) => [f, String(s[f]).replace('.', ',')]))

/** Points: 0 to 10 000, up to two decimals ("2,5" or "2.5"); the tin threshold: a whole number of words, 1 to 10 000. */
export function parseSettings(values: FormValues): { ok: true; settings: RoyaltySettings } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {}
  const out: Partial<RoyaltySettings> = {}
  for (const field of POINT_FIELDS) {
    const text = (values[field] ?? '').trim().replace(',', '.')
    const whole = field === 'tinMaxWords'
    const shape = whole ? /^\d{1,5}$/ : /^\d{1,5}(\.\d{1,2})?$/
    const n = Number(text)
    if (!shape.test(text) || n > 10_000 || (whole && n < 1)) {
      errors[field] = whole ? 'Nhập số chữ nguyên từ 1 đến 10000.' : 'Nhập số điểm từ 0 đến 10000 (tối đa hai chữ số thập phân, ví dụ 2,5).'
    } else out[field] = n
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, settings: out as RoyaltySettings }
}

export function parseAlias(values: FormValues): { ok: true; aliasName: string; authorName: string } | { ok: false; errors: FormErrors } {
  const aliasName = displayName(values.aliasName ?? '')
  const authorName = displayName(values.authorName ?? '')
  const errors: FormErrors = {}
  if (!aliasName) errors.aliasName = 'Nhập tên như đã ký trong bài.'
  else if (aliasName.length > 120) errors.aliasName = 'Tên dài quá 120 ký tự.'
  if (!authorName) errors.authorName = 'Nhập tên tác giả sẽ được tính.'
  else if (authorName.length > 120) errors.authorName = 'Tên dài quá 120 ký tự.'
  if (aliasName && authorName && !errors.aliasName && !errors.authorName && nameKey(aliasName) === nameKey(authorName)) {
    errors.aliasName = 'Hai tên giống nhau (không kể chữ hoa, chữ thường): đã là một tác giả.'
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, aliasName, authorName }
}
