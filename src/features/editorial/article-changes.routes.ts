import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { ValidationError } from '../../platform/http/errors.ts'
import { sendNewsroomPage, signedInUser, type NewsroomUser } from '../accounts/index.ts'
import { versionIn } from './edit-conflict.ts'
import { ArticleParams, PresenceForm, ReturnChangeForm, VersionForm } from './editorial.schemas.ts'
import type { Editorial } from './editorial.service.ts'
import { markLeft, markPresent, othersPresent } from './presence.repository.ts'
import { diffRevision } from './revision-diff.ts'
import { changeReviewView } from './views/change-review.view.ts'
import { presenceText } from './views/article-form.view.ts'

interface ArticleChangeDeps {
  db: Db
  clock: Clock
  editorial: Editorial
}

// Reviewing a change to a published article, and who else has an article open.
export function articleChangeRoutes({ db, clock, editorial }: ArticleChangeDeps) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    app.get('/bai-viet/:id/ban-sua', { config: { right: 'newsroom.enter' }, schema: { params: ArticleParams } }, async (req, reply) => {
      const user = signedInUser(req)
      return sendReview(req, reply, user, Number(req.params.id), {})
    })

    app.post('/bai-viet/:id/ban-sua/chap-nhan', { config: { right: 'newsroom.enter' }, schema: { params: ArticleParams, body: VersionForm } }, async (req, reply) => {
      const user = signedInUser(req)
      const id = Number(req.params.id)
      await editorial.changes.accept({ user, ip: req.ip }, id, versionIn(req.body))
      return reply.redirect(`/toa-soan/bai-viet/${id}`, 303)
    })

    app.post('/bai-viet/:id/ban-sua/tra-lai', { config: { right: 'newsroom.enter' }, schema: { params: ArticleParams, body: ReturnChangeForm } }, async (req, reply) => {
      const user = signedInUser(req)
      const id = Number(req.params.id)
      try {
        await editorial.changes.return({ user, ip: req.ip }, id, versionIn(req.body), req.body.reason)
        return reply.redirect(`/toa-soan/bai-viet/${id}`, 303)
      } catch (error) {
        if (error instanceof ValidationError) return sendReview(req, reply, user, id, error.fields, 422)
        throw error
      }
    })

    // The editor's heartbeat (every 30 s) and its goodbye; answers who else is there.
    // A heartbeat that sends its token as a header may carry no body at all: read as no fields.
    const noBodyIsEmpty = async (req: FastifyRequest) => void (req.body ??= {})
    app.post('/bai-viet/:id/dang-mo', { config: { right: 'newsroom.enter' }, schema: { params: ArticleParams, body: PresenceForm }, preValidation: noBodyIsEmpty }, async (req, reply) => {
      const user = signedInUser(req)
      const article = await editorial.get(user, Number(req.params.id))
      const now = clock.now()
      const body = req.body
      const page = body.trang !== undefined && /^[\w-]{1,40}$/.test(body.trang) ? body.trang : ''
      if (body.roi === '1') {
        await markLeft(db, article.id, user.id, page)
        return reply.code(204).send()
      }
      await markPresent(db, article.id, user.id, page, now)
      const names = await othersPresent(db, article.id, user.id, now)
      return reply.header('cache-control', 'no-store').send({ others: names, text: presenceText(names) })
    })
  }

  async function sendReview(req: FastifyRequest, reply: FastifyReply, user: NewsroomUser, id: number, errors: Record<string, string>, status = 200) {
    const { article, change } = await editorial.changes.get(user, id)
    const names = await db.selectFrom('users').select('name').where('id', 'in', change.contributorIds.length ? change.contributorIds : [-1]).execute()
    const cannotDecide = change.contributorIds.includes(user.id) ? 'Bạn đã sửa bản này nên không tự chấp nhận được; cần một người khác có quyền xuất bản.'
      : !editorial.changes.mayDecide(user, article, change) ? 'Chỉ người có quyền xuất bản ở chuyên mục này mới chấp nhận hoặc trả lại bản sửa.' : undefined
    return sendNewsroomPage(req, reply, 'Bản sửa chờ duyệt', changeReviewView({
      articleId: id, title: article.title, savedByName: change.savedByName, updatedAt: change.updatedAt, contributorNames: names.map((n) => n.name),
      diffs: diffRevision(article, change.snapshot), version: article.version, csrfToken: req.signedIn!.session.csrfToken, cannotDecide, errors,
    }), status)
  }
}
