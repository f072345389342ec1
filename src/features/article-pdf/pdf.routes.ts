import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import type { Db } from '../../platform/db/connect.ts'
import { NotFoundError } from '../../platform/http/errors.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import { pathParams } from '../../platform/http/request-schemas.ts'
import { findPublishedArticleById } from '../articles/index.ts'
import { articlePdfUrl, makeArticlePdf, type ArticlePdfDeps } from './article-pdf.service.ts'
import { RendersBusyError, TooManyDownloadsError, type RenderLimits } from './render-limits.ts'

const DownloadParams = pathParams('file')
const FILE = /^([1-9]\d{0,9})\.pdf$/

export interface PdfRouteDeps extends ArticlePdfDeps {
  db: Db
  responder: PublicResponder
  limits: RenderLimits
}

/**
 * GET /tai-ve/<id>.pdf: the published article as a PDF, kept in the page cache with the
 * article's page and purged with it (the same tags). Only a PDF not in the cache is made, and
 * those are limited per address and at once (render-limits.ts).
 */
export function pdfRoutes(deps: PdfRouteDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.withTypeProvider<TypeBoxTypeProvider>().get('/tai-ve/:file', { schema: { params: DownloadParams } }, async (req, reply) => {
      const id = Number(FILE.exec(req.params.file)?.[1] ?? NaN)
      if (!Number.isSafeInteger(id)) throw new NotFoundError()
      // One cached copy per article: a query string would make another.
      if (req.url !== articlePdfUrl(id)) return reply.redirect(articlePdfUrl(id), 301)
      const article = await findPublishedArticleById(deps.db, id)
      if (!article) throw new NotFoundError()
      let release: () => void
      try {
        release = deps.limits.take(req.ip)
      } catch (error) {
        if (error instanceof TooManyDownloadsError || error instanceof RendersBusyError) reply.header('retry-after', String(error.retryAfterSeconds))
        throw error
      }
      let pdf: Buffer
      try {
        pdf = await makeArticlePdf(deps, article)
      } finally {
        release()
      }
      return deps.responder.send(req, reply, {
        contentType: 'application/pdf',
        body: pdf,
        tags: [`article:${article.id}`, `category:${article.categoryId}`, 'layout'],
        extraHeaders: { 'content-disposition': `attachment; filename="${article.slug.slice(0, 150)}.pdf"` },
      })
    })
  }
}
