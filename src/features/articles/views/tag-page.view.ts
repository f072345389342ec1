import { html, type SafeHtml } from '../../../platform/views/html.ts'
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

export function tagPageView(page: TagPageModel): SafeHtml {
  return html`${breadcrumbView(page.crumbs)}
<h1><span class="muted">Từ khóa:</span> ${page.name}</h1>
${page.articles.length === 0
    ? html`<p>${page.isFirstPage ? 'Chưa có bài viết nào mang từ khóa này.' : 'Không còn bài viết nào.'}</p>`
    : articleListView(page.articles, { withLead: true, withImage: true, card: page.card })}
${page.nextPageUrl ? html`<a class="more" href="${page.nextPageUrl}" rel="next">Xem tiếp</a>` : ''}`
}
