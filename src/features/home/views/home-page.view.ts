import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { Locale } from '../../../platform/i18n/index.ts'
import { homeMessages } from '../messages.ts'
import { articleListView, type ListedArticle } from '../../articles/index.ts'
import type { ThemeArticle, ThemeViews } from '../../site/index.ts'

export interface HomePageModel {
  siteName: string
  leadStory: ListedArticle | undefined
  latest: ListedArticle[]
  sections: { name: string; url: string; articles: ListedArticle[] }[]
}

/** The home page's main column: the theme's home layout, or the portal's own, with the theme's card in lists. */
export function homePageView(page: HomePageModel, locale: Locale, theme: Partial<Pick<ThemeViews, 'homeLayout' | 'articleCard'>> = {}): SafeHtml {
  const articleList = (items: ThemeArticle[]) => articleListView(items, locale, { card: theme.articleCard })
  return theme.homeLayout ? theme.homeLayout({ ...page, locale, articleList }) : portalHomeView(page, locale, articleList)
}

function portalHomeView(page: HomePageModel, locale: Locale, articleList: (items: ThemeArticle[]) => SafeHtml): SafeHtml {
  const t = locale.t(homeMessages)
  const lead = page.leadStory
  return html`<h1 class="visually-hidden">${page.siteName}</h1>
${lead ? html`<article class="lead-story">
${lead.article.leadImage ? html`<img src="${lead.article.leadImage.url}" alt="${lead.article.leadImage.alt}" width="1200" height="675">` : ''}
<h2><a href="${lead.url}">${lead.article.title}</a></h2>
<time datetime="${lead.article.publishedAt.toISOString()}">${locale.dateTime(lead.article.publishedAt)}</time>
${lead.article.lead ? html`<p>${lead.article.lead}</p>` : ''}
</article>` : html`<p>${t('noArticles')}</p>`}
${page.latest.length > 0 ? html`<section aria-labelledby="tin-moi"><h2 class="section-title" id="tin-moi">${t('latest')}</h2>${articleList(page.latest)}</section>` : ''}
<div class="home-sections">
${page.sections.map((s, i) => html`<section aria-labelledby="muc-${i}">
<h2 class="section-title" id="muc-${i}"><a href="${s.url}">${s.name}</a></h2>
${articleList(s.articles)}
</section>`)}
</div>`
}
