import { ValidationError } from '../../platform/http/errors.ts'

/** What was typed into a form, NFC and trimmed, kept to show again beside the messages. */
export type FormValues = Record<string, string>
export type FormErrors = Record<string, string>

export function typedValues(body: unknown, keys: readonly string[]): FormValues {
  const sent = new Map(typeof body === 'object' && body !== null ? Object.entries(body) : [])
  const values: FormValues = {}
  for (const key of keys) {
    const raw: unknown = sent.get(key)
    values[key] = typeof raw === 'string' ? raw.normalize('NFC').trim() : ''
  }
  return values
}

/** Collects every problem of a form, so that all are reported at once. */
export class FormCheck {
  readonly errors: FormErrors = {}

  constructor(readonly values: FormValues) {}

  text(key: string, label: string, max: number, options: { required?: boolean } = {}): string {
    const value = this.values[key] ?? ''
    if (options.required && !value) this.errors[key] ??= `Xin nhập ${label}.`
    else if (value.length > max) this.errors[key] ??= `${capitalise(label)} dài quá ${max} ký tự.`
    return value
  }

  /** A decimal number in [min, max]; a comma is accepted as the decimal mark. */
  number(key: string, label: string, min: number, max: number): number {
    const value = (this.values[key] ?? '').replace(',', '.')
    const n = /^[+-]?\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN
    if (!Number.isFinite(n) || n < min || n > max) this.errors[key] ??= `${capitalise(label)} phải là một số từ ${min} đến ${max}.`
    return n
  }

  /** Blank: after the others (undefined). */
  position(key = 'position'): number | undefined {
    const value = this.values[key] ?? ''
    if (!value) return undefined
    if (!/^\d{1,4}$/.test(value)) {
      this.errors[key] ??= 'Thứ tự phải là một số nguyên từ 0 đến 9999.'
      return undefined
    }
    return Number(value)
  }

  fail(key: string, message: string): void {
    this.errors[key] ??= message
  }

  /** Throws the form's problems, if it has any. */
  done(): void {
    if (Object.keys(this.errors).length > 0) throw new ValidationError(this.errors)
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** After the last of its siblings. */
export const nextPosition = (siblings: readonly { position: number }[]): number =>
  siblings.reduce((max, s) => Math.max(max, s.position + 1), 0)
