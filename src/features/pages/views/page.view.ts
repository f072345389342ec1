import type { Locale } from '../../../platform/i18n/index.ts'
import { html, trustedHtml, type SafeHtml } from '../../../platform/views/html.ts'
import { pagesMessages } from '../messages.ts'

export interface PageViewModel {
  title: string
  /** Sanitised when saved (page-form.ts), as the articles' bodies are. */
  bodyHtml: string
  updatedAt: Date | null
  breadcrumb: SafeHtml
  subpages: readonly { title: string; url: string }[]
  /** The page in the other language, when it has one. */
  other?: { url: string; lang: 'vi' | 'en' }
}

export function staticPageView(model: PageViewModel, locale: Locale): SafeHtml {
  const t = locale.t(pagesMessages)
  return html`${model.breadcrumb}
<article class="static-page">
<h1>${model.title}</h1>
${model.updatedAt ? html`<p class="static-page-date">${t('updated', { date: locale.date(model.updatedAt) })}</p>` : ''}
<div class="article-body">${trustedHtml(model.bodyHtml)}</div>
${model.subpages.length ? html`<nav class="static-subpages" aria-labelledby="trang-con"><h2 id="trang-con">${t('subpages')}</h2><ul>${model.subpages.map((p) => html`<li><a href="${p.url}">${p.title}</a></li>`)}</ul></nav>` : ''}
${model.other ? html`<p class="static-page-other"><a href="${model.other.url}" hreflang="${model.other.lang}" lang="${model.other.lang}">${model.other.lang === 'en' ? t('englishVersion') : t('vietnameseVersion')}</a></p>` : ''}
</article>`
}
