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

// A listed article's card is the same on every page that lists it (the related articles under
// each article of a category, the home page, the category's pages), and the listings keep their
// articles as the same objects until they change: the card is kept with the object, by card
// view, locale, address and options, instead of being rendered again for every uncached page.
const keptCards = new WeakMap<ArticleCard, WeakMap<Locale, WeakMap<object, Map<string, SafeHtml>>>>()

function keptCard(card: ArticleCard, item: ThemeArticle, locale: Locale, withLead: boolean, withImage: boolean, first: boolean): SafeHtml {
  let byLocale = keptCards.get(card)
  if (!byLocale) keptCards.set(card, (byLocale = new WeakMap()))
  let byArticle = byLocale.get(locale)
  if (!byArticle) byLocale.set(locale, (byArticle = new WeakMap()))
  let byShape = byArticle.get(item.article)
  if (!byShape) byArticle.set(item.article, (byShape = new Map()))
  const key = `${withLead ? 'L' : ''}${withImage ? 'I' : ''}${first ? 'F' : ''} ${item.url}`
  let rendered = byShape.get(key)
  if (!rendered) byShape.set(key, (rendered = card({ item, locale, withLead, withImage, first })))
  return rendered
}

export function articleListView(items: readonly ThemeArticle[], locale: Locale, options: ArticleListOptions = {}): SafeHtml {
  const card = options.card ?? articleCardView
  const withImage = options.withImage ?? false
  const withLead = options.withLead ?? false
  return html`<ul class="article-list${withImage ? ' with-images' : ''}">${items.map((item, i) => html`<li>${keptCard(card, item, locale, withLead, withImage, (options.firstOnPage ?? false) && i === 0)}</li>`)}</ul>`
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
