import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { FastifyInstance } from 'fastify'
import { NotFoundError } from '../../platform/http/errors.ts'
import { html, trustedHtml } from '../../platform/views/html.ts'
import { formatNewsroomTime } from '../../platform/text/time.ts'
import { may, sendNewsroomPage, signedInUser } from '../accounts/index.ts'
import { EDITOR_STYLESHEET, editorBundle } from '../editorial/index.ts'
import {
  actionButton, actorWith, adminFormView, adminScreenRoutes, commitChange, inputField, moveButtons, moveWithin, notice, selectField, StillInUseError,
  trail, type Actor, type AdminScreen, type AuditFacts, type ChangeDeps, type FormState,
} from '../admin-kit/index.ts'
import { PAGE_FIELDS, parsePageForm } from './page-form.ts'
import { deletePage, findPage, findRevision, insertPage, listPages, listRevisions, restoreRevision, setPageStatus, setPagePositions, updatePage } from './page.repository.ts'
import { englishPagePath, inTreeOrder, isTransition, NEWSROOM_PAGES, pagePath, STATUS_NAMES, TRANSITIONS, type Page, type PageInput } from './page.ts'

const L = NEWSROOM_PAGES
const RevisionParams = Type.Object({ id: Type.String({ pattern: '^[0-9]{1,9}$' }), revision: Type.String({ pattern: '^[0-9]{1,9}$' }) })
const StepParams = Type.Object({ id: Type.String({ pattern: '^[0-9]{1,9}$' }), step: Type.String({ maxLength: 20 }) })

