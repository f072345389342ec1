import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import { once, pathParams, sentFields } from '../../platform/http/request-schemas.ts'
import { html, type SafeHtml } from '../../platform/views/html.ts'
import { sendNewsroomPage } from '../accounts/index.ts'
import { recordAudit } from '../audit/index.ts'
import { cleanLine } from '../comments/index.ts'
import { insertTopic, listTopics, renameTopic } from './question.repository.ts'
import type { QuestionTopic } from './question.ts'

export const TOPICS_PATH = '/toa-soan/hoi-dap/linh-vuc'
const NAME_MAX = 100

// The topics a citizen files a question under, kept by the administrator. A topic is renamed
// rather than removed: questions already filed under it keep it.
export function questionTopicRoutes(deps: { db: Db; clock: Clock; events: NewsroomEventBus }) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    const config = { right: 'site.administer' as const }
    app.get('/hoi-dap/linh-vuc', { config }, async (req, reply) => send(req, reply, {}))
    app.post('/hoi-dap/linh-vuc', { config, schema: { body: sentFields('name') } }, async (req, reply) =>
      saved(req, reply, 'new', async (name) => insertTopic(deps.db, name), once(req.body.name) ?? ''))
    app.post('/hoi-dap/linh-vuc/:topicId', { config, schema: { params: pathParams('topicId'), body: sentFields('name') } }, async (req, reply) => {
      const topic = (await listTopics(deps.db)).find((t) => String(t.id) === req.params.topicId)
      if (!topic) throw new NotFoundError('Topic not found', 'Không tìm thấy lĩnh vực này.')
      return saved(req, reply, String(topic.id), async (name) => { await renameTopic(deps.db, topic.id, name); return topic.id }, once(req.body.name) ?? '')
    })
  }

  async function saved(req: FastifyRequest, reply: FastifyReply, key: string, work: (name: string) => Promise<number>, typed: string) {
    const name = cleanLine(typed)
    try {
      if (!name) throw new ValidationError({ [key]: 'Xin nhập tên lĩnh vực.' })
      if (name.length > NAME_MAX) throw new ValidationError({ [key]: `Tên lĩnh vực dài quá ${NAME_MAX} ký tự.` })
      const now = deps.clock.now()
      const id = await work(name)
      await recordAudit(deps.db, { userId: req.signedIn!.user.id, action: key === 'new' ? 'question-topic.create' : 'question-topic.update', itemType: 'question-topic', itemId: id, ip: req.ip, details: { name } }, now)
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error
      return send(req, reply, error.fields, 422)
    }
    // The list and every answered question's page show topic names.
    deps.events.emit('questions.changed', { ids: [], topics: true })
    return reply.redirect(TOPICS_PATH, 303)
  }

  async function send(req: FastifyRequest, reply: FastifyReply, errors: Record<string, string>, status = 200) {
    return sendNewsroomPage(req, reply, 'Lĩnh vực hỏi đáp', topicsView(await listTopics(deps.db), req.signedIn!.session.csrfToken, errors), status)
  }
}

function topicsView(topics: QuestionTopic[], csrfToken: string, errors: Record<string, string>): SafeHtml {
  const csrf = html`<input type="hidden" name="_csrf" value="${csrfToken}">`
  const error = (key: string) => (errors[key] ? html`<span class="field-error" id="e-topic-${key}">${errors[key]}</span>` : '')
  return html`<h1>Lĩnh vực hỏi đáp</h1>
<p class="muted">Người hỏi chọn một lĩnh vực trong danh sách này. Đổi tên một lĩnh vực thì các câu hỏi đã gửi theo tên mới.</p>
<ul class="topic-list">${topics.map((t) => html`<li><form method="post" action="${TOPICS_PATH}/${t.id}" class="inline-form">${csrf}
<label for="topic-${t.id}" class="visually-hidden">Tên lĩnh vực</label><input id="topic-${t.id}" name="name" type="text" maxlength="${NAME_MAX}" value="${t.name}">
<button type="submit">Lưu</button>${error(String(t.id))}</form></li>`)}</ul>
<form method="post" action="${TOPICS_PATH}" class="form">${csrf}
<p><label for="topic-new">Thêm lĩnh vực</label><input id="topic-new" name="name" type="text" maxlength="${NAME_MAX}">${error('new')}</p>
<p><button type="submit">Thêm</button></p></form>
<p><a href="/toa-soan/hoi-dap">Về danh sách hỏi đáp</a></p>`
}
