import type { FastifyBaseLogger } from 'fastify'
import type { MediaStorage } from '../../platform/storage/index.ts'
import { articleMessages, articleUrl, bylineText, englishArticleUrl, type Article } from '../articles/index.ts'
import type { CategoryDirectory } from '../categories/index.ts'
import type { PortalChrome } from '../site/index.ts'
import { articleBlocks } from './article-blocks.ts'
import { imagesOf, loadPdfImages } from './pdf-images.ts'
import type { PdfRenderer } from './pdf-renderer.ts'
import { articlePdfMessages } from './messages.ts'

export interface ArticlePdfDeps {
  categories: CategoryDirectory
  chrome: PortalChrome
  media: MediaStorage
  /** MEDIA_PUBLIC_URL: uploads linked there are read from the storage too. */
  mediaPublicUrl: string | undefined
  /** PUBLIC_URL: the address printed in the PDF and its links. */
  publicUrl: string
  renderer: PdfRenderer
  log: FastifyBaseLogger
}

/** Where an article's PDF is downloaded. */
export const articlePdfUrl = (articleId: number) => `/tai-ve/${articleId}.pdf`

/** The published article as a PDF: its words in its own language, its images from the media storage. */
export async function makeArticlePdf(deps: ArticlePdfDeps, article: Article): Promise<Buffer> {
  const locale = deps.chrome.locale(article.language)
  const t = locale.t(articlePdfMessages)
  const [tree, site] = await Promise.all([deps.categories.tree(), deps.chrome.settings()])
  const url = deps.publicUrl + (article.language === 'en' ? englishArticleUrl(article) : articleUrl(tree, article))
  const absolute = (href: string) => {
    try {
      return new URL(href, `${deps.publicUrl}/`).href
    } catch {
      return href
    }
  }
  const blocks = articleBlocks(article.bodyHtml, absolute)
  const lead = article.leadImage ? { src: article.leadImage.url, srcset: article.leadImage.srcset, alt: article.leadImage.alt } : undefined
  const images = await loadPdfImages(deps.media, deps.mediaPublicUrl, imagesOf(lead, blocks), deps.log)
  const byline = bylineText(article.byline)
  return deps.renderer.render({
    article: {
      siteName: site.name,
      category: tree.find(article.categoryId)?.name ?? '',
      title: article.title,
      dateText: locale.dateTime(article.publishedAt),
      byline,
      sourceNote: article.source && !byline.includes(article.source) ? locale.t(articleMessages)('source', { source: article.source }) : '',
      lead: article.lead,
      leadImage: lead && article.leadImage ? { ref: lead, caption: article.leadImage.caption } : undefined,
      blocks,
      url,
      updatedAt: article.updatedAt,
      keywords: article.tags.map((tag) => tag.name),
    },
    images,
    // Templates with their {placeholders}: the worker fills them.
    words: {
      address: `${t('address')} `,
      page: t('page', { n: '{n}', total: '{total}' }),
      photo: t('photo', { index: '{index}', all: '{all}' }),
      video: t('video'),
      missingImage: t('missingImage', { alt: '{alt}' }),
    },
  })
}
