import { html, trustedHtml, type SafeHtml } from '../../../platform/views/html.ts'
import type { Locale } from '../../../platform/i18n/index.ts'
import { breadcrumbView, type Crumb } from '../../site/index.ts'
import { bylineText, tagUrl, type Article, type LeadImage } from '../article.ts'
import { articleMessages } from '../messages.ts'
import { articleListView, type ArticleCard, type ListedArticle } from './article-list.view.ts'

export interface ArticlePageModel {
  article: Article
  crumbs: Crumb[]
  related: ListedArticle[]
  /** The "Ý kiến bạn đọc" section, when the portal has one (the newsroom's preview does not). */
  comments?: SafeHtml
  /** The article's absolute address (from PUBLIC_URL), for the share links; the preview has none. */
  shareUrl?: string
  /** The blocks the administrator placed after the article (the "after-article" slot). */
  afterArticle?: SafeHtml | ''
  /** The theme's article card for the related articles, if it has one. */
  card?: ArticleCard | undefined
  /** The "Tải về" (PDF) link, on the public page only. */
  download?: SafeHtml
}

export function articlePageView({ article, crumbs, related, comments, shareUrl, afterArticle, card, download }: ArticlePageModel, locale: Locale): SafeHtml {
  const byline = bylineText(article.byline)
  const t = locale.t(articleMessages)
  return html`${breadcrumbView(crumbs, locale)}
<article class="article">
<h1 class="article-title">${article.title}</h1>
<p class="article-meta"><time datetime="${article.publishedAt.toISOString()}">${locale.dateTime(article.publishedAt)}</time></p>
${shareUrl ? html`<p class="print-only print-source">${t('printAddress', { url: shareUrl })}</p>` : ''}
${download ?? ''}
${article.lead ? html`<p class="article-lead">${article.lead}</p>` : ''}
${article.leadImage ? leadImageView(article.leadImage) : ''}
<div class="article-body">
${trustedHtml(article.bodyHtml)}
</div>
${byline ? html`<p class="byline">${byline}</p>` : ''}
${article.source && !byline.includes(article.source) ? html`<p class="muted">${t('source', { source: article.source })}</p>` : ''}
${article.tags.length > 0 ? html`<div class="tags"><h2 class="visually-hidden">${t('tags')}</h2><ul>${article.tags.map((t) => html`<li><a href="${tagUrl(t.slug)}" rel="tag">${t.name}</a></li>`)}</ul></div>` : ''}
${shareUrl ? shareView(article.title, shareUrl, locale) : ''}
</article>${afterArticle ?? ''}
${comments ?? html`<section class="comments" aria-labelledby="y-kien-ban-doc">
<h2 class="section-title" id="y-kien-ban-doc">${t('readersComments')}</h2>
<p class="muted">${t('noComments')}</p>
</section>`}
${related.length > 0 ? html`<section aria-labelledby="tin-cung-chuyen-muc">
<h2 class="section-title" id="tin-cung-chuyen-muc">${t('related')}</h2>
${articleListView(related, locale, { card })}
</section>` : ''}`
}

// The article's largest picture, fetched first (it is what the reader sees first); its width and
// height keep the text from jumping when it arrives (an image without them is taken as 16:9).
function leadImageView(image: LeadImage): SafeHtml {
  return html`<figure class="lead-image"><img src="${image.url}"${image.srcset ? html` srcset="${image.srcset}" sizes="(max-width: 60rem) 100vw, 46rem"` : ''} alt="${image.alt}" width="${image.width ?? 1200}" height="${image.height ?? 675}" fetchpriority="high">${image.caption ? html`<figcaption>${image.caption}</figcaption>` : ''}</figure>`
}

// Plain links to each service's own share page: no third-party script, nothing loaded from them
// until the reader clicks. Zalo has no such page (its button needs its SDK): readers share there
// by pasting the address, shown in a field to select and, with the display script, copied by a button.
function shareView(title: string, url: string, locale: Locale): SafeHtml {
  const u = encodeURIComponent(url)
  const t = locale.t(articleMessages)
  return html`<nav class="share" aria-label="${t('share')}"><ul>
<li><a href="https://www.facebook.com/sharer/sharer.php?u=${u}" target="_blank" rel="noopener noreferrer">${t('shareFacebook')}</a></li>
<li><a href="https://twitter.com/intent/tweet?url=${u}&amp;text=${encodeURIComponent(title)}" target="_blank" rel="noopener noreferrer">${t('shareX')}</a></li>
<li><a href="mailto:?subject=${encodeURIComponent(title)}&amp;body=${u}">${t('shareEmail')}</a></li>
<li class="copy-link"><label for="dia-chi-bai-viet">${t('copyLinkLabel')}</label> <input type="text" id="dia-chi-bai-viet" value="${url}" readonly> <button type="button" class="copy-link-button" data-copied="${t('linkCopied')}" hidden>${t('copyLink')}</button> <span class="copy-link-status" role="status"></span></li>
</ul></nav>`
}
