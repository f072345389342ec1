import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { VIETNAMESE_PATHS } from '../document-paths.ts'
import { documentMessages } from '../messages.ts'
import type { ListedDocument } from '../public.repository.ts'
import { dayText } from './documents-words.view.ts'

// "Văn bản mới" in the sidebar. An empty register shows no block at all.
export function documentsBlockView(documents: readonly ListedDocument[], locale: Locale): SafeHtml {
  if (documents.length === 0) return html``
  const t = locale.t(documentMessages)
  return html`<section class="block documents-block" aria-labelledby="van-ban-moi-khoi">
<h2 id="van-ban-moi-khoi">${t('newest')}</h2>
<div class="block-body"><ul>
${documents.map((d) => html`<li><a href="${VIETNAMESE_PATHS.document(d.slug)}">${t('documentTitle', { kind: d.kind.name, number: d.number })}</a> <time datetime="${d.issuedOn}">${dayText(locale, d.issuedOn)}</time> <span>${d.summary}</span></li>`)}
</ul>
<p><a href="${VIETNAMESE_PATHS.list}">${t('all')}</a></p></div>
</section>`
}
