import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { Locale } from '../../../platform/i18n/index.ts'
import { thumbnailView } from '../../../platform/views/picture.ts'
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

export interface ArticleListOptions {
  withLead?: boolean
  withImage?: boolean
  card?: ArticleCard | undefined
  /** The list is the top of the page: its first picture loads at once. */
  firstOnPage?: boolean
}

export function articleListView(items: readonly ThemeArticle[], locale: Locale, options: ArticleListOptions = {}): SafeHtml {
  const card = options.card ?? articleCardView
  const withImage = options.withImage ?? false
  return html`<ul class="article-list${withImage ? ' with-images' : ''}">${items.map((item, i) => html`<li>${card({
    item, locale, withLead: options.withLead ?? false, withImage, first: (options.firstOnPage ?? false) && i === 0,
  })}</li>`)}</ul>`
}

/** How wide a list's thumbnail is shown at most (CSS: .article-list .thumb), and the sizes the browser picks by. */
const CARD_THUMB = { width: 210, sizes: '(max-width: 40rem) 32vw, 210px' }

export function articleCardView({ item: { article, url }, locale, withLead, withImage, first }: ArticleCardProps): SafeHtml {
  // A picture beside the linked title says nothing more to a screen reader: it is skipped
  // (empty alt) and its link is out of the tab order. No picture, no box.
  return html`
${withImage && article.leadImage ? html`<a class="thumb-link" href="${url}" tabindex="-1" aria-hidden="true">${thumbnailView(article.leadImage, { ...CARD_THUMB, first: first ?? false })}</a>` : ''}
<h3><a href="${url}">${article.title}</a></h3>
<time datetime="${article.publishedAt.toISOString()}">${locale.dateTime(article.publishedAt)}</time>
${withLead && article.lead ? html`<p>${article.lead}</p>` : ''}
`
}
