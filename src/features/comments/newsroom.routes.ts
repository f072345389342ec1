import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Db } from '../../platform/db/connect.ts'
import { BadRequestError, NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import { each, once } from '../../platform/http/request-schemas.ts'
import { fold } from '../../platform/text/vietnamese.ts'
import { sectionRight, sendNewsroomPage, signedInUser } from '../accounts/index.ts'
import type { CategoryDirectory } from '../categories/index.ts'
import type { PortalChrome } from '../site/index.ts'
import { STATUS_TABS } from './comment.ts'
import { ArticleChangeParams, BulkForm, CommentEditForm, CommentIdParams, QueueQuery, SettingsForm, SettingsQuery } from './comment.schemas.ts'
import { findArticleTitles, findComments } from './comment.repository.ts'
import { BULK_ACTIONS, type BulkAction, type CommentModeration, type Moderator } from './moderation.service.ts'
import { commentEditView } from './views/comment-edit.view.ts'
import { commentSettingsView } from './views/comment-settings.view.ts'
import { moderationQueueView } from './views/moderation-queue.view.ts'
import { bulkConfirmView } from './views/bulk-confirm.view.ts'
import { moderationMessages } from './moderation-messages.ts'
import { createLocale } from '../../platform/i18n/index.ts'

export interface NewsroomCommentDeps {
  db: Db
  moderation: CommentModeration
  categories: CategoryDirectory
  chrome: PortalChrome
}

const PAGE = 50
const t = createLocale('vi').t(moderationMessages)

/** The moderators' screens under /toa-soan/y-kien, inside the newsroom's session and CSRF checks. */
export function newsroomCommentRoutes(deps: NewsroomCommentDeps) {
  const { moderation } = deps
  // The newsroom's rights hook has checked comment.moderate (sectionRight below) before any handler.
  const moderator = (req: FastifyRequest, _reply?: FastifyReply): Moderator => ({ userId: signedInUser(req).id, ip: req.ip })
  const csrf = (req: FastifyRequest) => req.signedIn!.session.csrfToken

  return async function routes(fastify: FastifyInstance): Promise<void> {
    sectionRight(fastify, 'comment.moderate')
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    app.get('/y-kien', { schema: { querystring: QueueQuery } }, async (req, reply) => {
      const query = { tab: once(req.query['trang-thai']), bai: once(req.query.bai), tim: once(req.query.tim), truoc: once(req.query.truoc) }
      const tab = STATUS_TABS.find((t) => t.key === query.tab) ?? STATUS_TABS[0]!
      const articleId = query.bai !== undefined && /^\d{1,9}$/.test(query.bai) ? Number(query.bai) : undefined
      const search = query.tim !== undefined ? query.tim.normalize('NFC').trim().slice(0, 200) : ''
      const beforeId = query.truoc !== undefined && /^\d{1,9}$/.test(query.truoc) ? Number(query.truoc) : undefined
      const filter = { articleId, search: search ? fold(search) : undefined }
      const [counts, comments, settings] = await Promise.all([
        moderation.counts(filter), moderation.list({ ...filter, status: tab.status, beforeId, limit: PAGE }), moderation.settings(),
      ])
      const tree = await deps.categories.tree()
      const titles = articleId ? await findArticleTitles(deps.db, [articleId]) : []
      const params = new URLSearchParams({ 'trang-thai': tab.key, ...(articleId ? { bai: String(articleId) } : {}), ...(search ? { tim: search } : {}) })
      const last = comments.at(-1)
      return sendNewsroomPage(req, reply, 'Ý kiến bạn đọc', moderationQueueView({
        status: tab.status, counts, comments, articleId, articleTitle: titles[0]?.title, articleClosed: articleId !== undefined && settings.closedArticleIds.has(articleId),
        search, csrfToken: csrf(req), here: `/toa-soan/y-kien?${params.toString()}`,
        nextUrl: comments.length === PAGE && last ? `/toa-soan/y-kien?${params.toString()}&truoc=${last.id}` : undefined,
        articleUrl: (c) => (tree.find(c.articleCategoryId) ? `${tree.url(c.articleCategoryId)}/${c.articleSlug}` : undefined),
      }))
    })

    app.post('/y-kien/hang-loat', { schema: { body: BulkForm } }, async (req, reply) => {
      const who = moderator(req, reply)
      const action = once(req.body['thao-tac'])
      if (action === undefined || !Object.hasOwn(BULK_ACTIONS, action)) throw new BadRequestError('unknown action', 'Thao tác không hợp lệ.')
      const ids = each(req.body.ids).filter((v) => /^\d{1,9}$/.test(v)).map(Number).slice(0, 500)
      const asked = once(req.body['tro-lai'])
      const back = asked !== undefined && /^\/toa-soan\/y-kien(\?[^\s]*)?$/.test(asked) ? asked : '/toa-soan/y-kien'
      if (once(req.body['xac-nhan']) !== '1') {
        const chosen = await findComments(deps.db, ids)
        return sendNewsroomPage(req, reply, t('confirmTitle'), bulkConfirmView({ action: action as BulkAction, comments: chosen.sort((a, b) => b.id - a.id), csrfToken: csrf(req), back }))
      }
      await moderation.apply(who, action as BulkAction, ids)
      return reply.redirect(back, 303)
    })

    app.get('/y-kien/cai-dat', { schema: { querystring: SettingsQuery } }, async (req, reply) => {
      const settings = await moderation.settings()
      const saved = req.query.da_luu === '1'
      return sendSettings(req, reply, {
        closeAfterDays: settings.closeAfterDays === undefined ? '' : String(settings.closeAfterDays), blocklistText: settings.blocklistText,
        unmoderatedCategoryIds: [...settings.unmoderatedCategoryIds],
      }, {}, saved)
    })

    app.post('/y-kien/cai-dat', { schema: { body: SettingsForm } }, async (req, reply) => {
      const who = moderator(req, reply)
      const body = { closeAfterDays: once(req.body.closeAfterDays), blocklist: once(req.body.blocklist) }
      const tree = await deps.categories.tree()
      const moderated = new Set(each(req.body.moderated).map(Number))
      const unmoderatedCategoryIds = tree.all().map((c) => c.id).filter((id) => !moderated.has(id))
      const closeAfterDays = body.closeAfterDays !== undefined ? body.closeAfterDays.trim() : ''
      const blocklistText = body.blocklist !== undefined ? body.blocklist.normalize('NFC').split(/\r?\n/).map((l) => l.trim()).filter(Boolean).join('\n') : ''
      const errors: Record<string, string> = {}
      if (closeAfterDays && (!/^\d{1,4}$/.test(closeAfterDays) || Number(closeAfterDays) < 1)) errors.closeAfterDays = 'Số ngày phải là một số nguyên từ 1 đến 9999, hoặc để trống.'
      if (blocklistText.length > 20_000) errors.blocklist = 'Danh sách từ bị chặn dài quá 20.000 ký tự.'
      if (Object.keys(errors).length > 0) return sendSettings(req, reply, { closeAfterDays, blocklistText, unmoderatedCategoryIds }, errors, false, 422)
      await moderation.saveSettings(who, { closeAfterDays: closeAfterDays ? Number(closeAfterDays) : undefined, blocklistText, unmoderatedCategoryIds })
      return reply.redirect('/toa-soan/y-kien/cai-dat?da_luu=1', 303)
    })

    app.post('/y-kien/bai/:articleId/:change', { schema: { params: ArticleChangeParams } }, async (req, reply) => {
      const who = moderator(req, reply)
      const { articleId, change } = req.params
      if (!/^\d{1,9}$/.test(articleId) || (change !== 'dong' && change !== 'mo')) throw new NotFoundError()
      await moderation.setArticleClosed(who, Number(articleId), change === 'dong')
      return reply.redirect(`/toa-soan/y-kien?bai=${articleId}`, 303)
    })

    app.get('/y-kien/:id', { schema: { params: CommentIdParams } }, async (req, reply) => {
      const comment = await moderation.get(commentId(req.params.id))
      return sendNewsroomPage(req, reply, `Ý kiến #${comment.id}`, commentEditView(comment, comment, {}, csrf(req), (await deps.chrome.settings()).name))
    })

    app.post('/y-kien/:id', { schema: { params: CommentIdParams, body: CommentEditForm } }, async (req, reply) => {
      const who = moderator(req, reply)
      const id = commentId(req.params.id)
      const values = {
        body: once(req.body.body) ?? '',
        replyText: once(req.body.replyText) ?? '',
        linksAllowed: req.body.linksAllowed === '1',
      }
      try {
        await moderation.edit(who, id, values, req.body['thao-tac'] === 'luu-duyet')
        return reply.redirect(`/toa-soan/y-kien/${id}`, 303)
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error
        const comment = await moderation.get(id)
        return sendNewsroomPage(req, reply, `Ý kiến #${id}`, commentEditView(comment, values, error.fields, csrf(req), (await deps.chrome.settings()).name), 422)
      }
    })
  }

  async function sendSettings(req: FastifyRequest, reply: FastifyReply, values: { closeAfterDays: string; blocklistText: string; unmoderatedCategoryIds: number[] }, errors: Record<string, string>, saved: boolean, status = 200) {
    const tree = await deps.categories.tree()
    const settings = await moderation.settings()
    const closedArticles = await findArticleTitles(deps.db, [...settings.closedArticleIds])
    return sendNewsroomPage(req, reply, 'Cài đặt ý kiến', commentSettingsView({
      values, errors, saved, csrfToken: csrf(req), closedArticles,
      categories: tree.all().map((c) => ({ id: c.id, name: c.name, depth: tree.lineage(c.id).length - 1 })),
    }), status)
  }
}

function commentId(raw: string): number {
  if (!/^\d{1,9}$/.test(raw)) throw new NotFoundError('Comment not found', 'Không tìm thấy ý kiến này.')
  return Number(raw)
}
