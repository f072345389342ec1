import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { FieldDiff } from '../revision-diff.ts'

/** Each changed field, word by word: <del> what goes, <ins> what comes. */
export function diffSections(diffs: FieldDiff[], idPrefix: string): SafeHtml {
  return html`${diffs.map((d, i) => html`<section class="diff" aria-labelledby="${idPrefix}-${i}"><h3 id="${idPrefix}-${i}">${d.label}</h3>
<p>${d.parts.map((p) => (p.change === 'added' ? html`<ins>${p.text}</ins>` : p.change === 'removed' ? html`<del>${p.text}</del>` : p.text))}</p></section>`)}`
}
