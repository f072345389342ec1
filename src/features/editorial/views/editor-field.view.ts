import { html, type SafeHtml } from '../../../platform/views/html.ts'

/** The article form's id: controls in the settings column belong to it through form="…". */
export const ARTICLE_FORM_ID = 'bai-viet'

/** A labelled control with its hint and its error, each tied to it for screen readers. */
export function field(name: string, label: string, control: SafeHtml, errors: Record<string, string>, hint?: string): SafeHtml {
  return html`<p class="field">
<label for="f-${name}" id="l-${name}">${label}</label>
${control}
${hint ? html`<small class="muted hint" id="h-${name}">${hint}</small>` : ''}
${errors[name] ? html`<span class="field-error" id="e-${name}">${errors[name]}</span>` : ''}
</p>`
}

/** aria-invalid and the error's id on a control whose field has an error; its hint otherwise. */
export function described(name: string, errors: Record<string, string>, hinted = false): SafeHtml {
  if (errors[name]) return html` aria-invalid="true" aria-describedby="e-${name}${hinted ? html` h-${name}` : ''}"`
  return hinted ? html` aria-describedby="h-${name}"` : html``
}

/** Ties a control in the settings column to the article form. */
export const inArticleForm = html` form="${ARTICLE_FORM_ID}"`
