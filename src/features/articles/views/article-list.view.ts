import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { formatNewsroomTime } from '../../../platform/text/time.ts'
import type { ArticleSummary } from '../article.ts'

export interface ListedArticle {
  article: ArticleSummary
  url: string
}

/** An article, or any item listed like one (a tag's page lists every kind of content). */
export interface ListedItem {
  article: Pick<ArticleSummary, 'title' | 'lead' | 'publishedAt'> & { leadImage?: { url: string } | undefined }
  url: string
}

export function articleListView(items: ListedItem[], options: { withLead?: boolean; withImage?: boolean } = {}): SafeHtml {
  return html`<ul class="article-list">${items.map(({ article, url }) => html`<li>
${options.withImage && article.leadImage ? html`<img src="${article.leadImage.url}" alt="" loading="lazy" width="160" height="90">` : ''}
<h3><a href="${url}">${article.title}</a></h3>
<time datetime="${article.publishedAt.toISOString()}">${formatNewsroomTime(article.publishedAt)}</time>
${options.withLead && article.lead ? html`<p>${article.lead}</p>` : ''}
</li>`)}</ul>`
}
