import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { breadcrumbView, type Crumb } from '../../site/index.ts'
import { articleListView, type ListedItem } from './article-list.view.ts'

export interface TagPageModel {
  name: string
  crumbs: Crumb[]
  articles: ListedItem[]
  nextPageUrl: string | undefined
  isFirstPage: boolean
}

export function tagPageView(page: TagPageModel): SafeHtml {
  return html`${breadcrumbView(page.crumbs)}
<h1><span class="muted">Từ khóa:</span> ${page.name}</h1>
${page.articles.length === 0
    ? html`<p>${page.isFirstPage ? 'Chưa có bài viết nào mang từ khóa này.' : 'Không còn bài viết nào.'}</p>`
    : articleListView(page.articles, { withLead: true, withImage: true })}
${page.nextPageUrl ? html`<a class="more" href="${page.nextPageUrl}" rel="next">Xem tiếp</a>` : ''}`
}
