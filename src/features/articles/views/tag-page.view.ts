import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { articleMessages } from '../messages.ts'
import { breadcrumbView, type Crumb } from '../../site/index.ts'
import { articleListView, type ArticleCard, type ListedItem } from './article-list.view.ts'

export interface TagPageModel {
  name: string
  crumbs: Crumb[]
  articles: ListedItem[]
  nextPageUrl: string | undefined
  isFirstPage: boolean
  /** The theme's article card, if it has one. */
  card?: ArticleCard | undefined
}

export function tagPageView(page: TagPageModel, locale: Locale): SafeHtml {
  const t = locale.t(articleMessages)
  return html`${breadcrumbView(page.crumbs, locale)}
<h1><span class="muted">${t('tagHeading')}</span> ${page.name}</h1>
${page.articles.length === 0
    ? html`<p>${page.isFirstPage ? t('tagEmpty') : t('noMore')}</p>`
    : html`<h2 class="visually-hidden">${t('listHeading')}</h2>
${articleListView(page.articles, locale, { withLead: true, withImage: true, card: page.card, firstOnPage: page.isFirstPage })}`}
${page.nextPageUrl ? html`<a class="more" href="${page.nextPageUrl}" rel="next">${t('more')}</a>` : ''}`
}
