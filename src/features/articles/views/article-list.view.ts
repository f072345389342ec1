import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { Locale } from '../../../platform/i18n/index.ts'
import type { ArticleSummary } from '../article.ts'

export interface ListedArticle {
  article: ArticleSummary
  url: string
}

export function articleListView(items: ListedArticle[], locale: Locale, options: { withLead?: boolean; withImage?: boolean } = {}): SafeHtml {
  return html`<ul class="article-list">${items.map(({ article, url }) => html`<li>
${options.withImage && article.leadImage ? html`<img src="${article.leadImage.url}" alt="" loading="lazy" width="160" height="90">` : ''}
<h3><a href="${url}">${article.title}</a></h3>
<time datetime="${article.publishedAt.toISOString()}">${locale.dateTime(article.publishedAt)}</time>
${options.withLead && article.lead ? html`<p>${article.lead}</p>` : ''}
</li>`)}</ul>`
}
