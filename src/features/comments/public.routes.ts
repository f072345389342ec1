import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { AppError, NotFoundError } from '../../platform/http/errors.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import type { SafeHtml } from '../../platform/views/html.ts'
import type { Article } from '../articles/index.ts'
import type { CategoryDirectory } from '../categories/index.ts'
import type { PortalChrome } from '../site/index.ts'
import { readCommentForm } from './comment-form.ts'
import { ArticleIdParams, ReaderCommentForm, ReaderPostHeaders, ReplyFormQuery } from './comment.schemas.ts'
import { once } from '../../platform/http/request-schemas.ts'
import { serveHashedAsset } from '../../platform/http/hashed-asset.ts'
import { COMMENT_SCRIPT } from './comment-script.ts'
import type { ReaderComments } from './reader-comments.service.ts'
import { commentAnswerView, commentFormPageView } from './views/comment-answer.view.ts'
import { emptyCommentForm, type CommentFormModel } from './views/comment-form.view.ts'
import { answerRefusal, errorWords, fromOurPages, sendJsonFailure, wantsJson } from './public-form-answers.ts'
import { commentMessages } from './messages.ts'

export interface PublicCommentDeps {
  readers: ReaderComments
  categories: CategoryDirectory
  chrome: PortalChrome
  responder: PublicResponder
}

// Posting happens outside the cached article page: the page stays the same bytes for every
// reader, and nothing here sets a cookie. There is no CSRF token because there is no session
// to ride on; a forged post could only say what its author could have posted himself. The
// Origin / Sec-Fetch-Site check still stops other sites from making their visitors' browsers
// post (and spend those visitors' rate limits).
export function publicCommentRoutes(deps: PublicCommentDeps) {
  // The comment pages belong to the Vietnamese portal.
  const locale = deps.chrome.locale('vi')
  const t = locale.t(commentMessages)
  const words = errorWords(locale)
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    serveHashedAsset(fastify, deps.responder, COMMENT_SCRIPT)

    // The reply form for readers without JavaScript ("Trả lời" links here).
    app.get('/y-kien/:articleId', { schema: { params: ArticleIdParams, querystring: ReplyFormQuery } }, async (req, reply) => {
      const article = await deps.readers.openArticle(articleIdOf(req.params.articleId))
      const replyToText = once(req.query['tra-loi'])
      const target = typeof replyToText === 'string' && /^\d{1,9}$/.test(replyToText) ? await deps.readers.replyTarget(article.id, Number(replyToText)) : undefined
      const url = await articleUrl(article)
      const form: CommentFormModel = {
        ...emptyCommentForm(article.id), moderated: await deps.readers.moderated(article),
        ...(target ? { values: { name: '', email: '', body: '', replyTo: String(target.id) }, replyingTo: { authorName: target.authorName, cancelUrl: `/y-kien/${article.id}#gui-y-kien` } } : {}),
      }
      return sendPage(reply, 200, t('pageTitle'), commentFormPageView({ articleTitle: article.title, articleUrl: url, form, quoted: target?.body }, locale))
    })

    app.post('/y-kien/:articleId', { schema: { params: ArticleIdParams, body: ReaderCommentForm, headers: ReaderPostHeaders } }, async (req, reply) => {
      const json = wantsJson(req)
      if (!fromOurPages(req)) return fail(reply, json, 403, 'cross_site', t('crossSite'))
      let article: Article
      try {
        article = await deps.readers.openArticle(articleIdOf(req.params.articleId))
      } catch (error) {
        if (error instanceof AppError) return fail(reply, json, error.status, error.code, words(error))
        throw error
      }
      const values = readCommentForm(req.body)
      const url = await articleUrl(article)
      const again = async (status: number, form: Partial<CommentFormModel>) => {
        const model: CommentFormModel = {
          ...emptyCommentForm(article.id), moderated: await deps.readers.moderated(article),
          values: { name: values.name, email: values.email, body: values.body, replyTo: values.replyTo }, ...form,
        }
        return sendPage(reply, status, t('pageTitle'), commentFormPageView({ articleTitle: article.title, articleUrl: url, form: model }, locale))
      }
      try {
        const accepted = await deps.readers.submit(article, values, { ip: req.ip, userAgent: req.headers['user-agent'] ?? '' }, locale)
        const message = accepted.shown === 'approved' ? t('approvedMessage') : t('pendingMessage')
        if (json) return reply.code(200).header('cache-control', 'no-store').send({ status: accepted.shown, message })
        return sendPage(reply, 200, accepted.shown === 'approved' ? t('approvedTitle') : t('pendingTitle'), commentAnswerView({ shown: accepted.shown, articleTitle: article.title, articleUrl: url }, locale))
      } catch (error) {
        return answerRefusal(error, reply, { json, words, fail: (...failure) => fail(reply, json, ...failure), again })
      }
    })
  }

  async function articleUrl(article: Article): Promise<string> {
    return `${(await deps.categories.tree()).url(article.categoryId)}/${article.slug}`
  }

  async function sendPage(reply: FastifyReply, status: number, title: string, main: SafeHtml): Promise<FastifyReply> {
    const body = await deps.chrome.page({ title, main })
    return reply.code(status).header('cache-control', 'no-store').header('x-robots-tag', 'noindex').type('text/html; charset=utf-8').send(body.toString())
  }

  async function fail(reply: FastifyReply, json: boolean, status: number, code: string, messageVi: string, extra: Record<string, unknown> = {}): Promise<FastifyReply> {
    if (!json) {
      if (status === 404) throw new NotFoundError('Not found', messageVi)
      return sendPage(reply, status, t('failedTitle'), commentAnswerView({ problem: messageVi }, locale))
    }
    return sendJsonFailure(reply, status, code, messageVi, extra)
  }
}

function articleIdOf(raw: string): number {
  if (!/^\d{1,9}$/.test(raw)) throw new NotFoundError()
  return Number(raw)
}
