import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { articleMessages } from '../messages.ts'
import { breadcrumbView, type Crumb } from '../../site/index.ts'
import type { Category } from '../../categories/index.ts'
import { articleListView, type ArticleCard, type ListedArticle } from './article-list.view.ts'

export interface CategoryPageModel {
  category: Category
  crumbs: Crumb[]
  subcategories: { name: string; url: string }[]
  articles: ListedArticle[]
  nextPageUrl: string | undefined
  isFirstPage: boolean
  /** The theme's article card, if it has one. */
  card?: ArticleCard | undefined
}

export function categoryPageView(page: CategoryPageModel, locale: Locale): SafeHtml {
  const t = locale.t(articleMessages)
  return html`${breadcrumbView(page.crumbs, locale)}
<h1>${page.category.name}</h1>
${page.category.description ? html`<p>${page.category.description}</p>` : ''}
${page.subcategories.length > 0 ? html`<nav class="subcategories" aria-label="${t('subcategories')}"><ul>${page.subcategories.map((s) => html`<li><a href="${s.url}">${s.name}</a></li>`)}</ul></nav>` : ''}
${page.articles.length === 0
    ? html`<p>${page.isFirstPage ? t('categoryEmpty') : t('noMore')}</p>`
    : html`<h2 class="visually-hidden">${t('listHeading')}</h2>
${articleListView(page.articles, locale, { withLead: true, withImage: true, card: page.card, firstOnPage: page.isFirstPage })}`}
${page.nextPageUrl ? html`<a class="more" href="${page.nextPageUrl}" rel="next">${t('more')}</a>` : ''}`
}
