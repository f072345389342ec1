import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { BadRequestError, NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import { may, requireRight, sendNewsroomPage, type NewsroomUser } from '../accounts/index.ts'
import { articlePageView, categoryCrumbs } from '../articles/index.ts'
import { findMedia, listMedia } from '../media/index.ts'
import type { CategoryDirectory } from '../categories/index.ts'
import { siteMessages, type PortalChrome } from '../site/index.ts'
import { parseDraftForm, parseNewsroomLocalTime } from './draft-form.ts'
import type { DraftInput, EditorialArticle } from './draft.ts'
import { countQueue, listQueue, type QueueQuery } from './editorial.repository.ts'
import type { Editorial } from './editorial.service.ts'
import { listNotifications } from './notification.repository.ts'
import { articleChangeRoutes } from './article-changes.routes.ts'
import { EditConflictError, SAVE_NOTICES, versionIn, type SaveOutcome } from './edit-conflict.ts'
import { findPendingChange } from './pending-change.repository.ts'
import { markPresent, newPresencePage, othersPresent } from './presence.repository.ts'
import { diffRevision, diffSnapshots } from './revision-diff.ts'
import { findRevision, listRevisions, type RevisionSnapshot } from './revision.repository.ts'
import { editConflictView, type EditConflict } from './views/edit-conflict.view.ts'
import { revisionView } from './views/revision.view.ts'
import { editorBundle } from './editor-bundle.ts'
import { articleFormView } from './views/article-form.view.ts'
import { queuesView, type QueueTab } from './views/queues.view.ts'
import { ALL_TRANSITIONS, transitionsFrom, TRANSITION_RIGHT, type Transition } from './workflow.ts'

export interface NewsroomArticleDeps {
  db: Db
  clock: Clock
  editorial: Editorial
  categories: CategoryDirectory
  chrome: PortalChrome
}

interface QueueDefinition {
  key: string
  name: string
  visible(user: NewsroomUser): boolean
  query(user: NewsroomUser): Omit<QueueQuery, 'limit'>
}

const scope = (user: NewsroomUser) => (user.categoryIds.length > 0 ? user.categoryIds : undefined)

// The queues the newsroom works from, each shown to those who act on it.
const QUEUES: QueueDefinition[] = [
  { key: 'nhap', name: 'Bản nháp của tôi', visible: (u) => may(u, 'article.write'), query: (u) => ({ statuses: ['draft'], authorId: u.id }) },
  { key: 'cho-bien-tap', name: 'Chờ biên tập', visible: (u) => may(u, 'article.review'), query: (u) => ({ statuses: ['in_review'], categoryIds: scope(u) }) },
  { key: 'cho-xuat-ban', name: 'Chờ xuất bản', visible: (u) => may(u, 'article.publish'), query: (u) => ({ statuses: ['approved'], categoryIds: scope(u) }) },
  { key: 'ban-sua', name: 'Bản sửa chờ duyệt', visible: (u) => may(u, 'article.publish'), query: (u) => ({ statuses: ['published', 'unpublished', 'expired'], withPendingChange: true, categoryIds: scope(u) }) },
  { key: 'hen-gio', name: 'Hẹn giờ', visible: (u) => may(u, 'article.write'), query: (u) => ({ statuses: ['scheduled'], ...(may(u, 'article.review') ? { categoryIds: scope(u) } : { authorId: u.id }) }) },
  { key: 'cua-toi', name: 'Tất cả bài của tôi', visible: (u) => may(u, 'article.write'), query: (u) => ({ statuses: ['draft', 'in_review', 'approved', 'scheduled', 'published', 'unpublished', 'expired'], authorId: u.id }) },
]

export function newsroomArticleRoutes(deps: NewsroomArticleDeps) {
  const { db, editorial } = deps
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/assets/editor-:hash.js', async (req, reply) => {
      const bundle = await editorBundle()
      if (!req.url.startsWith(bundle.url)) return reply.code(404).send()
      return reply.header('cache-control', 'public, max-age=31536000, immutable').type('text/javascript; charset=utf-8').send(bundle.code)
    })

    app.get('/bai-viet', async (req, reply) => {
      const user = requireRight(req, reply, 'newsroom.enter')
      if (!user) return reply
      const queues = QUEUES.filter((q) => q.visible(user))
      const wanted = (req.query as Record<string, unknown>).hang
      const current = queues.find((q) => q.key === wanted) ?? queues[0]
      const tabs: QueueTab[] = await Promise.all(queues.map(async (q) => ({ key: q.key, name: q.name, count: await countQueue(db, q.query(user)) })))
      const items = current ? await listQueue(db, { ...current.query(user), limit: 100 }) : []
      const tree = await deps.categories.tree()
      return sendNewsroomPage(req, reply, 'Bài viết', queuesView(tabs, current?.key ?? '', items, (id) => tree.find(id)?.name ?? '—',
        await listNotifications(db, user.id), may(user, 'article.write')))
    })

    app.get('/bai-viet/moi', async (req, reply) => {
      const user = requireRight(req, reply, 'article.write')
      if (!user) return reply
      return sendForm(req, reply, user, undefined, {}, {})
    })

    app.post('/bai-viet', async (req, reply) => {
      const user = requireRight(req, reply, 'article.write')
      if (!user) return reply
      const tree = await deps.categories.tree()
      let input: DraftInput | undefined
      try {
        input = parseDraftForm(req.body as Record<string, unknown>, tree, deps.clock.now())
        const id = await editorial.create({ user, ip: req.ip }, input)
        return reply.redirect(`/toa-soan/bai-viet/${id}`, 303)
      } catch (error) {
        if (error instanceof ValidationError) return sendForm(req, reply, user, undefined, formValues(req.body, input), error.fields, 422)
        throw error
      }
    })

    app.get('/bai-viet/:id', async (req, reply) => {
      const user = requireRight(req, reply, 'newsroom.enter')
      if (!user) return reply
      const article = await editorial.get(user, articleId(req))
      const pending = await findPendingChange(db, article.id)
      const saved = (req.query as Record<string, unknown>)['da-luu']
      const notice = typeof saved === 'string' && saved in SAVE_NOTICES ? SAVE_NOTICES[saved as SaveOutcome] : undefined
      return sendForm(req, reply, user, article, pending ? snapshotValues(pending.snapshot) : articleValues(article), {}, 200, { notice })
    })

    app.post('/bai-viet/:id', async (req, reply) => {
      const user = requireRight(req, reply, 'newsroom.enter')
      if (!user) return reply
      const id = articleId(req)
      const article = await editorial.get(user, id)
      const tree = await deps.categories.tree()
      const body = req.body as Record<string, unknown>
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

    app.post('/bai-viet/:id/chuyen', async (req, reply) => {
      const user = requireRight(req, reply, 'newsroom.enter')
      if (!user) return reply
      const id = articleId(req)
      const body = req.body as Record<string, unknown>
      const transition = body.transition
      if (typeof transition !== 'string' || !(ALL_TRANSITIONS as readonly string[]).includes(transition)) {
        throw new BadRequestError('unknown transition', 'Thao tác không hợp lệ.')
      }
      const publishAt = typeof body.publishAt === 'string' ? parseNewsroomLocalTime(body.publishAt) : undefined
      try {
        await editorial.transition({ user, ip: req.ip }, id, transition as Transition, { reason: typeof body.reason === 'string' ? body.reason : undefined, publishAt })
        return reply.redirect(`/toa-soan/bai-viet/${id}`, 303)
      } catch (error) {
        if (error instanceof ValidationError) {
          const article = await editorial.get(user, id)
          const pending = await findPendingChange(db, id)
          return sendForm(req, reply, user, article, pending ? snapshotValues(pending.snapshot) : articleValues(article), error.fields, 422)
        }
        throw error
      }
    })

    app.get('/bai-viet/:id/phien-ban/:revision', async (req, reply) => {
      const user = requireRight(req, reply, 'newsroom.enter')
      if (!user) return reply
      const article = await editorial.get(user, articleId(req))
      const revision = await findRevision(db, article.id, revisionId(req))
      if (!revision) throw new NotFoundError('Revision not found', 'Không tìm thấy lần lưu này.')
      const canRestore = (article.authorId === user.id && article.status === 'draft') || may(user, 'article.edit-others', article.categoryId)
      return sendNewsroomPage(req, reply, 'Lần lưu', revisionView(article.id, revision, diffRevision(article, revision.snapshot), req.signedIn!.session.csrfToken, canRestore, article.version))
    })

    app.post('/bai-viet/:id/phien-ban/:revision/khoi-phuc', async (req, reply) => {
      const user = requireRight(req, reply, 'newsroom.enter')
      if (!user) return reply
      const id = articleId(req)
      const revision = await findRevision(db, id, revisionId(req))
      if (!revision) throw new NotFoundError('Revision not found', 'Không tìm thấy lần lưu này.')
      const { outcome } = await editorial.restore({ user, ip: req.ip }, id, revision.snapshot, versionIn(req.body as Record<string, unknown>))
      return reply.redirect(`/toa-soan/bai-viet/${id}?da-luu=${outcome}`, 303)
    })

    await app.register(articleChangeRoutes({ db, clock: deps.clock, editorial }))

    // Exactly the reader's page, from the article as it is now, whatever its state.
    app.get('/bai-viet/:id/xem-truoc', async (req, reply) => {
      const user = requireRight(req, reply, 'newsroom.enter')
      if (!user) return reply
      const article = await editorial.get(user, articleId(req))
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
      return reply.type('text/html; charset=utf-8').header('x-robots-tag', 'noindex').send(body)
    })
  }

  async function sendForm(req: FastifyRequest, reply: FastifyReply, user: NewsroomUser, article: EditorialArticle | undefined,
    values: Partial<DraftInput> & { tags?: string[]; slug?: string }, errors: Record<string, string>, status = 200,
    extra: { notice?: string; conflict?: EditConflict; version?: number } = {}) {
    const tree = await deps.categories.tree()
    const writable = new Set(tree.all().filter((c) => may(user, 'article.write', c.id)).map((c) => c.id))
    const mayPublishText = article ? await editorial.mayPublishText(user, article) : false
    const transitions = article ? transitionsFrom(article.status).filter((t) => mayTry(user, article, t)
      && !(article.status === 'approved' && (t === 'publish' || t === 'schedule') && !mayPublishText)) : []
    const now = deps.clock.now()
    const presencePage = newPresencePage()
    if (article) await markPresent(db, article.id, user.id, presencePage, now)
    const pending = article ? await findPendingChange(db, article.id) : undefined
    const canSave = !article || (article.authorId === user.id && article.status === 'draft') || may(user, 'article.edit-others', article.categoryId)
    return sendNewsroomPage(req, reply, article ? article.title : 'Viết bài mới', articleFormView({
      article, values, errors, tree, writableCategoryIds: writable, csrfToken: req.signedIn!.session.csrfToken,
      transitions, revisions: article ? await listRevisions(db, article.id) : [], canSave,
      leadImages: await leadImageChoices(values.leadImageId),
      version: article ? extra.version ?? article.version : undefined,
      othersPresent: article ? await othersPresent(db, article.id, user.id, now) : [], presencePage,
      pending: pending && { savedByName: pending.savedByName, updatedAt: pending.updatedAt },
      conflict: extra.conflict, notice: extra.notice,
    }), status, [(await editorBundle()).url])
  }

  async function leadImageChoices(selected: number | undefined): Promise<{ id: number; label: string }[]> {
    const recent = await listMedia(db, { limit: 50 })
    const current = selected !== undefined && !recent.some((m) => m.id === selected) ? await findMedia(db, selected) : undefined
    return [...(current ? [current] : []), ...recent].map((m) => ({ id: m.id, label: `#${m.id} · ${m.alt || m.originalName} (${m.width}×${m.height})` }))
  }
}

