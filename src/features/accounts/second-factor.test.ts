import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { Secret, TOTP } from 'otpauth'
import { sendSecondFactor, signInFrom } from '../../../test/support/accounts.ts'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { PENDING_TRIES } from './pending-sign-in.repository.ts'

// Audit 11.12: a second factor (TOTP) for those who can publish.
let portal: TestPortal
const clock = new TestClock()
const DESK = '198.51.100.30'
const form = { 'content-type': 'application/x-www-form-urlencoded' }

before(async () => {
  portal = await buildTestPortal({ clock })
  await createUser(portal.db, 'administrator', 'quantri@example.vn')
})
after(() => portal.close())

const get = (cookie: string, url: string) => portal.app.inject({ method: 'GET', url, headers: { cookie, 'x-forwarded-for': DESK } })
async function post(cookie: string, url: string, fields: Record<string, string> = {}, tokenFrom = '/toa-soan/xac-thuc-hai-buoc') {
  const page = await get(cookie, tokenFrom)
  const _csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!
  return portal.app.inject({ method: 'POST', url, headers: { ...form, cookie, 'x-forwarded-for': DESK }, payload: new URLSearchParams({ _csrf, ...fields }).toString() })
}
const codeFor = (secret: string, at = clock.now()) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at.getTime() })
const actions = async (action: string) => (await portal.db.selectFrom('audit_log').select(['user_id', 'item_id', 'details']).where('action', '=', action).execute())

/** Signs in, enrols through the page, and returns the secret and the recovery codes. */
async function enrol(email: string): Promise<{ cookie: string; secret: string; recoveryCodes: string[] }> {
  const { cookie } = await signInFrom(portal.app, DESK, email)
  const page = await get(cookie, '/toa-soan/xac-thuc-hai-buoc')
  assert.equal(page.statusCode, 200)
  const secret = textOf(parsePage(page.body), '#khoa-bi-mat').replace(/\s/g, '')
  const done = await post(cookie, '/toa-soan/xac-thuc-hai-buoc', { code: codeFor(secret) })
  assert.equal(done.statusCode, 200, done.body.slice(0, 500))
  clock.advance(30_000)
  return { cookie, secret, recoveryCodes: allText(parsePage(done.body), '.recovery-codes code') }
}

test('an approver enrols: QR code and secret on the page, a wrong code refused, a right one shows ten recovery codes once', async () => {
  await createUser(portal.db, 'approver', 'lanhdao@example.vn')
  const { cookie } = await signInFrom(portal.app, DESK, 'lanhdao@example.vn')
  const page = await get(cookie, '/toa-soan/xac-thuc-hai-buoc')
  assert.match(page.body, /<svg[^>]*>.*<path/s, 'the QR code, as SVG')
  const secret = textOf(parsePage(page.body), '#khoa-bi-mat').replace(/\s/g, '')
  assert.match(secret, /^[A-Z2-7]{32}$/)
  assert.equal(textOf(parsePage((await get(cookie, '/toa-soan/xac-thuc-hai-buoc')).body), '#khoa-bi-mat').replace(/\s/g, ''), secret, 'reloading keeps the secret')

  const wrong = await post(cookie, '/toa-soan/xac-thuc-hai-buoc', { code: String((Number(codeFor(secret)) + 1) % 1_000_000).padStart(6, '0') })
  assert.equal(wrong.statusCode, 422)
  assert.match(wrong.body, /Mã không đúng/)
  const noCsrf = await portal.app.inject({ method: 'POST', url: '/toa-soan/xac-thuc-hai-buoc', headers: { ...form, cookie }, payload: `code=${codeFor(secret)}` })
  assert.equal(noCsrf.statusCode, 403)

  const done = await post(cookie, '/toa-soan/xac-thuc-hai-buoc', { code: codeFor(secret) })
  assert.equal(done.statusCode, 200)
  const codes = allText(parsePage(done.body), '.recovery-codes code')
  assert.equal(codes.length, 10)
  assert.equal(new Set(codes).size, 10)
  assert.match(done.body, /chỉ hiện một lần/)
  const stored = await portal.db.selectFrom('recovery_codes').select('code_hash').execute()
  assert.ok(stored.every((r) => !codes.some((c) => r.code_hash.includes(c.replace(/-/g, '')))), 'only hashes are stored')
  const status = await get(cookie, '/toa-soan/xac-thuc-hai-buoc')
  assert.equal(textOf(parsePage(status.body), '#so-ma-khoi-phuc'), '10')
  assert.doesNotMatch(status.body, /<code/, 'neither the secret nor the codes are shown again')
  assert.equal((await actions('user.second-factor-enrol')).length, 1)
})

