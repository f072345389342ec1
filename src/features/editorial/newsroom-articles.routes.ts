import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import { html, type SafeHtml } from '../../platform/views/html.ts'
import { sendNewsroomPage, signedInUser, type NewsroomUser } from '../accounts/index.ts'
import { articlePageView, categoryCrumbs } from '../articles/index.ts'
import type { CategoryDirectory } from '../categories/index.ts'
import { siteMessages, type PortalChrome } from '../site/index.ts'
import { parseDraftForm, parseNewsroomLocalTime } from './draft-form.ts'
import type { DraftInput, EditorialArticle } from './draft.ts'
import type { Editorial } from './editorial.service.ts'
import { articleListRoutes, listReturnAddress } from './article-list.routes.ts'
import { articleChangeRoutes } from './article-changes.routes.ts'
import { EditConflictError, SAVE_NOTICES, versionIn, type SaveOutcome } from './edit-conflict.ts'
import { findPendingChange } from './pending-change.repository.ts'
import { markPresent, newPresencePage, othersPresent } from './presence.repository.ts'
import { diffRevision, diffSnapshots } from './revision-diff.ts'
import { findRevision, listRevisions, type RevisionSnapshot } from './revision.repository.ts'
import { editConflictView, type EditConflict } from './views/edit-conflict.view.ts'
import { revisionView } from './views/revision.view.ts'
import { EDITOR_STYLESHEET, editorBundle } from './editor-bundle.ts'
import { leadImageChoices, seoPreviewOf } from './editor-parts.ts'
import { articleFormView } from './views/article-form.view.ts'
import { confirmTransitionView, DESTRUCTIVE } from './views/workflow-actions.view.ts'
import { ArticlePageQuery, ArticleParams, ConfirmTransitionQuery, DraftForm, RevisionParams, TransitionForm, VersionForm, type DraftFormBody } from './editorial.schemas.ts'
import { canEdit, canRestore as canRestoreRevision, canWriteIn } from './article.policy.ts'

export interface NewsroomArticleDeps {
  db: Db
  clock: Clock
  editorial: Editorial
  categories: CategoryDirectory
  chrome: PortalChrome
  /** PORTAL_URL: the addresses the SEO preview shows. */
  publicUrl: string
  /** MEDIA_PUBLIC_URL, when uploads are linked there. */
  mediaBase: string | undefined
  /** Sections other features add to the editor's settings column, each its own form (the English translation's). */
  editorPanels?: EditorPanel
}

/** A feature's section in an article's editor, for this user ('' when it has none for them). */
export type EditorPanel = (user: NewsroomUser, articleId: number, csrfToken: string) => Promise<SafeHtml | ''>

