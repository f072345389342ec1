import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { siteMessages } from '../messages.ts'

export interface Crumb {
  name: string
  url?: string
}

/** "Bạn đang ở đây": Trang chủ › Tin tức › Dân vận › … (the last crumb is the page itself). */
export function breadcrumbView(crumbs: Crumb[], locale: Locale): SafeHtml {
  return html`<nav class="breadcrumb" aria-labelledby="ban-dang-o-day">
<h2 id="ban-dang-o-day" class="visually-hidden">${locale.t(siteMessages)('youAreHere')}</h2>
<ol>${crumbs.map((c, i) => (i === crumbs.length - 1
    ? html`<li><span aria-current="page">${c.name}</span></li>`
    : html`<li><a href="${c.url ?? '/'}">${c.name}</a></li>`))}</ol>
</nav>`
}
