import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { articleListView, type ListedArticle } from '../../articles/index.ts'
import { homeMessages } from '../messages.ts'

export interface EnglishHomeModel {
  siteName: string
  articles: ListedArticle[]
}

/**
 * The English home: the few items published in English, and the way to the Vietnamese portal,
 * where everything else is. No Vietnamese content is listed here.
 */
export function englishHomeView(page: EnglishHomeModel, locale: Locale): SafeHtml {
  const t = locale.t(homeMessages)
  return html`<h1>${page.siteName}</h1>
<p class="english-intro">${t('englishIntro')}</p>
${page.articles.length > 0
    ? html`<section aria-labelledby="latest-in-english"><h2 class="section-title" id="latest-in-english">${t('latest')}</h2>${articleListView(page.articles, locale, { withLead: true })}</section>`
    : html`<p>${t('noArticles')}</p>`}
<section aria-labelledby="vietnamese-portal">
<h2 class="section-title" id="vietnamese-portal">${t('vietnamesePortal')}</h2>
<p>${t('vietnameseIntro')} <a href="/" hreflang="vi"><span lang="vi">${page.siteName}</span></a></p>
</section>`
}
