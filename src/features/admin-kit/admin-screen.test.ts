import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import formbody from '@fastify/formbody'
import Fastify, { type FastifyInstance } from 'fastify'
import { parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn } from '../../../test/support/newsroom.ts'
import { openTestDatabase } from '../../../test/support/test-portal.ts'
import { migrateToLatest } from '../../migrations/index.ts'
import type { Db } from '../../platform/db/connect.ts'
import { NewsroomEventBus } from '../../platform/events.ts'
import { AppError } from '../../platform/http/errors.ts'
import { html } from '../../platform/views/html.ts'
import { newsroomRoutes } from '../accounts/index.ts'
import {
  actionButton, adminFormView, adminListView, adminScreenRoutes, adminTable, announcedChanges, FormCheck, inputField, StillInUseError, WRONG_SHAPE,
  type AdminScreen,
} from './index.ts'

// A fake screen built on the kit, as a new module would: notices ("Thông báo") kept in memory,
// their changes audited in the real database and announced on the real event bus.
interface Notice { id: number; title: string; pinned: boolean }
const L = '/toa-soan/thong-bao'

let app: FastifyInstance
let db: Db
let drop: () => Promise<void>
let cookie = ''
const notices = new Map<number, Notice>()
const announced: number[] = []
let nextId = 1

function noticeScreen(deps: { db: Db; events: NewsroomEventBus }): AdminScreen<Notice, { title: string }> {
  const change = announcedChanges({ ...deps, clock: { now: () => new Date() } }, 'settings.changed', () => ({}))
  const all = () => [...notices.values()]
  return {
    right: 'site.administer',
    path: '/thong-bao',
    list: {
      path: '/thong-bao',
      page: async (csrfToken, message) => ({
        title: 'Thông báo',
        main: adminListView({
          trail: [{ label: 'Thông báo' }], heading: 'Thông báo', message, add: { href: `${L}/moi`, label: 'Thêm thông báo' },
          empty: 'Chưa có thông báo nào.', next: all().length > 2 ? `${L}?sau=2` : undefined,
          items: adminTable({
            className: 'notices', caption: 'Các thông báo', rows: all().slice(0, 2), idOf: (n) => n.id,
            columns: [
              { label: 'Tiêu đề', cell: (n) => html`<a href="${L}/${n.id}">${n.title}</a>` },
              { label: 'Thao tác', cell: (n) => actionButton(`${L}/${n.id}/xoa`, 'Xóa', csrfToken) },
            ],
          }),
        }),
      }),
    },
    fields: ['title'],
    presets: { tieu: 'title' },
    find: async (id) => notices.get(id),
    notFound: { message: 'Notice not found', messageVi: 'Không tìm thấy thông báo.' },
    valuesOf: (n) => ({ title: n.title }),
    parse: async (values) => {
      const check = new FormCheck(values)
      const title = check.text('title', 'tiêu đề', 20, { required: true })
      check.done()
      return { title }
    },
    formPage: async (editing, form, csrfToken) => ({
      title: 'Thông báo',
      main: adminFormView({
        trail: [{ label: 'Thông báo', href: L }], heading: editing ? 'Sửa thông báo' : 'Thêm thông báo',
        action: `${L}${editing ? `/${editing.id}` : ''}`, form, csrfToken, fields: [inputField(form, 'title', 'Tiêu đề', { required: true })],
      }),
    }),
    create: (actor, input) => change(actor, async () => {
      const id = nextId++
      notices.set(id, { id, title: input.title, pinned: false })
      return { action: 'notice.create', itemType: 'notice', itemId: id, details: { title: input.title } }
    }),
    update: (actor, notice, input) => change(actor, async () => {
      if (input.title === 'hỏng') throw new Error('the store failed mid-change')
      notices.set(notice.id, { ...notice, title: input.title })
      return { action: 'notice.update', itemType: 'notice', itemId: notice.id, details: { before: notice.title, after: input.title } }
    }),
    remove: (actor, notice) => {
      if (notice.pinned) throw new StillInUseError(`Thông báo “${notice.title}” đang được ghim.`)
      return change(actor, async () => {
        notices.delete(notice.id)
        return { action: 'notice.delete', itemType: 'notice', itemId: notice.id }
      })
    },
  }
}

before(async () => {
  const opened = await openTestDatabase()
  drop = opened.drop
  db = opened.database.db
  await migrateToLatest(opened.database)
  const events = new NewsroomEventBus()
  events.on('settings.changed', () => announced.push(announced.length + 1))
  // As app.ts sets Fastify up, with an error handler reduced to the status and the Vietnamese text.
  app = Fastify({ ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true } } })
  app.setErrorHandler((error, _req, reply) => reply.code(error instanceof AppError ? error.status : 500).type('text/plain').send(error instanceof AppError ? error.messageVi : 'lỗi'))
  await app.register(formbody)
  await app.register(newsroomRoutes({ db, clock: { now: () => new Date() }, sections: [adminScreenRoutes(noticeScreen({ db, events }))] }), { prefix: '/toa-soan' })
  await createUser(db, 'administrator', 'quantri@example.vn')
  await createUser(db, 'reporter', 'phongvien@example.vn')
  cookie = (await signIn(app, 'quantri@example.vn')).cookie
})
after(async () => {
  await app.close()
  await drop()
})

const get = (url: string, as = cookie) => app.inject({ method: 'GET', url, headers: { cookie: as } })
async function post(url: string, payload: string | Record<string, string>, as = cookie) {
  const csrf = await csrfOf(app, as)
  const body = typeof payload === 'string' ? `_csrf=${csrf}&${payload}` : new URLSearchParams({ _csrf: csrf, ...payload }).toString()
  return app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: as }, payload: body })
}
const audit = (action: string) => db.selectFrom('audit_log').select(['item_id', 'details', 'user_id']).where('action', '=', action).execute()
const fieldError = (body: string) => textOf(parsePage(body), '#e-title')

