import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { FormErrors, FormValues } from '../form-check.ts'

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

/** The common field of ordered lists: blank keeps the place or puts the item last. */
export const positionField = (form: FormState) =>
  inputField(form, 'position', 'Thứ tự', { maxlength: 4, inputmode: 'numeric', hint: 'Số nhỏ đứng trước; để trống để giữ nguyên hoặc xếp cuối.' })

/** A checkbox sent as "1" when ticked; a new form (no value yet) shows it ticked when onWhenNew. */
export function checkboxField(form: FormState, name: string, label: string, o: { hint?: string; onWhenNew?: boolean } = {}): SafeHtml {
  const value = form.values[name] ?? (o.onWhenNew ? '1' : '')
  return html`<p class="field"><label><input type="checkbox" name="${name}" value="1"${value !== '' ? html` checked` : ''}> ${label}</label>${o.hint ? html`<br><small class="muted">${o.hint}</small>` : ''}</p>`
}

/** A step of the breadcrumb; the last one, the page itself, has no link. */
export interface Crumb {
  label: string
  href?: string
}

export const trail = (crumbs: readonly Crumb[]) =>
  html`<p>${crumbs.map((c, i) => html`${i > 0 ? ' › ' : ''}${c.href ? html`<a href="${c.href}">${c.label}</a>` : c.label}`)}</p>`

export interface AdminFormModel {
  /** Up to the list the form belongs to, which Hủy returns to. */
  trail: readonly Crumb[]
  heading: string
  action: string
  form: FormState
  csrfToken: string
  fields: readonly SafeHtml[]
  className?: string
}

/** A form of an administration screen: the summary of what is wrong, the fields, Lưu and Hủy. */
export function adminFormView(m: AdminFormModel): SafeHtml {
  const back = m.trail.at(-1)?.href ?? ''
  return html`${trail(m.trail)}
<h1>${m.heading}</h1>
${errorSummary(m.form)}
<form method="post" action="${m.action}" class="${m.className ?? 'form'}">
${csrfField(m.csrfToken)}
${m.fields.map((f) => html`${f}
`)}<p><button type="submit">Lưu</button> <a href="${back}">Hủy</a></p>
</form>`
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
