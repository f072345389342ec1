import assert from 'node:assert/strict'
import { after, before, beforeEach, test } from 'node:test'
import { signInFrom } from '../../../test/support/accounts.ts'
import { parsePage, textOf } from '../../../test/support/html.ts'
import { TestMailServer } from '../../../test/support/mail-server.ts'
import { createUser, csrfOf, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { TOKEN_LIFE_MS } from './account-token.repository.ts'
import { LOCK_AFTER, SLOW_MS } from './sign-in-guard.ts'

const server = new TestMailServer()
const clock = new TestClock()
let portal: TestPortal
let admin: string
const form = { 'content-type': 'application/x-www-form-urlencoded' }
const NEW_PASSWORD = 'mot-cau-de-nho-cua-toi'

before(async () => {
  await server.start()
  portal = await buildTestPortal({ clock, env: { SMTP_URL: server.url, PUBLIC_URL: 'https://danvan.example.vn' } })
  await createUser(portal.db, 'administrator', 'quantri@example.vn')
  admin = (await signIn(portal.app, 'quantri@example.vn')).cookie
})
after(async () => {
  await portal.close()
  await server.stop()
})
beforeEach(() => server.received.splice(0))

const deliver = async () => {
  await portal.jobs.runNow('mail.deliver')
  await portal.jobs.runNow('mail.deliver')
}

async function postAsAdmin(url: string, fields: Record<string, string> = {}) {
  const body = new URLSearchParams({ _csrf: await csrfOf(portal.app, admin), ...fields })
  return portal.app.inject({ method: 'POST', url, headers: { ...form, cookie: admin }, payload: body.toString() })
}

/** A stranger's browser: a newsroom page first (for the form's CSRF cookie), then the form. */
async function submitForm(url: string, fields: Record<string, string>, ip = '203.0.113.9') {
  const page = await portal.app.inject({ method: 'GET', url: '/toa-soan/dang-nhap', headers: { 'x-forwarded-for': ip } })
  const cookie = page.cookies.find((c) => c.name === 'ts_csrf')
  const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? ''
  return portal.app.inject({
    method: 'POST', url, headers: { ...form, 'x-forwarded-for': ip, cookie: cookie ? `ts_csrf=${cookie.value}` : '' },
    payload: new URLSearchParams({ _csrf: token, ...fields }).toString(),
  })
}

function linkIn(to: string): string {
  const mail = server.to(to).at(-1)
  assert.ok(mail, `a letter to ${to}`)
  const href = /https:\/\/danvan\.example\.vn(\/toa-soan\/moi\/[A-Za-z0-9_-]+)/.exec(mail.text!)
  assert.ok(href, mail.text)
  return href[1]!
}

async function invite(email: string, name = 'Lê Hải') {
  const res = await postAsAdmin('/toa-soan/nguoi-dung', { email, name, role: 'reporter' })
  assert.equal(res.statusCode, 201, res.body.slice(0, 400))
  return res
}

test('with mail on, an invitation sends a link instead of showing a password; the link sets the password once', async () => {
  const res = await invite('le.hai@example.vn')
  const page = parsePage(res.body)
  assert.match(textOf(page, '#da-gui-thu'), /Đã gửi thư mời tới Lê Hải \(le\.hai@example\.vn\)/)
  assert.equal(page.querySelector('#mat-khau-moi'), null, 'no password on the screen')
  await deliver()
  const [letter] = server.to('le.hai@example.vn')
  assert.equal(letter!.subject, 'Lời mời vào tòa soạn')
  assert.match(letter!.text!, /Quản trị viên|Người dùng administrator/)
  const link = linkIn('le.hai@example.vn')
  const token = link.split('/').at(-1)!
  assert.ok(Buffer.from(token, 'base64url').length >= 32)
  const stored = await portal.db.selectFrom('account_tokens').select('token_hash').execute()
  assert.ok(stored.every((t) => t.token_hash !== token), 'only the hash is kept')

  const mismatch = await submitForm(link, { next: NEW_PASSWORD, again: 'khac-hoan-toan-nhe' })
  assert.equal(mismatch.statusCode, 422)
  assert.match(mismatch.body, /Hai lần nhập mật khẩu mới không khớp/)

  const set = await submitForm(link, { next: NEW_PASSWORD, again: NEW_PASSWORD })
  assert.equal(set.statusCode, 303)
  assert.equal(set.headers.location, '/toa-soan/dang-nhap?da-dat-mat-khau')
  assert.equal((await signInFrom(portal.app, '203.0.113.9', 'le.hai@example.vn', NEW_PASSWORD)).status, 303)

  const again = await portal.app.inject({ method: 'GET', url: link })
  assert.equal(again.statusCode, 410)
  assert.match(again.body, /Liên kết này đã hết hạn, đã được dùng/)
  const replay = await submitForm(link, { next: 'mat-khau-ke-gian-2026', again: 'mat-khau-ke-gian-2026' })
  assert.equal(replay.statusCode, 410)
  assert.equal((await signInFrom(portal.app, '203.0.113.9', 'le.hai@example.vn', NEW_PASSWORD)).status, 303, 'the password stayed')
})

test('an invitation link works until 72 hours have passed, not after; a resent one ends the first', async () => {
  const res = await invite('tran.mai@example.vn', 'Trần Mai')
  const id = Number(/\/toa-soan\/nguoi-dung\/(\d+)"/.exec(res.body)![1])
  await deliver()
  const first = linkIn('tran.mai@example.vn')
  clock.advance(TOKEN_LIFE_MS.invitation - 60_000)
  assert.equal((await portal.app.inject({ method: 'GET', url: first })).statusCode, 200)
  clock.advance(120_000)
  admin = (await signIn(portal.app, 'quantri@example.vn')).cookie
  assert.equal((await portal.app.inject({ method: 'GET', url: first })).statusCode, 410)
  assert.equal((await submitForm(first, { next: NEW_PASSWORD, again: NEW_PASSWORD })).statusCode, 410)

  const resent = await postAsAdmin(`/toa-soan/nguoi-dung/${id}/gui-lai-thu-moi`)
  assert.equal(resent.statusCode, 200)
  assert.match(textOf(parsePage(resent.body), '#da-gui-thu'), /Đã gửi thư mời tới Trần Mai/)
  await deliver()
  const second = linkIn('tran.mai@example.vn')
  assert.notEqual(second, first)
  const third = await postAsAdmin(`/toa-soan/nguoi-dung/${id}/gui-lai-thu-moi`)
  assert.equal(third.statusCode, 200)
  await deliver()
  assert.equal((await portal.app.inject({ method: 'GET', url: second })).statusCode, 410, 'a new link ends the one before')
  assert.equal((await submitForm(linkIn('tran.mai@example.vn'), { next: NEW_PASSWORD, again: NEW_PASSWORD })).statusCode, 303)
})

test('the link forms are CSRF-checked and a made-up token opens nothing', async () => {
  await invite('csrf@example.vn', 'Kiểm Tra')
  await deliver()
  const link = linkIn('csrf@example.vn')
  const forged = await portal.app.inject({ method: 'POST', url: link, headers: form, payload: new URLSearchParams({ next: NEW_PASSWORD, again: NEW_PASSWORD }).toString() })
  assert.equal(forged.statusCode, 403)
  assert.match(forged.body, /Biểu mẫu đã hết hạn hoặc không hợp lệ/)
  assert.equal((await portal.app.inject({ method: 'GET', url: link })).statusCode, 200, 'still usable')
  assert.equal((await portal.app.inject({ method: 'GET', url: '/toa-soan/moi/' + 'A'.repeat(43) })).statusCode, 410)
  assert.equal((await portal.app.inject({ method: 'GET', url: '/toa-soan/moi/ngan' })).statusCode, 410)
})

test('a deactivated account\'s link opens nothing', async () => {
  const res = await invite('nghi.viec@example.vn', 'Nghỉ Việc')
  const id = Number(/\/toa-soan\/nguoi-dung\/(\d+)"/.exec(res.body)![1])
  await deliver()
  const link = linkIn('nghi.viec@example.vn')
  assert.equal((await postAsAdmin(`/toa-soan/nguoi-dung/${id}`, { name: 'Nghỉ Việc', role: 'reporter' })).statusCode, 303)
  assert.equal((await portal.app.inject({ method: 'GET', url: link })).statusCode, 410)
  assert.equal((await submitForm(link, { next: NEW_PASSWORD, again: NEW_PASSWORD })).statusCode, 410)
})

test('an administrator\'s reset with mail on sends a link, shows no password and signs the user out', async () => {
  const id = await createUser(portal.db, 'editor', 'bien.tap@example.vn')
  const own = (await signIn(portal.app, 'bien.tap@example.vn')).cookie
  const res = await postAsAdmin(`/toa-soan/nguoi-dung/${id}/mat-khau`)
  assert.equal(res.statusCode, 200)
  assert.equal(parsePage(res.body).querySelector('#mat-khau-moi'), null)
  assert.match(res.body, /Đã gửi thư đặt lại mật khẩu tới/)
  assert.equal((await portal.app.inject({ method: 'GET', url: '/toa-soan', headers: { cookie: own } })).statusCode, 303)
  await deliver()
  assert.equal(server.to('bien.tap@example.vn')[0]!.subject, 'Đặt lại mật khẩu tòa soạn')
  assert.equal((await submitForm(linkIn('bien.tap@example.vn'), { next: NEW_PASSWORD, again: NEW_PASSWORD })).statusCode, 303)
  assert.equal((await signInFrom(portal.app, '203.0.113.10', 'bien.tap@example.vn', NEW_PASSWORD)).status, 303)
})

test('a client address locked out of an account mails its owner once: what, from where, when, what to do', async () => {
  await createUser(portal.db, 'reporter', 'bi.khoa@example.vn')
  // Past each slowing, so that every guess counts, up to the lock and three more after it.
  for (let i = 0; i < LOCK_AFTER + 3; i++) {
    await signInFrom(portal.app, '198.51.100.7', 'bi.khoa@example.vn', `sai-${i}`)
    clock.advance(SLOW_MS + 1000)
  }
  await deliver()
  const letters = server.to('bi.khoa@example.vn')
  assert.equal(letters.length, 1, 'once per lock')
  assert.equal(letters[0]!.subject, 'Tài khoản tòa soạn của bạn bị đăng nhập sai nhiều lần')
  assert.match(letters[0]!.text!, /từ địa chỉ 198\.51\.100\.7, lần cuối lúc/)
  assert.match(letters[0]!.text!, /bị chặn đăng nhập vào tài khoản của bạn trong 15 phút/)
  assert.match(letters[0]!.text!, /xin đổi mật khẩu, bật xác thực hai bước/)
  assert.match(letters[0]!.text!, /https:\/\/danvan\.example\.vn\/toa-soan\/mat-khau/)

  for (let i = 0; i < LOCK_AFTER; i++) {
    await signInFrom(portal.app, '198.51.100.8', 'nobody@example.vn', `sai-${i}`)
    clock.advance(SLOW_MS + 1000)
  }
  await deliver()
  assert.equal(server.to('nobody@example.vn').length, 0, 'an address without an account gets nothing')
})
