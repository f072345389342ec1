import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { thumbnailView, type Picture } from '../../../platform/views/picture.ts'
import { mostReadMessages } from '../messages.ts'

export interface MostReadItem {
  title: string
  url: string
  image?: Picture | undefined
}

/** "Đọc nhiều": the week's most read articles, numbered; nothing at all until there are some. */
export function mostReadBlockView(items: MostReadItem[], locale: Locale): SafeHtml {
  if (items.length === 0) return html``
  return html`<section class="block most-read-block" aria-labelledby="doc-nhieu">
<h2 id="doc-nhieu">${locale.t(mostReadMessages)('heading')}</h2>
<div class="block-body">
<ol class="most-read">${items.map((item) => html`<li>${item.image ? html`<a class="thumb-link" href="${item.url}" tabindex="-1" aria-hidden="true">${thumbnailView(item.image, { width: 96, sizes: '96px' })}</a>` : ''}<a href="${item.url}">${item.title}</a></li>`)}</ol>
</div>
</section>`
}