function mayTry(user: NewsroomUser, article: EditorialArticle, transition: Transition): boolean {
  if (!may(user, TRANSITION_RIGHT[transition], article.categoryId)) return false
  if (transition === 'approve' && article.authorId === user.id) return false
  if ((transition === 'submit' || transition === 'reopen') && article.authorId !== user.id) return may(user, 'article.edit-others', article.categoryId)
  return true
}

function revisionId(req: FastifyRequest): number {
  const raw = (req.params as { revision: string }).revision
  if (!/^\d{1,9}$/.test(raw)) throw new BadRequestError('invalid revision id', 'Mã lần lưu không hợp lệ.')
  return Number(raw)
}

function articleId(req: FastifyRequest): number {
  const raw = (req.params as { id: string }).id
  if (!/^\d{1,9}$/.test(raw)) throw new BadRequestError('invalid article id', 'Mã bài viết không hợp lệ.')
  return Number(raw)
}

type FormValues = Partial<DraftInput> & { tags?: string[]; slug?: string }
const articleValues = (a: EditorialArticle): FormValues => ({ ...a, tags: a.tags.map((t) => t.name) })
const snapshotValues = (s: RevisionSnapshot): FormValues => ({ ...s, expiresAt: s.expiresAt ? new Date(s.expiresAt) : undefined, leadImageId: s.leadImageId ?? undefined })

/** What was typed, to show again beside the messages: nothing already typed is lost. */
function formValues(body: unknown, parsed: DraftInput | undefined): Partial<DraftInput> & { tags?: string[]; slug?: string } {
  if (parsed) return { ...parsed, slug: parsed.slug }
  const b = body as Record<string, unknown>
  const s = (k: string) => (typeof b[k] === 'string' ? (b[k] as string) : '')
  return {
    title: s('title'), lead: s('lead'), bodyHtml: s('bodyHtml'), categoryId: Number(s('categoryId')) || undefined,
    bylineKind: s('bylineKind'), bylineName: s('bylineName'), source: s('source'), tags: s('tags').split(',').map((t) => t.trim()).filter(Boolean),
    slug: s('slug'), seoTitle: s('seoTitle'), seoDescription: s('seoDescription'),
  }
}

