import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { createUser, csrfOf, signIn, TestClock, TEST_PASSWORD } from '../../../test/support/newsroom.ts'
import { parsePage, allText } from '../../../test/support/html.ts'
import { LOCK_AFTER, SLOW_AFTER } from './sign-in-guard.ts'

let portal: TestPortal
const clock = new TestClock()
const form = { 'content-type': 'application/x-www-form-urlencoded' }

before(async () => {
  portal = await buildTestPortal({ clock })
  await createUser(portal.db, 'administrator', 'quantri@example.vn')
  await createUser(portal.db, 'reporter', 'phongvien@example.vn')
})
after(() => portal.close())

test('the newsroom sends a stranger to the sign-in page, and says so in Vietnamese', async () => {
  const res = await portal.app.inject('/toa-soan/nhat-ky')
  assert.equal(res.statusCode, 303)
  assert.equal(res.headers.location, '/toa-soan/dang-nhap?tiep=%2Ftoa-soan%2Fnhat-ky')
  const page = await portal.app.inject('/toa-soan/dang-nhap')
  assert.match(page.body, /Đăng nhập tòa soạn/)
  assert.equal(page.headers['cache-control'], 'no-store')
})

test('signing in sets an HttpOnly, SameSite=Lax session cookie and opens the newsroom', async () => {
  const { cookie, status } = await signIn(portal.app, 'QuanTri@Example.vn')
  assert.equal(status, 303)
  assert.match(cookie, /^ts_session=/)
  const res = await portal.app.inject({ method: 'GET', url: '/toa-soan', headers: { cookie } })
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /Bàn làm việc/)
  assert.equal(res.headers['cache-control'], 'no-store')
  const login = await portal.app.inject({ method: 'GET', url: '/toa-soan/dang-nhap' })
  const setCookie = String((await portal.app.inject({
    method: 'POST', url: '/toa-soan/dang-nhap',
    headers: { ...form, cookie: `ts_csrf=${login.cookies[0]!.value}` },
    payload: new URLSearchParams({ _csrf: /name="_csrf" value="([^"]+)"/.exec(login.body)![1]!, email: 'quantri@example.vn', password: TEST_PASSWORD }).toString(),
  })).headers['set-cookie'])
  assert.match(setCookie, /HttpOnly/)
  assert.match(setCookie, /SameSite=Lax/)
})

test('behind HTTPS (as nginx on this machine says) the session cookie is Secure', async () => {
  const login = await portal.app.inject({ method: 'GET', url: '/toa-soan/dang-nhap', headers: { 'x-forwarded-proto': 'https' } })
  const res = await portal.app.inject({
    method: 'POST', url: '/toa-soan/dang-nhap',
    headers: { ...form, 'x-forwarded-proto': 'https', cookie: `ts_csrf=${login.cookies[0]!.value}` },
    payload: new URLSearchParams({ _csrf: /name="_csrf" value="([^"]+)"/.exec(login.body)![1]!, email: 'quantri@example.vn', password: TEST_PASSWORD }).toString(),
  })
  assert.match(String(res.headers['set-cookie']), /Secure/)
})

test('a wrong password is refused with a Vietnamese message that does not say which part was wrong', async () => {
  const { status, body, cookie } = await signIn(portal.app, 'phongvien@example.vn', 'sai-mat-khau-roi')
  assert.equal(status, 422)
  assert.equal(cookie, '')
  assert.match(body, /Thư điện tử hoặc mật khẩu không đúng/)
  const unknown = await signIn(portal.app, 'khongco@example.vn', 'sai-mat-khau-roi')
  assert.match(unknown.body, /Thư điện tử hoặc mật khẩu không đúng/)
})

test('a form post without the right CSRF token, or from another site, is refused', async () => {
  const { cookie } = await signIn(portal.app, 'quantri@example.vn')
  const token = await csrfOf(portal.app, cookie)
  const noToken = await portal.app.inject({ method: 'POST', url: '/toa-soan/dang-xuat-moi-noi', headers: { ...form, cookie }, payload: '' })
  assert.equal(noToken.statusCode, 403)
  const wrongToken = await portal.app.inject({ method: 'POST', url: '/toa-soan/dang-xuat-moi-noi', headers: { ...form, cookie }, payload: '_csrf=abc' })
  assert.equal(wrongToken.statusCode, 403)
  const crossSite = await portal.app.inject({
    method: 'POST', url: '/toa-soan/dang-xuat-moi-noi', headers: { ...form, cookie, origin: 'https://evil.example' }, payload: `_csrf=${token}`,
  })
  assert.equal(crossSite.statusCode, 403)
  assert.match(crossSite.body, /Biểu mẫu đã hết hạn hoặc không hợp lệ/)
  assert.equal((await portal.app.inject({ method: 'GET', url: '/toa-soan', headers: { cookie } })).statusCode, 200, 'still signed in')
  const signInWithoutCookie = await portal.app.inject({ method: 'POST', url: '/toa-soan/dang-nhap', headers: form, payload: 'email=quantri%40example.vn&password=x&_csrf=abc' })
  assert.equal(signInWithoutCookie.statusCode, 403)
})

