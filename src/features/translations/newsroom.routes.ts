import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { NotFoundError } from '../../platform/http/errors.ts'
import type { TranslationSources } from '../../platform/translations/index.ts'
import { html } from '../../platform/views/html.ts'
import { sendNewsroomPage } from '../accounts/index.ts'
import { actorWith, formBodySchema, ItemParams, itemId, readForm, type FormErrors, type FormValues } from '../admin-kit/index.ts'
import type { ArticleTranslations } from './article-translations.ts'
import { parseTranslationForm, TRANSLATION_FIELDS } from './translation-form.ts'
import { findTranslatableArticle } from './translation.repository.ts'
import { STATUS_PATH } from './paths.ts'
import { translationPanelView } from './views/translation-panel.view.ts'
import { translationStatusView } from './views/translation-status.view.ts'

export interface TranslationRouteDeps {
  articles: ArticleTranslations
  sources: TranslationSources
  log: FastifyInstance['log']
}

export function translationNewsroomRoutes(deps: TranslationRouteDeps) {
  const manage = { config: { right: 'translation.manage' as const } }

  /** The article's translation form on a page of its own: where a refused choice comes back with why. */
  async function sendForm(req: FastifyRequest, reply: FastifyReply, id: number, form: { values?: FormValues; errors?: FormErrors }, status = 200) {
    const model = await deps.articles.panelModel(id, req.signedIn!.session.csrfToken)
    if (!model) throw new NotFoundError()
    const main = html`<h1>Bản dịch: ${model.article.title}</h1>
${Object.keys(form.errors ?? {}).length > 0 ? html`<p class="form-error" role="alert">Chưa lưu được lựa chọn, xin xem ô được đánh dấu.</p>` : ''}
${translationPanelView({ ...model, ...form })}
<p><a href="/toa-soan/bai-viet/${id}">Trở lại bài viết</a></p>`
    return sendNewsroomPage(req, reply, `Bản dịch: ${model.article.title}`, main, status)
  }

  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()

    app.get(STATUS_PATH.replace('/toa-soan', ''), manage, async (req, reply) => {
      const groups = await deps.sources.groups((error, module) => deps.log.error({ err: error, module }, 'a module could not list its items to translate'))
      return sendNewsroomPage(req, reply, 'Bản dịch tiếng Anh', translationStatusView(groups))
    })

    app.get('/bai-viet/:id/ban-dich', { ...manage, schema: { params: ItemParams }, attachValidation: true }, async (req, reply) => sendForm(req, reply, itemId(req), {}))

    app.post('/bai-viet/:id/ban-dich', { ...manage, schema: { params: ItemParams, body: formBodySchema(TRANSLATION_FIELDS) }, attachValidation: true }, async (req, reply) => {
      const id = itemId(req)
      const article = await findTranslatableArticle(deps.articles.db, id)
      if (!article) throw new NotFoundError()
      const { values, errors } = readForm(req, TRANSLATION_FIELDS)
      const parsed = Object.keys(errors).length ? { ok: false as const, errors } : await parseTranslationForm(deps.articles.db, article, values)
      if (!parsed.ok) return sendForm(req, reply, id, { values, errors: parsed.errors }, 422)
      await deps.articles.change(article, parsed.change, actorWith('translation.manage', req, reply))
      return reply.redirect(`/toa-soan/bai-viet/${id}#ban-dich`, 303)
    })
  }
}