test('signing in asks for the code after the password; the code opens the newsroom and cannot be used again', async () => {
  await createUser(portal.db, 'approver', 'duyet@example.vn')
  const { secret } = await enrol('duyet@example.vn')
  const first = await signInFrom(portal.app, DESK, 'duyet@example.vn')
  assert.equal(first.status, 303)
  assert.equal(first.location, '/toa-soan/dang-nhap/ma-xac-thuc')
  assert.equal(first.cookie, '', 'no session before the code')
  assert.ok(first.pending)
  assert.equal((await get(first.pending, '/toa-soan')).statusCode, 303, 'the pending state opens nothing')
  assert.match((await get(first.pending, '/toa-soan/dang-nhap/ma-xac-thuc')).body, /Mã 6 chữ số/)

  const code = codeFor(secret)
  const done = await sendSecondFactor(portal.app, DESK, first.pending, `${code.slice(0, 3)} ${code.slice(3)}`)
  assert.equal(done.status, 303)
  assert.equal(done.location, '/toa-soan')
  assert.equal((await get(done.cookie, '/toa-soan')).statusCode, 200)
  assert.equal((await sendSecondFactor(portal.app, DESK, first.pending, code)).status, 422, 'the pending sign-in is spent')

  const second = await signInFrom(portal.app, DESK, 'duyet@example.vn')
  const replay = await sendSecondFactor(portal.app, DESK, second.pending, code)
  assert.equal(replay.status, 422, 'the same code, still within its window, is refused')
  assert.match(replay.body, /Mã xác thực không đúng hoặc đã được dùng/)
  clock.advance(30_000)
  assert.equal((await sendSecondFactor(portal.app, DESK, second.pending, codeFor(secret))).status, 303, 'the next code works')
})

test('wrong codes count on the sign-in rate limit like wrong passwords', async () => {
  await createUser(portal.db, 'approver', 'phoduyet@example.vn')
  const { secret } = await enrol('phoduyet@example.vn')
  const from = '203.0.113.50'
  const { pending } = await signInFrom(portal.app, from, 'phoduyet@example.vn')
  const answers = []
  for (let i = 0; i < PENDING_TRIES; i++) answers.push(await sendSecondFactor(portal.app, from, pending, '000000'))
  assert.deepEqual(answers.map((a) => a.status), [422, 422, 422, 422, 422])
  assert.match(answers.at(-1)!.body, /Xin đăng nhập lại/, 'the pending sign-in ends after a few wrong codes')
  const again = await signInFrom(portal.app, from, 'phoduyet@example.vn')
  assert.equal(again.status, 429, 'the password is not even checked now')
  assert.equal((await actions('user.second-factor-failed')).filter((r) => r.item_id === 'phoduyet@example.vn').length, PENDING_TRIES)
  clock.advance(61_000)
  const later = await signInFrom(portal.app, from, 'phoduyet@example.vn')
  assert.equal((await sendSecondFactor(portal.app, from, later.pending, '111111')).status, 422)
  assert.equal((await sendSecondFactor(portal.app, from, later.pending, codeFor(secret))).status, 429, 'even the right code waits')
})

test('a recovery code signs in once, in place of the app\'s code', async () => {
  await createUser(portal.db, 'administrator', 'quantri2@example.vn')
  const { recoveryCodes } = await enrol('quantri2@example.vn')
  const typed = recoveryCodes[3]!.toUpperCase().replace(/-/g, ' ')
  const first = await signInFrom(portal.app, DESK, 'quantri2@example.vn')
  const done = await sendSecondFactor(portal.app, DESK, first.pending, typed)
  assert.equal(done.status, 303)
  assert.ok(done.cookie)
  const status = await get(done.cookie, '/toa-soan/xac-thuc-hai-buoc')
  assert.equal(textOf(parsePage(status.body), '#so-ma-khoi-phuc'), '9')
  const second = await signInFrom(portal.app, DESK, 'quantri2@example.vn')
  assert.equal((await sendSecondFactor(portal.app, DESK, second.pending, recoveryCodes[3]!)).status, 422, 'spent')
  assert.equal((await sendSecondFactor(portal.app, DESK, second.pending, recoveryCodes[4]!)).status, 303)
})

