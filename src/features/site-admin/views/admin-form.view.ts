import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { FormErrors, FormValues } from '../site-admin-form.ts'

export const ADMIN = '/toa-soan/quan-tri'

/** A form being filled in: what was typed, and what is wrong with it. */
export interface FormState {
  values: FormValues
  errors: FormErrors
}

export const emptyForm = (values: FormValues = {}): FormState => ({ values, errors: {} })

export const csrfField = (token: string) => html`<input type="hidden" name="_csrf" value="${token}">`

const described = (name: string, errors: FormErrors) => (errors[name] ? html` aria-invalid="true" aria-describedby="e-${name}"` : '')

export interface InputOptions {
  type?: 'text' | 'url' | 'email' | 'tel'
  required?: boolean
  maxlength?: number
  inputmode?: 'numeric' | 'decimal'
  hint?: string
}

/** A labelled input with its message beside it (ids f-NAME, e-NAME). */
export function inputField(form: FormState, name: string, label: string, o: InputOptions = {}): SafeHtml {
  return fieldFrame(form, name, label, html`<input id="f-${name}" name="${name}" type="${o.type ?? 'text'}"${o.required ? html` required` : ''}${o.maxlength ? html` maxlength="${o.maxlength}"` : ''}${o.inputmode ? html` inputmode="${o.inputmode}"` : ''} value="${form.values[name] ?? ''}"${described(name, form.errors)}>`, o.hint)
}

export function textareaField(form: FormState, name: string, label: string, maxlength: number): SafeHtml {
  return fieldFrame(form, name, label, html`<textarea id="f-${name}" name="${name}" rows="3" maxlength="${maxlength}"${described(name, form.errors)}>${form.values[name] ?? ''}</textarea>`)
}

export function selectField(form: FormState, name: string, label: string, options: { value: string; label: string }[]): SafeHtml {
  const selected = form.values[name] ?? ''
  return fieldFrame(form, name, label, html`<select id="f-${name}" name="${name}"${described(name, form.errors)}>${options.map((o) => html`<option value="${o.value}"${o.value === selected ? html` selected` : ''}>${o.label}</option>`)}</select>`)
}

function fieldFrame(form: FormState, name: string, label: string, control: SafeHtml, hint?: string): SafeHtml {
  return html`<p class="field">
<label for="f-${name}">${label}</label><br>
${control}
${hint ? html`<br><small class="muted">${hint}</small>` : ''}
${form.errors[name] ? html`<br><span class="field-error" id="e-${name}">${form.errors[name]}</span>` : ''}
</p>`
}

export const errorSummary = (form: FormState) => (Object.keys(form.errors).length > 0
  ? html`<p class="form-error" role="alert">Biểu mẫu có chỗ chưa hợp lệ, xin xem các ô được đánh dấu.</p>`
  : '')

/** A one-button form: move up or down, delete. */
export const actionButton = (action: string, label: string, csrfToken: string, accessibleName?: string) =>
  html`<form method="post" action="${action}" class="inline-form">${csrfField(csrfToken)}<button type="submit"${accessibleName ? html` aria-label="${accessibleName}"` : ''}>${label}</button></form>`

export const moveButtons = (base: string, name: string, csrfToken: string) =>
  html`${actionButton(`${base}/len`, '↑', csrfToken, `Đưa “${name}” lên`)} ${actionButton(`${base}/xuong`, '↓', csrfToken, `Đưa “${name}” xuống`)}`

export const notice = (message: string | undefined) => (message ? html`<p class="form-error" role="alert" id="thong-bao">${message}</p>` : '')