export function newsroomArticleRoutes(deps: NewsroomArticleDeps) {
  const { db, editorial } = deps
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    await app.register(articleListRoutes({ db, editorial, categories: deps.categories }))

    app.get('/bai-viet/moi', { config: { right: 'article.write' } }, async (req, reply) => {
      const user = signedInUser(req)
      return sendForm(req, reply, user, undefined, {}, {})
    })

    app.post('/bai-viet', { config: { right: 'article.write' }, schema: { body: DraftForm } }, async (req, reply) => {
      const user = signedInUser(req)
      const tree = await deps.categories.tree()
      let input: DraftInput | undefined
      try {
        input = parseDraftForm(req.body, tree, deps.clock.now())
        const id = await editorial.create({ user, ip: req.ip }, input)
        return reply.redirect(`/toa-soan/bai-viet/${id}`, 303)
      } catch (error) {
        if (error instanceof ValidationError) return sendForm(req, reply, user, undefined, formValues(req.body, input), error.fields, 422)
        throw error
      }
    })

    app.get('/bai-viet/:id', { config: { right: 'newsroom.enter' }, schema: { params: ArticleParams, querystring: ArticlePageQuery } }, async (req, reply) => {
      const user = signedInUser(req)
      const article = await editorial.get(user, Number(req.params.id))
      const pending = await findPendingChange(db, article.id)
      const saved = req.query['da-luu']
      const notice = saved !== undefined && isSaveOutcome(saved) ? SAVE_NOTICES[saved] : undefined
      return sendForm(req, reply, user, article, pending ? snapshotValues(pending.snapshot) : articleValues(article), {}, 200, { notice })
    })

    app.post('/bai-viet/:id', { config: { right: 'newsroom.enter' }, schema: { params: ArticleParams, body: DraftForm } }, async (req, reply) => {
      const user = signedInUser(req)
      const id = Number(req.params.id)
      const article = await editorial.get(user, id)
      const tree = await deps.categories.tree()
      const body = req.body
      const baseVersion = versionIn(body)
      // The editor's autosave asks for JSON; a plain form post gets pages.
      const json = String(req.headers.accept ?? '').includes('application/json')
      let input: DraftInput | undefined
      try {
        input = parseDraftForm(body, tree, deps.clock.now())
        const { outcome, version } = await editorial.save({ user, ip: req.ip }, id, input, baseVersion)
        if (json) return reply.send({ outcome, version, message: SAVE_NOTICES[outcome] })
        return reply.redirect(`/toa-soan/bai-viet/${id}?da-luu=${outcome}`, 303)
      } catch (error) {
        if (error instanceof ValidationError) {
          if (json) return reply.code(422).send({ error: { code: error.code, message: error.messageVi, fields: error.fields } })
          return sendForm(req, reply, user, article, formValues(body, input), error.fields, 422, { version: baseVersion })
        }
        if (error instanceof EditConflictError && input) {
          // Nothing typed is lost: the form comes back with it, the newer version named and compared.
          const current = await editorial.get(user, id)
          const pending = await findPendingChange(db, id)
          const latest = (await listRevisions(db, id, 1))[0]
          const conflict: EditConflict = {
            message: error.messageVi, savedByName: latest?.userName ?? null, savedAt: latest?.savedAt,
            diffs: diffSnapshots(pending ? pending.snapshot : { ...current, tags: current.tags.map((t) => t.name) }, { ...input, slug: input.slug ?? current.slug }),
          }
          if (json) return reply.code(409).send({ error: { code: error.code, message: error.messageVi }, version: current.version, conflictHtml: editConflictView(conflict).toString() })
          return sendForm(req, reply, user, current, formValues(body, input), {}, 409, { conflict, version: current.version })
        }
        throw error
      }
    })

    // Without JavaScript, a destructive button first lands here: the question, then the real form.
    app.get('/bai-viet/:id/chuyen', { config: { right: 'newsroom.enter' }, schema: { params: ArticleParams, querystring: ConfirmTransitionQuery } }, async (req, reply) => {
      const user = signedInUser(req)
      const article = await editorial.get(user, Number(req.params.id))
      const step = req.query.buoc
      if (!DESTRUCTIVE.has(step) || !(await editorial.transitionsFor(user, article)).includes(step)) return reply.redirect(`/toa-soan/bai-viet/${article.id}`, 303)
      return sendNewsroomPage(req, reply, article.title, html`<div class="confirm-page">${confirmTransitionView(article, step, req.signedIn!.session.csrfToken, false, listReturnAddress(req.query['tro-lai']))}</div>`, 200, [], [EDITOR_STYLESHEET.url])
    })

    app.post('/bai-viet/:id/chuyen', { config: { right: 'newsroom.enter' }, schema: { params: ArticleParams, body: TransitionForm } }, async (req, reply) => {
      const user = signedInUser(req)
      const id = Number(req.params.id)
      const { transition, reason, publishAt: publishAtText } = req.body
      const publishAt = publishAtText === undefined ? undefined : parseNewsroomLocalTime(publishAtText)
      try {
        await editorial.transition({ user, ip: req.ip }, id, transition, { reason, publishAt })
        return reply.redirect(listReturnAddress(req.body['tro-lai']) ?? `/toa-soan/bai-viet/${id}`, 303)
      } catch (error) {
        if (error instanceof ValidationError) {
          const article = await editorial.get(user, id)
          const pending = await findPendingChange(db, id)
          return sendForm(req, reply, user, article, pending ? snapshotValues(pending.snapshot) : articleValues(article), error.fields, 422)
        }
        throw error
      }
    })

    app.get('/bai-viet/:id/phien-ban/:revision', { config: { right: 'newsroom.enter' }, schema: { params: RevisionParams } }, async (req, reply) => {
      const user = signedInUser(req)
      const article = await editorial.get(user, Number(req.params.id))
      const revision = await findRevision(db, article.id, Number(req.params.revision))
      if (!revision) throw new NotFoundError('Revision not found', 'Không tìm thấy lần lưu này.')
      const canRestore = canRestoreRevision(user, article)
      return sendNewsroomPage(req, reply, 'Lần lưu', revisionView(article.id, revision, diffRevision(article, revision.snapshot), req.signedIn!.session.csrfToken, canRestore, article.version))
    })

    app.post('/bai-viet/:id/phien-ban/:revision/khoi-phuc', { config: { right: 'newsroom.enter' }, schema: { params: RevisionParams, body: VersionForm } }, async (req, reply) => {
      const user = signedInUser(req)
      const id = Number(req.params.id)
      const revision = await findRevision(db, id, Number(req.params.revision))
      if (!revision) throw new NotFoundError('Revision not found', 'Không tìm thấy lần lưu này.')
      const { outcome } = await editorial.restore({ user, ip: req.ip }, id, revision.snapshot, versionIn(req.body))
      return reply.redirect(`/toa-soan/bai-viet/${id}?da-luu=${outcome}`, 303)
    })

    await app.register(articleChangeRoutes({ db, clock: deps.clock, editorial }))

    // Exactly the reader's page, from the article as it is now, whatever its state.
    app.get('/bai-viet/:id/xem-truoc', { config: { right: 'newsroom.enter' }, schema: { params: ArticleParams } }, async (req, reply) => {
      const user = signedInUser(req)
      const article = await editorial.get(user, Number(req.params.id))
      const tree = await deps.categories.tree()
      const body = await deps.chrome.page({
        title: `[Xem trước] ${article.title}`,
        currentCategoryId: article.categoryId,
        main: articlePageView({
          article: {
            ...article, publishedAt: article.publishedAt ?? deps.clock.now(), byline: { kind: article.bylineKind, name: article.bylineName },
            leadImage: undefined, mayHaveComments: false, language: 'vi',
          },
          crumbs: [...categoryCrumbs(tree, article.categoryId, deps.chrome.locale('vi').t(siteMessages)('home')), { name: article.title }],
          related: [],
        }, deps.chrome.locale('vi')),
      })
      return reply.type('text/html; charset=utf-8').header('x-robots-tag', 'noindex').send(body.toString())
    })
  }

  async function sendForm(req: FastifyRequest, reply: FastifyReply, user: NewsroomUser, article: EditorialArticle | undefined,
    values: Partial<DraftInput> & { tags?: string[]; slug?: string }, errors: Record<string, string>, status = 200,
    extra: { notice?: string; conflict?: EditConflict; version?: number } = {}) {
    const tree = await deps.categories.tree()
    const writable = new Set(tree.all().filter((c) => canWriteIn(user, c.id)).map((c) => c.id))
    const transitions = article ? await editorial.transitionsFor(user, article) : []
    const now = deps.clock.now()
    const presencePage = newPresencePage()
    if (article) await markPresent(db, article.id, user.id, presencePage, now)
    const pending = article ? await findPendingChange(db, article.id) : undefined
    const canSave = !article || canEdit(user, article)
    const leadImages = await leadImageChoices(db, values.leadImageId, deps.mediaBase)
    const { page, richText } = await editorBundle()
    const panels = article && deps.editorPanels ? await deps.editorPanels(user, article.id, req.signedIn!.session.csrfToken) : ''
    return sendNewsroomPage(req, reply, article ? article.title : 'Viết bài mới', articleFormView({
      article, values, errors, tree, writableCategoryIds: writable, csrfToken: req.signedIn!.session.csrfToken,
      transitions, revisions: article ? await listRevisions(db, article.id) : [], canSave, leadImages,
      version: article ? extra.version ?? article.version : undefined,
      othersPresent: article ? await othersPresent(db, article.id, user.id, now) : [], presencePage,
      pending: article && pending && {
        savedByName: pending.savedByName, updatedAt: pending.updatedAt, diffs: diffRevision(article, pending.snapshot),
        mayDecide: editorial.changes.mayDecide(user, article, pending) && !pending.contributorIds.includes(user.id),
      },
      conflict: extra.conflict, notice: extra.notice, panels,
      seo: seoPreviewOf(values, tree, deps.publicUrl, leadImages.find((i) => i.id === values.leadImageId)),
      savedAt: status === 200 && !extra.conflict ? pending?.updatedAt ?? article?.updatedAt : undefined,
    }), status, canSave ? [page.url, richText.url] : [], [EDITOR_STYLESHEET.url])
  }
}