test('an empty list says so and offers to add the first item', async () => {
  const doc = parsePage((await get(L)).body)
  assert.equal(textOf(doc, 'h1'), 'Thông báo')
  assert.match(doc.body.textContent!, /Chưa có thông báo nào\./)
  assert.equal(doc.querySelector(`a[href="${L}/moi"]`)?.textContent, 'Thêm thông báo')
})

test('a new item with a mistake comes back with the message beside its field, saves nothing and announces nothing', async () => {
  const res = await post(L, { title: 'Một tiêu đề dài quá hai mươi ký tự' })
  assert.equal(res.statusCode, 422)
  assert.equal(fieldError(res.body), 'Tiêu đề dài quá 20 ký tự.')
  assert.match(textOf(parsePage(res.body), '.form-error'), /Biểu mẫu có chỗ chưa hợp lệ/)
  assert.equal(parsePage(res.body).querySelector('#f-title')?.getAttribute('aria-invalid'), 'true')
  assert.equal(notices.size, 0)
  assert.equal(announced.length, 0)
  assert.equal((await audit('notice.create')).length, 0)
})

test('a new item is created, audited with who made it, announced once, and listed', async () => {
  const res = await post(L, { title: 'Lịch tiếp dân' })
  assert.equal(res.statusCode, 303)
  assert.equal(res.headers.location, L)
  assert.deepEqual([...notices.values()].map((n) => n.title), ['Lịch tiếp dân'])
  assert.equal(announced.length, 1)
  const [entry] = await audit('notice.create')
  assert.equal(String(entry!.item_id), '1')
  const admin = await db.selectFrom('users').select('id').where('email', '=', 'quantri@example.vn').executeTakeFirstOrThrow()
  assert.equal(entry!.user_id, admin.id)
  assert.equal(textOf(parsePage((await get(L)).body), 'table.notices tbody a'), 'Lịch tiếp dân')
  const form = parsePage((await get(`${L}/moi?tieu=Họp`)).body)
  assert.equal(form.querySelector('#f-title')?.getAttribute('value'), 'Họp', 'a query parameter fills the new form')
})

test('an item is updated from its form; a failure inside the change leaves no audit entry and no announcement', async () => {
  assert.equal(parsePage((await get(`${L}/1`)).body).querySelector('#f-title')?.getAttribute('value'), 'Lịch tiếp dân')
  assert.equal((await post(`${L}/1`, { title: 'Lịch tiếp công dân' })).statusCode, 303)
  assert.equal(notices.get(1)?.title, 'Lịch tiếp công dân')
  assert.equal(announced.length, 2)
  assert.deepEqual((await audit('notice.update')).map((a) => a.item_id).map(String), ['1'])

  assert.equal((await post(`${L}/1`, { title: 'hỏng' })).statusCode, 500)
  assert.equal(announced.length, 2)
  assert.equal((await audit('notice.update')).length, 1)
})

test('a form of the wrong shape gets the field message, never a bare 400; a bad address is a 404', async () => {
  const twice = await post(`${L}/1`, 'title=A&title=B')
  assert.equal(twice.statusCode, 422)
  assert.equal(fieldError(twice.body), WRONG_SHAPE)
  const json = await app.inject({ method: 'POST', url: L, headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': await csrfOf(app, cookie) }, payload: '[1, 2]' })
  assert.equal(json.statusCode, 422)
  assert.equal(fieldError(json.body), WRONG_SHAPE)
  assert.equal(notices.get(1)?.title, 'Lịch tiếp công dân')
  assert.equal(notices.size, 1)
  for (const url of [`${L}/abc`, `${L}/1x`, `${L}/9999999999`]) assert.equal((await get(url)).statusCode, 404, url)
  const missing = await get(`${L}/42`)
  assert.equal(missing.statusCode, 404)
  assert.equal(missing.body, 'Không tìm thấy thông báo.')
  assert.equal((await get(`${L}/moi?tieu=a&tieu=b`)).statusCode, 200, 'a misshapen preset is ignored')
})

test('the list pages on with "Xem tiếp" when it is long', async () => {
  await post(L, { title: 'Thông báo hai' })
  await post(L, { title: 'Thông báo ba' })
  const doc = parsePage((await get(L)).body)
  assert.equal(doc.querySelectorAll('table.notices tbody tr').length, 2)
  assert.equal(doc.querySelector('a[rel="next"]')?.textContent, 'Xem tiếp')
})

test('a deletion is audited and announced; one refused shows the list again with why', async () => {
  notices.get(2)!.pinned = true
  const refused = await post(`${L}/2/xoa`, {})
  assert.equal(refused.statusCode, 409)
  assert.equal(textOf(parsePage(refused.body), '#thong-bao'), 'Thông báo “Thông báo hai” đang được ghim.')
  const before = announced.length
  assert.equal((await post(`${L}/1/xoa`, {})).statusCode, 303)
  assert.equal(notices.has(1), false)
  assert.equal(announced.length, before + 1)
  assert.deepEqual((await audit('notice.delete')).map((a) => String(a.item_id)), ['1'])
})

test('only those with the screen\'s right may use it', async () => {
  const reporter = (await signIn(app, 'phongvien@example.vn')).cookie
  assert.equal((await get(L, reporter)).statusCode, 403)
  assert.equal((await post(L, { title: 'Lạ' }, reporter)).statusCode, 403)
  assert.equal((await app.inject(L)).statusCode, 303, 'signed out: to the sign-in page')
})