test('when the administrator requires it, those who can publish enrol before anything else; a reporter is not asked', async () => {
  await createUser(portal.db, 'approver', 'moi.duyet@example.vn')
  await createUser(portal.db, 'reporter', 'phongvien@example.vn')
  const admin = await enrol('quantri@example.vn')
  const { pending } = await signInFrom(portal.app, DESK, 'quantri@example.vn')
  const adminCookie = (await sendSecondFactor(portal.app, DESK, pending, codeFor(admin.secret))).cookie
  const saved = await post(adminCookie, '/toa-soan/xac-thuc-hai-buoc/bat-buoc', { required: '1' }, '/toa-soan/nguoi-dung')
  assert.equal(saved.statusCode, 303)
  assert.ok(parsePage((await get(adminCookie, '/toa-soan/nguoi-dung')).body).querySelector('input[name="required"][checked]'))
  assert.equal((await actions('settings.second-factor-required')).length, 1)

  const { cookie } = await signInFrom(portal.app, DESK, 'moi.duyet@example.vn')
  for (const url of ['/toa-soan', '/toa-soan/bai-viet', '/toa-soan/mat-khau']) {
    const res = await get(cookie, url)
    assert.equal(res.statusCode, 303, url)
    assert.equal(res.headers.location, '/toa-soan/xac-thuc-hai-buoc')
  }
  const page = await get(cookie, '/toa-soan/xac-thuc-hai-buoc')
  assert.match(page.body, /Quản trị hệ thống yêu cầu/)
  const secret = textOf(parsePage(page.body), '#khoa-bi-mat').replace(/\s/g, '')
  assert.equal((await post(cookie, '/toa-soan/xac-thuc-hai-buoc', { code: codeFor(secret) })).statusCode, 200)
  assert.equal((await get(cookie, '/toa-soan')).statusCode, 200, 'enrolled: the newsroom opens')

  const reporter = await signInFrom(portal.app, DESK, 'phongvien@example.vn')
  assert.equal(reporter.status, 303)
  assert.equal((await get(reporter.cookie, '/toa-soan')).statusCode, 200)
  await post(adminCookie, '/toa-soan/xac-thuc-hai-buoc/bat-buoc', {}, '/toa-soan/nguoi-dung')
})

test('an administrator resets a lost authenticator: audited, the user signed out, and signing in no longer asks for a code', async () => {
  const id = await createUser(portal.db, 'approver', 'matdienthoai@example.vn')
  const lost = await enrol('matdienthoai@example.vn')
  const adminId = await createUser(portal.db, 'administrator', 'truongphong@example.vn')
  const adminCookie = (await signInFrom(portal.app, DESK, 'truongphong@example.vn')).cookie
  assert.equal(textOf(parsePage((await get(adminCookie, `/toa-soan/nguoi-dung/${id}`)).body), '#trang-thai-xac-thuc'), 'Đang bật.')

  await createUser(portal.db, 'editor', 'bientap@example.vn')
  const editorCookie = (await signInFrom(portal.app, DESK, 'bientap@example.vn')).cookie
  assert.equal((await post(editorCookie, `/toa-soan/nguoi-dung/${id}/xac-thuc-hai-buoc`, {}, '/toa-soan')).statusCode, 403)
  assert.equal((await post(adminCookie, `/toa-soan/nguoi-dung/${adminId}/xac-thuc-hai-buoc`, {}, '/toa-soan')).statusCode, 400, 'not one\'s own')

  const reset = await post(adminCookie, `/toa-soan/nguoi-dung/${id}/xac-thuc-hai-buoc`, {}, '/toa-soan')
  assert.equal(reset.statusCode, 200)
  assert.match(reset.body, /Đã đặt lại xác thực hai bước/)
  assert.equal((await get(lost.cookie, '/toa-soan')).statusCode, 303, 'signed out everywhere')
  const audit = (await actions('user.reset-second-factor')).filter((r) => r.item_id === String(id))
  assert.equal(audit.length, 1)
  assert.equal(audit[0]!.user_id, adminId)
  const again = await signInFrom(portal.app, DESK, 'matdienthoai@example.vn')
  assert.equal(again.status, 303)
  assert.equal(again.location, '/toa-soan')
  assert.ok(again.cookie, 'no code asked: they enrol again when they choose, or when required')
})