type FormValues = Partial<DraftInput> & { tags?: string[]; slug?: string }
const articleValues = (a: EditorialArticle): FormValues => ({ ...a, tags: a.tags.map((t) => t.name) })
const snapshotValues = (s: RevisionSnapshot): FormValues => ({ ...s, expiresAt: s.expiresAt ? new Date(s.expiresAt) : undefined, leadImageId: s.leadImageId ?? undefined })

/** What was typed, to show again beside the messages: nothing already typed is lost. */
function formValues(body: DraftFormBody, parsed: DraftInput | undefined): Partial<DraftInput> & { tags?: string[]; slug?: string } {
  if (parsed) return { ...parsed, slug: parsed.slug }
  const s = (k: keyof DraftFormBody) => body[k] ?? ''
  return {
    title: s('title'), lead: s('lead'), bodyHtml: s('bodyHtml'), categoryId: Number(s('categoryId')) || undefined,
    bylineKind: s('bylineKind'), bylineName: s('bylineName'), source: s('source'), tags: s('tags').split(',').map((t) => t.trim()).filter(Boolean),
    slug: s('slug'), seoTitle: s('seoTitle'), seoDescription: s('seoDescription'),
  }
}

const isSaveOutcome = (value: string): value is SaveOutcome => Object.hasOwn(SAVE_NOTICES, value)
