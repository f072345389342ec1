import assert from 'node:assert/strict'
import { after, before, beforeEach, test } from 'node:test'
import { signInFrom } from '../../../test/support/accounts.ts'
import { parsePage, textOf } from '../../../test/support/html.ts'
import { TestMailServer } from '../../../test/support/mail-server.ts'
import { createUser, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { TOKEN_LIFE_MS } from './account-token.repository.ts'
import { RESET_PER_ADDRESS, RESET_PER_CLIENT, RESET_WINDOW_MS } from './reset-guard.ts'

const server = new TestMailServer()
const clock = new TestClock()
let portal: TestPortal
const form = { 'content-type': 'application/x-www-form-urlencoded' }
const NEW_PASSWORD = 'mot-cau-de-nho-moi-nhe'
const SAME_ANSWER = 'Nếu địa chỉ này có tài khoản, một thư hướng dẫn đã được gửi.'
let ipCounter = 0
const freshIp = () => `192.0.2.${++ipCounter}`

before(async () => {
  await server.start()
  portal = await buildTestPortal({ clock, env: { SMTP_URL: server.url, PUBLIC_URL: 'https://danvan.example.vn' } })
  await createUser(portal.db, 'reporter', 'phong.vien@example.vn')
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

async function submitForm(url: string, fields: Record<string, string>, ip: string) {
  const page = await portal.app.inject({ method: 'GET', url: '/toa-soan/dang-nhap', headers: { 'x-forwarded-for': ip } })
  const cookie = page.cookies.find((c) => c.name === 'ts_csrf')!
  const token = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!
  return portal.app.inject({
    method: 'POST', url, headers: { ...form, 'x-forwarded-for': ip, cookie: `ts_csrf=${cookie.value}` },
    payload: new URLSearchParams({ _csrf: token, ...fields }).toString(),
  })
}
const askReset = (email: string, ip = freshIp()) => submitForm('/toa-soan/quen-mat-khau', { email }, ip)
const outboxCount = async () => (await portal.db.selectFrom('mail_outbox').select('id').execute()).length

function resetLinkIn(to: string): string {
  const mail = server.to(to).at(-1)
  assert.ok(mail, `a letter to ${to}`)
  return /https:\/\/danvan\.example\.vn(\/toa-soan\/dat-lai-mat-khau\/[A-Za-z0-9_-]+)/.exec(mail.text!)![1]!
}

test('the sign-in page links to "Quên mật khẩu?", whose form asks for the address', async () => {
  const signInPage = parsePage((await portal.app.inject({ method: 'GET', url: '/toa-soan/dang-nhap' })).body)
  assert.equal(signInPage.querySelector('#quen-mat-khau')?.getAttribute('href'), '/toa-soan/quen-mat-khau')
  const page = parsePage((await portal.app.inject({ method: 'GET', url: '/toa-soan/quen-mat-khau' })).body)
  assert.ok(page.querySelector('form[action="/toa-soan/quen-mat-khau"] input[name="email"]'))
  assert.ok(page.querySelector('form input[name="_csrf"]'))
})

test('a known and an unknown address get the same answer; only the known one gets a letter', async () => {
  const before = await outboxCount()
  const known = await askReset('Phong.Vien@example.vn ')
  const unknown = await askReset('khong.co.ai@example.vn')
  assert.equal(known.statusCode, 200)
  assert.equal(unknown.statusCode, 200)
  assert.match(textOf(parsePage(known.body), '#da-gui'), new RegExp(SAME_ANSWER.replace('.', '\\.')))
  assert.equal(textOf(parsePage(known.body), '#da-gui'), textOf(parsePage(unknown.body), '#da-gui'))
  assert.equal(await outboxCount(), before + 1, 'nothing queued for the unknown address')
  await deliver()
  assert.equal(server.to('khong.co.ai@example.vn').length, 0)
  const [letter] = server.to('phong.vien@example.vn')
  assert.equal(letter!.subject, 'Đặt lại mật khẩu tòa soạn')
  assert.match(letter!.text!, /trong 1 giờ/)
})

test('a reset link works once, ends every session, and the new password signs in', async () => {
  const session = (await signIn(portal.app, 'phong.vien@example.vn')).cookie
  await askReset('phong.vien@example.vn')
  await deliver()
  const link = resetLinkIn('phong.vien@example.vn')
  assert.equal((await portal.app.inject({ method: 'GET', url: link })).statusCode, 200)
  const short = await submitForm(link, { next: 'ngan', again: 'ngan' }, freshIp())
  assert.equal(short.statusCode, 422)
  assert.match(short.body, /Mật khẩu mới phải có ít nhất/)
  const set = await submitForm(link, { next: NEW_PASSWORD, again: NEW_PASSWORD }, freshIp())
  assert.equal(set.statusCode, 303)
  assert.equal((await portal.app.inject({ method: 'GET', url: '/toa-soan', headers: { cookie: session } })).statusCode, 303, 'signed out everywhere')
  assert.equal((await signInFrom(portal.app, freshIp(), 'phong.vien@example.vn', NEW_PASSWORD)).status, 303)
  assert.equal((await submitForm(link, { next: 'mat-khau-thu-hai-nhe', again: 'mat-khau-thu-hai-nhe' }, freshIp())).statusCode, 410)
  assert.equal((await portal.app.inject({ method: 'GET', url: link.replace('dat-lai-mat-khau', 'moi') })).statusCode, 410, 'a reset link is not an invitation')
})

test('a reset link lasts one hour', async () => {
  await askReset('phong.vien@example.vn')
  await deliver()
  const link = resetLinkIn('phong.vien@example.vn')
  clock.advance(TOKEN_LIFE_MS['password-reset'] + 1000)
  assert.equal((await portal.app.inject({ method: 'GET', url: link })).statusCode, 410)
  assert.equal((await submitForm(link, { next: NEW_PASSWORD, again: NEW_PASSWORD }, freshIp())).statusCode, 410)
})

test('a deactivated account gets nothing, and the same answer', async () => {
  const id = await createUser(portal.db, 'reporter', 'da.nghi@example.vn')
  await portal.db.updateTable('users').set({ is_active: 0 }).where('id', '=', id).execute()
  const res = await askReset('da.nghi@example.vn')
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /Nếu địa chỉ này có tài khoản/)
  await deliver()
  assert.equal(server.to('da.nghi@example.vn').length, 0)
})

test('requests are limited per address and per client, for known and unknown addresses alike', async () => {
  clock.advance(RESET_WINDOW_MS + 1000)
  for (const email of ['phong.vien@example.vn', 'ai.do@example.vn']) {
    for (let i = 0; i < RESET_PER_ADDRESS; i++) assert.equal((await askReset(email)).statusCode, 200)
    const refused = await askReset(email)
    assert.equal(refused.statusCode, 429)
    assert.match(refused.body, /Bạn đã yêu cầu quá nhiều lần/)
  }
  await deliver()
  assert.equal(server.to('phong.vien@example.vn').length, RESET_PER_ADDRESS)

  const ip = freshIp()
  for (let i = 0; i < RESET_PER_CLIENT; i++) assert.equal((await askReset(`nguoi${i}@example.vn`, ip)).statusCode, 200)
  assert.equal((await askReset('nguoi-nua@example.vn', ip)).statusCode, 429)

  clock.advance(RESET_WINDOW_MS + 1000)
  assert.equal((await askReset('phong.vien@example.vn', ip)).statusCode, 200, 'an hour later it is allowed again')
})

test('the request form is CSRF-checked and an empty address gets a Vietnamese error', async () => {
  const forged = await portal.app.inject({ method: 'POST', url: '/toa-soan/quen-mat-khau', headers: form, payload: 'email=phong.vien%40example.vn' })
  assert.equal(forged.statusCode, 403)
  const empty = await askReset('  ')
  assert.equal(empty.statusCode, 422)
  assert.match(empty.body, /Xin nhập địa chỉ thư điện tử/)
})