test('signing out ends the session; signing out everywhere ends them all', async () => {
  const first = await signIn(portal.app, 'phongvien@example.vn')
  const second = await signIn(portal.app, 'phongvien@example.vn')
  const third = await signIn(portal.app, 'phongvien@example.vn')
  const out = await portal.app.inject({ method: 'POST', url: '/toa-soan/dang-xuat', headers: { ...form, cookie: first.cookie }, payload: `_csrf=${await csrfOf(portal.app, first.cookie)}` })
  assert.equal(out.statusCode, 303)
  assert.equal((await portal.app.inject({ method: 'GET', url: '/toa-soan', headers: { cookie: first.cookie } })).statusCode, 303)
  assert.equal((await portal.app.inject({ method: 'GET', url: '/toa-soan', headers: { cookie: second.cookie } })).statusCode, 200)
  await portal.app.inject({ method: 'POST', url: '/toa-soan/dang-xuat-moi-noi', headers: { ...form, cookie: second.cookie }, payload: `_csrf=${await csrfOf(portal.app, second.cookie)}` })
  for (const { cookie } of [second, third]) {
    assert.equal((await portal.app.inject({ method: 'GET', url: '/toa-soan', headers: { cookie } })).statusCode, 303)
  }
})

test('a session expires after 12 idle hours', async () => {
  const { cookie } = await signIn(portal.app, 'phongvien@example.vn')
  clock.advance(11 * 60 * 60 * 1000)
  assert.equal((await portal.app.inject({ method: 'GET', url: '/toa-soan', headers: { cookie } })).statusCode, 200, 'use slides the expiry')
  clock.advance(11 * 60 * 60 * 1000)
  assert.equal((await portal.app.inject({ method: 'GET', url: '/toa-soan', headers: { cookie } })).statusCode, 200)
  clock.advance(12 * 60 * 60 * 1000 + 1000)
  assert.equal((await portal.app.inject({ method: 'GET', url: '/toa-soan', headers: { cookie } })).statusCode, 303)
})

test('repeated failures from one address slow that address down for the account, then lock it for a while, even for the right password', async () => {
  await createUser(portal.db, 'editor', 'bientap@example.vn')
  for (let i = 0; i < SLOW_AFTER; i++) await signIn(portal.app, 'bientap@example.vn', `sai-${i}-mat-khau`)
  const slowed = await signIn(portal.app, 'bientap@example.vn')
  assert.equal(slowed.status, 429)
  assert.match(slowed.body, /Bạn đã đăng nhập sai nhiều lần. Xin thử lại sau 1 phút/)
  clock.advance(61_000)
  for (let i = SLOW_AFTER; i < LOCK_AFTER; i++) {
    clock.advance(61_000)
    await signIn(portal.app, 'bientap@example.vn', `sai-${i}-mat-khau`)
  }
  clock.advance(5 * 60 * 1000)
  const locked = await signIn(portal.app, 'bientap@example.vn')
  assert.equal(locked.status, 429)
  assert.match(locked.body, /thử lại sau 10 phút/)
  clock.advance(11 * 60 * 1000)
  assert.equal((await signIn(portal.app, 'bientap@example.vn')).status, 303, 'allowed again after the lock')
})

test('only after sign-in does the next page open, and never one on another site', async () => {
  const login = await portal.app.inject({ method: 'GET', url: '/toa-soan/dang-nhap?tiep=https://evil.example/x' })
  assert.match(login.body, /name="tiep" value="\/toa-soan"/)
})

test('the administrator reads the audit log, filtered; a reporter may not', async () => {
  const admin = await signIn(portal.app, 'quantri@example.vn')
  const res = await portal.app.inject({ method: 'GET', url: '/toa-soan/nhat-ky?hanh-dong=user.sign-in-failed', headers: { cookie: admin.cookie } })
  assert.equal(res.statusCode, 200)
  const actions = allText(parsePage(res.body), '.audit-log tbody td:nth-child(3)')
  assert.ok(actions.length >= 2)
  assert.ok(actions.every((a) => a === 'user.sign-in-failed'))
  const reporter = await signIn(portal.app, 'phongvien@example.vn')
  const refused = await portal.app.inject({ method: 'GET', url: '/toa-soan/nhat-ky', headers: { cookie: reporter.cookie } })
  assert.equal(refused.statusCode, 403)
  assert.match(refused.body, /Không có quyền truy cập/)
})

test('many failures from one address lock that address, not only the accounts tried', async () => {
  const office = { 'x-forwarded-for': '203.0.113.7' }
  const attempt = async (email: string, password: string) => {
    const login = await portal.app.inject({ method: 'GET', url: '/toa-soan/dang-nhap', headers: office })
    return portal.app.inject({
      method: 'POST', url: '/toa-soan/dang-nhap',
      headers: { ...form, ...office, cookie: `ts_csrf=${login.cookies[0]!.value}` },
      payload: new URLSearchParams({ _csrf: /name="_csrf" value="([^"]+)"/.exec(login.body)![1]!, email, password }).toString(),
    })
  }
  for (let i = 0; i < SLOW_AFTER * 5; i++) await attempt(`nguoi${i}@example.vn`, 'sai-mat-khau-roi')
  assert.equal((await attempt('quantri@example.vn', TEST_PASSWORD)).statusCode, 429)
  assert.equal((await signIn(portal.app, 'quantri@example.vn')).status, 303, 'another address is not affected')
})

test('newsroom pages never enter the public page cache', async () => {
  const { cookie } = await signIn(portal.app, 'quantri@example.vn')
  await portal.app.inject({ method: 'GET', url: '/toa-soan', headers: { cookie } })
  await portal.app.inject('/toa-soan/dang-nhap')
  assert.equal(portal.cache.get('/toa-soan'), undefined)
  assert.equal(portal.cache.get('/toa-soan/dang-nhap'), undefined)
})
