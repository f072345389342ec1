import { html, type SafeHtml } from '../../../platform/views/html.ts'

/** Plain text as typed (a result, a citizen's account), escaped, one paragraph per blank line. */
export const paragraphs = (text: string): SafeHtml =>
  html`${text.split(/\n\s*\n/).filter((p) => p.trim()).map((p) => html`<p>${p.trim()}</p>`)}`