/** /toa-soan/trang: the static pages, their workflow (draft → waiting → published) and their revisions. */
export function pagesNewsroomRoutes(deps: ChangeDeps) {
  /** One audited change; readers' pages are purged when what they see may have changed. */
  async function change(actor: Actor, purge: boolean, work: (trx: ChangeDeps['db'], now: Date) => Promise<AuditFacts>): Promise<void> {
    const facts = await commitChange(deps, actor, async (trx, now) => {
      const audit = await work(trx, now)
      return { result: audit, audit }
    })
    if (purge) deps.events.emit('pages.changed', { pageId: Number(facts.itemId) })
  }

  const page = async (csrfToken: string, message?: string) => {
    const pages = await listPages(deps.db)
    const rows = inTreeOrder(pages)
    return {
      title: 'Trang tĩnh',
      main: html`${trail([{ label: 'Bàn làm việc', href: '/toa-soan' }])}<h1>Trang tĩnh</h1>${notice(message)}
<p><a href="${L}/moi">Thêm trang</a></p>
${rows.length ? html`<table class="static-pages"><caption class="visually-hidden">Các trang tĩnh</caption>
<thead><tr><th scope="col">Trang</th><th scope="col">Địa chỉ</th><th scope="col">Trạng thái</th><th scope="col">Bản tiếng Anh</th><th scope="col">Thao tác</th></tr></thead>
<tbody>${rows.map(({ page: p, depth }) => html`<tr data-id="${p.id}"><td>${'— '.repeat(depth)}<a href="${L}/${p.id}">${p.title}</a></td>
<td>${p.liveRevisionId !== null ? html`<a href="${pagePath(pages, p.id)}">${pagePath(pages, p.id)}</a>` : pagePath(pages, p.id)}</td>
<td>${STATUS_NAMES[p.status]}${p.liveRevisionId !== null && p.status !== 'published' ? ' (bản đang hiện vẫn giữ)' : ''}</td>
<td>${p.slugEn ? englishPagePath(p) : 'chưa có'}</td>
<td>${moveButtons(`${L}/${p.id}`, p.title, csrfToken)} <a href="${L}/${p.id}/phien-ban" aria-label="Các phiên bản của “${p.title}”">Các phiên bản</a> ${actionButton(`${L}/${p.id}/xoa`, 'Xóa', csrfToken, `Xóa trang “${p.title}”`)}</td></tr>`)}</tbody></table>`
    : html`<p>Chưa có trang nào.</p>`}` }
  }

  const screen: AdminScreen<Page, PageInput> = {
    right: 'page.edit',
    path: '/trang',
    list: { path: '/trang', page },
    fields: PAGE_FIELDS,
    presets: { cha: 'parentId' },
    find: (id) => findPage(deps.db, id),
    notFound: { message: 'Page not found', messageVi: 'Không tìm thấy trang.' },
    valuesOf: (p) => ({
      title: p.title, slug: p.slug, parentId: p.parentId === null ? '' : String(p.parentId), position: String(p.position), bodyHtml: p.bodyHtml,
      titleEn: p.titleEn, slugEn: p.slugEn, bodyEnHtml: p.bodyEnHtml,
    }),
    parse: async (values, editing) => parsePageForm(values, editing, await listPages(deps.db)),
    formPage: async (editing, form, csrfToken) => {
      const pages = await listPages(deps.db)
      const heading = editing ? `Sửa trang «${editing.title}»` : 'Thêm trang'
      const { richText } = await editorBundle()
      const parents = inTreeOrder(pages).filter(({ page: p }) => !editing || !isUnder(pages, p.id, editing.id))
      return {
        title: heading,
        main: html`${adminFormView({
          trail: [{ label: 'Trang tĩnh', href: L }], heading, action: `${L}${editing ? `/${editing.id}` : ''}`, form, csrfToken, className: 'form page-form',
          fields: [
            inputField(form, 'title', 'Tiêu đề', { required: true, maxlength: 200 }),
            inputField(form, 'slug', 'Đường dẫn', { required: true, maxlength: 80, hint: 'Chữ thường không dấu và gạch nối; trang nằm ở /trang/<trang cha>/<đường dẫn>, không trùng chuyên mục hay mô-đun nào.' }),
            selectField(form, 'parentId', 'Trang cha', [{ value: '', label: 'Không có (trang cấp một)' }, ...parents.map(({ page: p, depth }) => ({ value: String(p.id), label: `${'— '.repeat(depth)}${p.title}` }))]),
            inputField(form, 'position', 'Thứ tự', { maxlength: 4, inputmode: 'numeric', hint: 'Số nhỏ đứng trước; để trống để xếp cuối.' }),
            richTextField(form, 'bodyHtml', 'Nội dung'),
            inputField(form, 'titleEn', 'Tiêu đề tiếng Anh (không bắt buộc)', { maxlength: 200 }),
            inputField(form, 'slugEn', 'Đường dẫn tiếng Anh', { maxlength: 80, hint: 'Bản tiếng Anh nằm ở /en/page/<đường dẫn>.' }),
            richTextField(form, 'bodyEnHtml', 'Nội dung tiếng Anh'),
          ],
        })}${editing ? workflowPart(editing, csrfToken) : ''}`,
        // The articles' editor over the text areas (without it they stay plain HTML, and still work).
        scripts: [richText.url], stylesheets: [EDITOR_STYLESHEET.url],
      }
    },
    create: (actor, input) => change(actor, false, async (trx, now) => {
      const id = await insertPage(trx, input, actor.userId, now)
      return { action: 'page.create', itemType: 'page', itemId: id, details: { title: input.title } }
    }),
    update: (actor, item, input) => change(actor, item.liveRevisionId !== null && addressChanged(item, input), async (trx, now) => {
      await updatePage(trx, item, input, actor.userId, now)
      return { action: 'page.update', itemType: 'page', itemId: item.id, details: { title: input.title } }
    }),
    remove: async (actor, item) => {
      const pages = await listPages(deps.db)
      const children = pages.filter((p) => p.parentId === item.id).length
      if (children) throw new StillInUseError(`Không xóa được «${item.title}»: còn ${children} trang con. Xin chuyển hoặc xóa các trang con trước.`)
      await change(actor, item.liveRevisionId !== null, async (trx) => {
        await deletePage(trx, item.id)
        return { action: 'page.delete', itemType: 'page', itemId: item.id, details: { title: item.title } }
      })
      deps.events.emit('menus.changed', {})
    },
    move: async (actor, item, direction) => {
      const siblings = inTreeOrder(await listPages(deps.db)).map((r) => r.page).filter((p) => p.parentId === item.parentId)
      const ids = moveWithin(siblings.map((s) => s.id), item.id, direction)
      if (!ids) return
      await change(actor, item.liveRevisionId !== null, async (trx) => {
        await setPagePositions(trx, ids)
        return { action: 'page.move', itemType: 'page', itemId: item.id, details: { title: item.title } }
      })
    },
  }

  function workflowPart(p: Page, csrfToken: string) {
    return html`<section class="page-workflow"><h2>Quy trình</h2>
<p>Trạng thái: <strong>${STATUS_NAMES[p.status]}</strong>${p.liveRevisionId !== null ? html` · bạn đọc đang xem phiên bản ${p.liveRevisionId}` : ' · chưa hiện cho bạn đọc'}.</p>
<div class="page-steps">${Object.entries(TRANSITIONS).filter(([, t]) => (t.from as readonly string[]).includes(p.status) && !(t.to === 'draft' && p.status === 'draft' && p.liveRevisionId === null)).map(([name, t]) => html`${actionButton(`${L}/${p.id}/${name}`, t.label, csrfToken)} `)}
<a href="${L}/${p.id}/phien-ban">Các phiên bản</a></div></section>`
  }

  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    await app.register(adminScreenRoutes(screen))
    const pageOf = async (id: string) => {
      const found = await findPage(deps.db, Number(id))
      if (!found) throw new NotFoundError('Page not found', 'Không tìm thấy trang.')
      return found
    }

    // Each step checks its own right here (submit: page.edit; return, publish, take down: page.publish).
    app.post('/trang/:id/:step', { schema: { params: StepParams }, attachValidation: true, config: { right: 'page.edit' } }, async (req, reply) => {
      if (req.validationError || !isTransition(req.params.step)) throw new NotFoundError('No such step', 'Không có bước này.')
      const step = TRANSITIONS[req.params.step]
      const user = signedInUser(req)
      const item = await pageOf(req.params.id)
      if (!may(user, step.right)) {
        return sendNewsroomPage(req, reply, 'Không có quyền', html`${notice('Bước này cần quyền duyệt trang (lãnh đạo duyệt hoặc quản trị).')}<p><a href="${L}/${item.id}">Quay lại trang</a></p>`, 403)
      }
      if (!(step.from as readonly string[]).includes(item.status)) {
        return sendNewsroomPage(req, reply, 'Không chuyển được', html`${notice(`Trang đang ở trạng thái «${STATUS_NAMES[item.status]}»: không ${step.label.toLowerCase()} được.`)}<p><a href="${L}/${item.id}">Quay lại trang</a></p>`, 409)
      }
      const live = req.params.step === 'publish' ? 'newest' : req.params.step === 'unpublish' ? 'none' : 'keep'
      await change(actorWith(step.right, req, reply), live !== 'keep', async (trx, now) => {
        await setPageStatus(trx, item, step.to, now, live)
        return { action: `page.${req.params.step}`, itemType: 'page', itemId: item.id, details: { title: item.title } }
      })
      return reply.redirect(`${L}/${item.id}`, 303)
    })

    app.get('/trang/:id/phien-ban', { schema: { params: Type.Object({ id: Type.String({ pattern: '^[0-9]{1,9}$' }) }) }, attachValidation: true, config: { right: 'page.edit' } }, async (req, reply) => {
      if (req.validationError) throw new NotFoundError('Page not found', 'Không tìm thấy trang.')
      const item = await pageOf(req.params.id)
      const revisions = await listRevisions(deps.db, item.id)
      const csrf = req.signedIn!.session.csrfToken
      return sendNewsroomPage(req, reply, `Các phiên bản: ${item.title}`, html`${trail([{ label: 'Trang tĩnh', href: L }, { label: item.title, href: `${L}/${item.id}` }])}
<h1>Các phiên bản của «${item.title}»</h1>
<table class="page-revisions"><caption class="visually-hidden">Các phiên bản, mới nhất trước</caption>
<thead><tr><th scope="col">Phiên bản</th><th scope="col">Lưu lúc</th><th scope="col">Người lưu</th><th scope="col">Tiêu đề</th><th scope="col">Thao tác</th></tr></thead>
<tbody>${revisions.map((r, i) => html`<tr data-id="${r.id}"><td>${r.id}${r.id === item.liveRevisionId ? ' (bạn đọc đang xem)' : ''}${i === 0 ? ' (bản đang sửa)' : ''}${r.restoredFrom ? ` (khôi phục từ ${r.restoredFrom})` : ''}</td>
<td>${formatNewsroomTime(r.savedAt)}</td><td>${r.savedByName ?? '—'}</td><td><a href="${L}/${item.id}/phien-ban/${r.id}">${r.title}</a></td>
<td>${i === 0 ? '' : actionButton(`${L}/${item.id}/phien-ban/${r.id}/khoi-phuc`, 'Khôi phục', csrf, `Khôi phục phiên bản ${r.id}`)}</td></tr>`)}</tbody></table>`)
    })

    app.get('/trang/:id/phien-ban/:revision', { schema: { params: RevisionParams }, attachValidation: true, config: { right: 'page.edit' } }, async (req, reply) => {
      if (req.validationError) throw new NotFoundError('Revision not found', 'Không tìm thấy phiên bản.')
      const item = await pageOf(req.params.id)
      const revision = await findRevision(deps.db, item.id, Number(req.params.revision))
      if (!revision) throw new NotFoundError('Revision not found', 'Không tìm thấy phiên bản.')
      const csrf = req.signedIn!.session.csrfToken
      return sendNewsroomPage(req, reply, `Phiên bản ${revision.id}: ${revision.title}`, html`${trail([{ label: 'Trang tĩnh', href: L }, { label: item.title, href: `${L}/${item.id}` }, { label: 'Các phiên bản', href: `${L}/${item.id}/phien-ban` }])}
<h1>Phiên bản ${revision.id}: ${revision.title}</h1>
<p class="muted">Lưu lúc ${formatNewsroomTime(revision.savedAt)}${revision.savedByName ? `, bởi ${revision.savedByName}` : ''}.</p>
<div class="revision-body">${trustedHtml(revision.bodyHtml)}</div>
${revision.titleEn ? html`<h2 lang="en">${revision.titleEn}</h2><div class="revision-body" lang="en">${trustedHtml(revision.bodyEnHtml)}</div>` : ''}
${actionButton(`${L}/${item.id}/phien-ban/${revision.id}/khoi-phuc`, 'Khôi phục phiên bản này', csrf)}`)
    })

    app.post('/trang/:id/phien-ban/:revision/khoi-phuc', { schema: { params: RevisionParams }, attachValidation: true, config: { right: 'page.edit' } }, async (req, reply) => {
      if (req.validationError) throw new NotFoundError('Revision not found', 'Không tìm thấy phiên bản.')
      const item = await pageOf(req.params.id)
      const revision = await findRevision(deps.db, item.id, Number(req.params.revision))
      if (!revision) throw new NotFoundError('Revision not found', 'Không tìm thấy phiên bản.')
      await change(actorWith('page.edit', req, reply), false, async (trx, now) => {
        await restoreRevision(trx, item, revision, signedInUser(req).id, now)
        return { action: 'page.restore', itemType: 'page', itemId: item.id, details: { title: revision.title, revision: revision.id } }
      })
      return reply.redirect(`${L}/${item.id}`, 303)
    })
  }
}

/** A body's text area, which the articles' rich editor (soan-thao) takes over; sanitised on the server all the same. */
function richTextField(form: FormState, name: string, label: string) {
  const error = form.errors[name]
  return html`<div class="field"><p><label id="l-${name}" for="f-${name}">${label}</label></p>
<textarea id="f-${name}" name="${name}" class="body-editor" rows="14" maxlength="200000"${error ? html` aria-invalid="true" aria-describedby="e-${name}"` : ''}>${form.values[name] ?? ''}</textarea>
${error ? html`<p class="field-error" id="e-${name}">${error}</p>` : ''}</div>`
}

function addressChanged(page: Page, input: PageInput): boolean {
  return page.slug !== input.slug || page.slugEn !== input.slugEn || page.parentId !== input.parentId || page.position !== input.position
}

function isUnder(pages: readonly Page[], id: number, ancestor: number): boolean {
  for (let at: number | null = id, steps = 0; at !== null && steps < 20; steps++) {
    if (at === ancestor) return true
    at = pages.find((p) => p.id === at)?.parentId ?? null
  }
  return false
}
