import type { PortalModule } from '../../platform/module.ts'
import { html, type SafeHtml } from '../../platform/views/html.ts'
import type { Article } from '../articles/index.ts'
import { articlePdfUrl } from './article-pdf.service.ts'
import { articlePdfMessages } from './messages.ts'
import { PdfRenderer } from './pdf-renderer.ts'
import { pdfRoutes } from './pdf.routes.ts'
import { printSaveDuty } from './print-save.duty.ts'
import { RenderLimits } from './render-limits.ts'

declare module '../../platform/module.ts' {
  interface PortalServices {
    /** The "Tải về" link an article page shows (offered by the article-pdf module). */
    articleDownload?: (article: Article) => SafeHtml
  }
}

// Decree 42 asks that readers can print and save every item: "Tải về" gives the article as a PDF.
export const articlePdfModule: PortalModule = {
  name: 'article-pdf',
  title: 'Tải bài về (PDF)',
  messages: [articlePdfMessages],
  publicPrefixes: ['tai-ve'],
  provide: ({ locales }) => {
    // In the article's own language: "Tải về (PDF)" on /tin-tuc/…, "Download (PDF)" on /en/….
    return {
      articleDownload: (article) => html`<p class="article-download"><a href="${articlePdfUrl(article.id)}" type="application/pdf" download>${locales.of(article.language).t(articlePdfMessages)('download')}</a></p>`,
    }
  },
  compliance: ({ sources }) => [printSaveDuty(sources)],
  publicRoutes: ({ db, services, media, config, responder, log, onClose }) => {
    const renderer = new PdfRenderer()
    onClose(() => renderer.close())
    return pdfRoutes({
      db, responder, media, log, renderer, limits: new RenderLimits(),
      categories: services.categories, chrome: services.chrome, mediaPublicUrl: config.mediaPublicUrl, publicUrl: config.publicUrl,
    })
  },
}
