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
<h2 id="ban-dang-o-day" class="breadcrumb-label">${locale.t(siteMessages)('youAreHere')}</h2>
<ol>${crumbs.map((c, i) => (i === crumbs.length - 1
    ? html`<li><span aria-current="page">${c.name}</span></li>`
    : html`<li><a href="${c.url ?? '/'}">${c.name}</a></li>`))}</ol>
</nav>`
}

/** The same trail for search engines (schema.org BreadcrumbList), every address absolute. */
export function breadcrumbJsonLd(crumbs: readonly Crumb[], publicUrl: string, pageUrl: string | undefined) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => {
      const url = c.url !== undefined ? publicUrl + c.url : i === crumbs.length - 1 ? pageUrl : undefined
      return { '@type': 'ListItem', position: i + 1, name: c.name, ...(url !== undefined ? { item: url } : {}) }
    }),
  }
}
