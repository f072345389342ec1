import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { Locale } from '../../../platform/i18n/index.ts'
import type { ArticleCardProps, ThemeArticle, ThemeViews } from '../../site/index.ts'
import type { ArticleSummary } from '../article.ts'

export interface ListedArticle {
  article: ArticleSummary
  url: string
}

/** An article, or any item listed like one (a tag's page lists every kind of content). */
export type ListedItem = ThemeArticle

/** A theme's card replaces the inside of each item (theme.ts). */
export type ArticleCard = ThemeViews['articleCard']

export function articleListView(items: readonly ThemeArticle[], locale: Locale, options: { withLead?: boolean; withImage?: boolean; card?: ArticleCard | undefined } = {}): SafeHtml {
  const card = options.card ?? articleCardView
  return html`<ul class="article-list">${items.map((item) => html`<li>${card({ item, locale, withLead: options.withLead ?? false, withImage: options.withImage ?? false })}</li>`)}</ul>`
}

export function articleCardView({ item: { article, url }, locale, withLead, withImage }: ArticleCardProps): SafeHtml {
  return html`
${withImage && article.leadImage ? html`<img src="${article.leadImage.url}" alt="" loading="lazy" width="160" height="90">` : ''}
<h3><a href="${url}">${article.title}</a></h3>
<time datetime="${article.publishedAt.toISOString()}">${locale.dateTime(article.publishedAt)}</time>
${withLead && article.lead ? html`<p>${article.lead}</p>` : ''}
`
}
