import formbody from '@fastify/formbody'
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify'
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createUser, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { newsroomRoutes, type NewsroomDeps } from './newsroom.routes.ts'
import { sectionRight } from './newsroom-rights.ts'

// Rights are declared on the route and checked by the newsroom plugin's hook before the handler;
// a route that declares none stops the start.

let portal: TestPortal
const clock = new TestClock()
let reporter: string
let administrator: string

before(async () => {
  portal = await buildTestPortal({ clock })
  await createUser(portal.db, 'reporter', 'phongvien.quyen@example.vn')
  await createUser(portal.db, 'administrator', 'quantri.quyen@example.vn')
  reporter = (await signIn(portal.app, 'phongvien.quyen@example.vn')).cookie
  administrator = (await signIn(portal.app, 'quantri.quyen@example.vn')).cookie
})
after(() => portal.close())

/** A newsroom with only these sections, on the test portal's database (its sessions included). */
async function newsroomWith(sections: NonNullable<NewsroomDeps['sections']>): Promise<FastifyInstance> {
  const app = Fastify()
  await app.register(formbody)
  app.setErrorHandler((error: FastifyError & { status?: number }, _req, reply) => reply.code(error.status ?? error.statusCode ?? 500).send({ code: error.code }))
  await app.register(newsroomRoutes({ db: portal.db, clock, sections }), { prefix: '/toa-soan' })
  return app
}

test('a newsroom route that declares no right stops the start, naming the route', async () => {
  const app = await newsroomWith([async (section) => {
    section.get('/quen-khai-bao', async () => 'mở cho mọi người')
  }])
  await assert.rejects(async () => { await app.ready() }, /newsroom routes without a declared right.*GET \/toa-soan\/quen-khai-bao/)
  await app.close().catch(() => {})
})

test('the declared right is checked before the handler: a stranger is sent to sign in, a reporter refused, an administrator let through', async () => {
  let ran = 0
  const app = await newsroomWith([async (section) => {
    section.get('/chi-quan-tri', { config: { right: 'user.manage' } }, async () => (ran++, 'xong'))
    section.get('/chi-quan-tri.json', { config: { right: 'user.manage', answersJson: true } }, async () => (ran++, 'xong'))
  }])
  const stranger = await app.inject('/toa-soan/chi-quan-tri')
  assert.equal(stranger.statusCode, 303)
  assert.equal(stranger.headers.location, '/toa-soan/dang-nhap?tiep=%2Ftoa-soan%2Fchi-quan-tri')
  assert.equal((await app.inject('/toa-soan/chi-quan-tri.json')).statusCode, 401, 'scripts get 401, not a page')
  assert.equal((await app.inject({ url: '/toa-soan/chi-quan-tri', headers: { cookie: reporter } })).statusCode, 403)
  assert.equal(ran, 0, 'the handler never ran for them')
  const allowed = await app.inject({ url: '/toa-soan/chi-quan-tri', headers: { cookie: administrator } })
  assert.equal(allowed.statusCode, 200)
  assert.equal(ran, 1)
  await app.close()
})

test('a section may declare one right for all its routes, and a route may still say its own', async () => {
  const app = await newsroomWith([async (section) => {
    sectionRight(section, 'site.administer')
    section.get('/quan-tri-thu', async () => 'quản trị')
    section.get('/quan-tri-thu/mo', { config: { right: 'signed-in' } }, async () => 'ai đăng nhập cũng được')
  }])
  assert.equal((await app.inject({ url: '/toa-soan/quan-tri-thu', headers: { cookie: reporter } })).statusCode, 403)
  assert.equal((await app.inject({ url: '/toa-soan/quan-tri-thu', headers: { cookie: administrator } })).statusCode, 200)
  assert.equal((await app.inject({ url: '/toa-soan/quan-tri-thu/mo', headers: { cookie: reporter } })).statusCode, 200)
  assert.equal((await app.inject('/toa-soan/quan-tri-thu/mo')).statusCode, 303)
  await app.close()
})
