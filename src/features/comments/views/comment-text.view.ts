import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { splitLinks } from '../comment-text.ts'

/** A comment's text, escaped; line breaks are kept by the stylesheet (white-space: pre-line). */
export function commentTextView(text: string, linksAllowed: boolean): SafeHtml {
  if (!linksAllowed) return html`<div class="comment-text">${text}</div>`
  return html`<div class="comment-text">${splitLinks(text).map((part) => part.href
    ? html`<a href="${part.href}" rel="nofollow ugc noopener">${part.text}</a>`
    : part.text)}</div>`
}
