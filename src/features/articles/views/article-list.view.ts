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
  const withLead = options.withLead ?? false
  const withImage = options.withImage ?? false
  return html`<ul class="article-list">${items.map((item) => html`<li>${keptCard(card, item, locale, withLead, withImage)}</li>`)}</ul>`
}

// A listed article's card is the same on every page that lists it (the related articles under
// each article of a category, the home page, the category's pages), and the listings keep their
// articles as the same objects until they change: the card is kept with the object, by card
// view, locale, address and options, instead of being rendered again for every uncached page.
const keptCards = new WeakMap<ArticleCard, WeakMap<Locale, WeakMap<object, Map<string, SafeHtml>>>>()

function keptCard(card: ArticleCard, item: ThemeArticle, locale: Locale, withLead: boolean, withImage: boolean): SafeHtml {
  let byLocale = keptCards.get(card)
  if (!byLocale) keptCards.set(card, (byLocale = new WeakMap()))
  let byArticle = byLocale.get(locale)
  if (!byArticle) byLocale.set(locale, (byArticle = new WeakMap()))
  let byShape = byArticle.get(item.article)
  if (!byShape) byArticle.set(item.article, (byShape = new Map()))
  const key = `${withLead ? 'L' : ''}${withImage ? 'I' : ''} ${item.url}`
  let rendered = byShape.get(key)
  if (!rendered) byShape.set(key, (rendered = card({ item, locale, withLead, withImage })))
  return rendered
}

export function articleCardView({ item: { article, url }, locale, withLead, withImage }: ArticleCardProps): SafeHtml {
  return html`
${withImage && article.leadImage ? html`<img src="${article.leadImage.url}" alt="" loading="lazy" width="160" height="90">` : ''}
<h3><a href="${url}">${article.title}</a></h3>
<time datetime="${article.publishedAt.toISOString()}">${locale.dateTime(article.publishedAt)}</time>
${withLead && article.lead ? html`<p>${article.lead}</p>` : ''}
`
}
