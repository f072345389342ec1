import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { Locale } from '../../../platform/i18n/index.ts'
import { thumbnailView } from '../../../platform/views/picture.ts'
import { homeMessages } from '../messages.ts'
import { articleListView, type ListedArticle } from '../../articles/index.ts'
import type { ThemeArticle, ThemeViews } from '../../site/index.ts'

export interface HomePageModel {
  siteName: string
  leadStory: ListedArticle | undefined
  focus: ListedArticle[]
  featured: ListedArticle[]
  latest: ListedArticle[]
  sections: { name: string; url: string; articles: ListedArticle[] }[]
}

/** The home page's main column: the theme's home layout, or the portal's own, with the theme's card in lists. */
export function homePageView(page: HomePageModel, locale: Locale, theme: Partial<Pick<ThemeViews, 'homeLayout' | 'articleCard'>> = {}): SafeHtml {
  const articleList = (items: ThemeArticle[], options: { withImage?: boolean; withLead?: boolean } = {}) => articleListView(items, locale, { ...options, card: theme.articleCard })
  return theme.homeLayout ? theme.homeLayout({ ...page, locale, articleList }) : portalHomeView(page, locale, articleList)
}

// As Vietnamese portals lay out their front page: the lead story with a large picture and, beside
// it, the next stories with small ones (tin tiêu điểm); a row of featured stories (tin nổi bật);
// the latest; then each section's newest, its first with a picture.
function portalHomeView(page: HomePageModel, locale: Locale, articleList: (items: ThemeArticle[], options?: { withImage?: boolean; withLead?: boolean }) => SafeHtml): SafeHtml {
  const t = locale.t(homeMessages)
  const lead = page.leadStory
  return html`<h1 class="visually-hidden">${page.siteName}</h1>
${lead ? html`<section class="home-top" aria-labelledby="tin-tieu-diem">
<h2 class="visually-hidden" id="tin-tieu-diem">${t('leadStories')}</h2>
<article class="lead-story">
${lead.article.leadImage ? html`<a class="thumb-link" href="${lead.url}" tabindex="-1" aria-hidden="true">${thumbnailView(lead.article.leadImage, { width: 720, sizes: '(max-width: 48rem) 100vw, 460px', first: true })}</a>` : ''}
<h3><a href="${lead.url}">${lead.article.title}</a></h3>
<time datetime="${lead.article.publishedAt.toISOString()}">${locale.dateTime(lead.article.publishedAt)}</time>
${lead.article.lead ? html`<p>${lead.article.lead}</p>` : ''}
</article>
${page.focus.length > 0 ? html`<ul class="focus-list">${page.focus.map((s) => html`<li>
${s.article.leadImage ? html`<a class="thumb-link" href="${s.url}" tabindex="-1" aria-hidden="true">${thumbnailView(s.article.leadImage, { width: 120, sizes: '120px' })}</a>` : ''}
<h3><a href="${s.url}">${s.article.title}</a></h3>
</li>`)}</ul>` : ''}
</section>` : html`<p>${t('noArticles')}</p>`}
${page.featured.length > 0 ? html`<section class="featured" aria-labelledby="tin-noi-bat">
<h2 class="section-title" id="tin-noi-bat">${t('featured')}</h2>
<ul class="featured-list">${page.featured.map((s) => html`<li>
${s.article.leadImage ? html`<a class="thumb-link" href="${s.url}" tabindex="-1" aria-hidden="true">${thumbnailView(s.article.leadImage, { width: 240, sizes: '(max-width: 48rem) 50vw, 180px' })}</a>` : ''}
<h3><a href="${s.url}">${s.article.title}</a></h3>
</li>`)}</ul>
</section>` : ''}
${page.latest.length > 0 ? html`<section aria-labelledby="tin-moi"><h2 class="section-title" id="tin-moi">${t('latest')}</h2>${articleList(page.latest, { withImage: true })}</section>` : ''}
<div class="home-sections">
${page.sections.map((s, i) => html`<section aria-labelledby="muc-${i}">
<h2 class="section-title" id="muc-${i}"><a href="${s.url}">${s.name}</a></h2>
${articleList(s.articles.slice(0, 1), { withImage: true })}
${s.articles.length > 1 ? articleList(s.articles.slice(1)) : ''}
</section>`)}
</div>`
}
