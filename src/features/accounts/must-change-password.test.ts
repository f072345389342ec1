import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

// Mail off (no SMTP_URL): the one-time password is shown, and its owner must replace it first.
const clock = new TestClock()
let portal: TestPortal
let admin: string
const form = { 'content-type': 'application/x-www-form-urlencoded' }

before(async () => {
  portal = await buildTestPortal({ clock })
  await createUser(portal.db, 'administrator', 'quantri@example.vn')
  admin = (await signIn(portal.app, 'quantri@example.vn')).cookie
})
after(() => portal.close())

async function post(cookie: string, url: string, fields: Record<string, string> = {}) {
  const body = new URLSearchParams({ _csrf: await csrfOf(portal.app, cookie), ...fields })
  return portal.app.inject({ method: 'POST', url, headers: { ...form, cookie }, payload: body.toString() })
}
const get = (cookie: string, url: string) => portal.app.inject({ method: 'GET', url, headers: { cookie } })

async function csrfOfPasswordPage(cookie: string): Promise<string> {
  return /name="_csrf" value="([^"]+)"/.exec((await get(cookie, '/toa-soan/mat-khau')).body)![1]!
}

test('an invited user signs in with the password shown once and must change it before any other page', async () => {
  const res = await post(admin, '/toa-soan/nguoi-dung', { email: 'moi.vao@example.vn', name: 'Người Mới', role: 'reporter' })
  assert.equal(res.statusCode, 201)
  const password = textOf(parsePage(res.body), '#mat-khau-moi')
  assert.match(res.body, /phải đổi mật khẩu này/)

  const { cookie, status } = await signIn(portal.app, 'moi.vao@example.vn', password)
  assert.equal(status, 303)
  for (const url of ['/toa-soan', '/toa-soan/bai-viet', '/toa-soan/bai-viet/moi']) {
    const page = await get(cookie, url)
    assert.equal(page.statusCode, 303, url)
    assert.equal(page.headers.location, '/toa-soan/mat-khau', url)
  }
  const passwordPage = await get(cookie, '/toa-soan/mat-khau')
  assert.equal(passwordPage.statusCode, 200)
  assert.match(textOf(parsePage(passwordPage.body), '#phai-doi'), /do quản trị viên cấp/)

  const token = await csrfOfPasswordPage(cookie)
  const changed = await portal.app.inject({
    method: 'POST', url: '/toa-soan/mat-khau', headers: { ...form, cookie },
    payload: new URLSearchParams({ _csrf: token, current: password, next: 'mat-khau-cua-rieng-toi', again: 'mat-khau-cua-rieng-toi' }).toString(),
  })
  assert.equal(changed.statusCode, 303)
  const fresh = `ts_session=${changed.cookies.find((c) => c.name === 'ts_session')!.value}`
  assert.equal((await get(fresh, '/toa-soan')).statusCode, 200, 'free to work once changed')
  assert.equal(parsePage((await get(fresh, '/toa-soan/mat-khau')).body).querySelector('#phai-doi'), null)
})

test('a password reset by the administrator must be changed too; a POST elsewhere is refused meanwhile', async () => {
  const id = await createUser(portal.db, 'editor', 'dat.lai@example.vn')
  const res = await post(admin, `/toa-soan/nguoi-dung/${id}/mat-khau`)
  const password = textOf(parsePage(res.body), '#mat-khau-moi')
  const { cookie } = await signIn(portal.app, 'dat.lai@example.vn', password)
  const token = await csrfOfPasswordPage(cookie)
  const elsewhere = await portal.app.inject({
    method: 'POST', url: '/toa-soan/dang-xuat-moi-noi', headers: { ...form, cookie }, payload: new URLSearchParams({ _csrf: token }).toString(),
  })
  assert.equal(elsewhere.statusCode, 303)
  assert.equal(elsewhere.headers.location, '/toa-soan/mat-khau')
  const flag = await portal.db.selectFrom('users').select('must_change_password').where('id', '=', id).executeTakeFirstOrThrow()
  assert.equal(flag.must_change_password, 1)
})

test('with mail off, "Quên mật khẩu" says to ask the administrator and sends nothing', async () => {
  const page = await portal.app.inject({ method: 'GET', url: '/toa-soan/quen-mat-khau' })
  assert.match(textOf(parsePage(page.body), '#thu-tat'), /Xin nhờ quản trị viên tòa soạn đặt lại mật khẩu/)
  assert.equal(parsePage(page.body).querySelector('form[action="/toa-soan/quen-mat-khau"]'), null)
  const user = await post(admin, '/toa-soan/nguoi-dung/1/gui-lai-thu-moi')
  assert.equal(user.statusCode, 400)
  assert.match(user.body, /Thư điện tử đang tắt/)
  assert.equal((await portal.db.selectFrom('mail_outbox').select('id').execute()).length, 0)
})
