import assert from 'node:assert/strict'
import { after, before, beforeEach, test } from 'node:test'
import { TestMailServer } from '../../../test/support/mail-server.ts'
import { createUser, csrfOf, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import type { Letter } from '../../platform/mail.ts'
import { writeSiteSettings } from '../site/index.ts'
import { DELIVERY_JOB, LEASE_MS, MAX_ATTEMPTS, retryDelayMs } from './mail-outbox.ts'

const server = new TestMailServer()
const clock = new TestClock()
let portal: TestPortal
const ADMIN = 'quantri@example.vn'

const letter = (to: string, overrides: Partial<Letter> = {}): Letter => ({
  kind: 'Lời mời vào tòa soạn', to, lang: 'vi', subject: 'Mời anh vào tòa soạn Cổng Dân vận',
  paragraphs: ['Xin chào Lê Hải,', 'Quản trị viên đã mời anh vào tòa soạn.'],
  action: { label: 'Đặt mật khẩu', href: 'http://127.0.0.1:3000/toa-soan/moi/abc' }, ...overrides,
})
const deliver = () => portal.jobs.runNow(DELIVERY_JOB)
const stateOf = async (id: number) => portal.db.selectFrom('mail_outbox').select(['state', 'attempts', 'last_error']).where('id', '=', id).executeTakeFirstOrThrow()

before(async () => {
  await server.start()
  portal = await buildTestPortal({ clock, env: { SMTP_URL: server.url, MAIL_FROM: 'Ban Dân vận <no-reply@danvan.example.vn>' } })
  await writeSiteSettings(portal.db, { name: 'Ban Dân vận Tỉnh ủy', address: '12 Trần Hưng Đạo, TP. Lào Cai', phone: '0214 3840 123' })
  await createUser(portal.db, 'administrator', ADMIN)
})
after(async () => {
  await portal.close()
  await server.stop()
})
beforeEach(() => server.received.splice(0))

test('a queued letter is sent over SMTP once, as text and HTML in Vietnamese, with the organisation at its foot', async () => {
  const id = await portal.services.mail.queue(portal.db, letter('le.hai@example.vn'))
  assert.equal((await stateOf(id)).state, 'waiting')
  await deliver()
  await deliver()
  const [mail, ...more] = server.to('le.hai@example.vn')
  assert.equal(more.length, 0, 'sent once')
  assert.equal(mail!.subject, 'Mời anh vào tòa soạn Cổng Dân vận')
  assert.equal(mail!.from?.value[0]?.address, 'no-reply@danvan.example.vn')
  assert.match(mail!.text!, /Quản trị viên đã mời anh vào tòa soạn\.\n\nĐặt mật khẩu:\nhttp:\/\/127\.0\.0\.1:3000\/toa-soan\/moi\/abc/)
  assert.match(mail!.text!, /Ban Dân vận Tỉnh ủy\n12 Trần Hưng Đạo, TP\. Lào Cai\n0214 3840 123/)
  assert.match(mail!.html as string, /<a href="http:\/\/127\.0\.0\.1:3000\/toa-soan\/moi\/abc"[^>]*>Đặt mật khẩu<\/a>/)
  assert.match(mail!.html as string, /<html lang="vi">/)
  assert.match(mail!.messageId!, new RegExp(`^<outbox-${id}\\.\\d+@`))
  assert.equal((await stateOf(id)).state, 'sent')
})

test('an English reader gets the English foot; text in a letter is escaped in its HTML part', async () => {
  await portal.services.mail.queue(portal.db, letter('reader@example.org', { lang: 'en', subject: 'Your question', paragraphs: ['<script>alert(1)</script> & more'], action: undefined }))
  await deliver()
  const [mail] = server.to('reader@example.org')
  assert.match(mail!.text!, /sent automatically by Ban Dân vận Tỉnh ủy/)
  assert.doesNotMatch(mail!.html as string, /<script>/)
  assert.match(mail!.html as string, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; more/)
})

test('a letter queued in a transaction that is rolled back is never sent', async () => {
  await assert.rejects(portal.db.transaction().execute(async (trx) => {
    await portal.services.mail.queue(trx, letter('rolled.back@example.vn'))
    throw new Error('the change failed')
  }))
  await deliver()
  assert.equal(server.to('rolled.back@example.vn').length, 0)
  assert.equal((await portal.db.selectFrom('mail_outbox').select('id').where('to_address', '=', 'rolled.back@example.vn').execute()).length, 0)
})

test('while the mail server is down a letter waits, retried with back-off, and goes out once when it is back', async () => {
  await server.stop()
  const id = await portal.services.mail.queue(portal.db, letter('cho.gui@example.vn'))
  await deliver()
  let row = await stateOf(id)
  assert.deepEqual([row.state, row.attempts], ['waiting', 1])
  assert.ok(row.last_error)
  await server.start()
  await deliver()
  assert.equal(server.to('cho.gui@example.vn').length, 0, 'not before its next attempt is due')
  clock.advance(retryDelayMs(1))
  await deliver()
  await deliver()
  assert.equal(server.to('cho.gui@example.vn').length, 1)
  row = await stateOf(id)
  assert.deepEqual([row.state, row.attempts, row.last_error], ['sent', 2, null])
})

test('a letter taken by an instance that stopped mid-way is taken again once its lease runs out', async () => {
  const id = await portal.services.mail.queue(portal.db, letter('bo-do@example.vn'))
  const leased = new Date(clock.now().getTime() + LEASE_MS).toISOString()
  await portal.db.updateTable('mail_outbox').set({ state: 'sending', lease_until: leased, attempts: 1 }).where('id', '=', id).execute()
  await deliver()
  assert.equal(server.to('bo-do@example.vn').length, 0, 'another instance still holds it')
  clock.advance(LEASE_MS + 1000)
  await deliver()
  assert.equal(server.to('bo-do@example.vn').length, 1)
  assert.equal((await stateOf(id)).state, 'sent')
})

test('two instances delivering at the same moment send each letter once', async () => {
  const second = await buildTestPortal({ clock, sameDatabaseAs: portal, env: { SMTP_URL: server.url } })
  try {
    const addresses = Array.from({ length: 30 }, (_, i) => `nguoi${i}@example.vn`)
    for (const to of addresses) await portal.services.mail.queue(portal.db, letter(to))
    await Promise.all([deliver(), second.jobs.runNow(DELIVERY_JOB), deliver(), second.jobs.runNow(DELIVERY_JOB)])
    for (const to of addresses) assert.equal(server.to(to).length, 1, to)
  } finally {
    await second.close()
  }
})

test('after the last attempt a letter is given up; the administrator sees why and sends it again', async () => {
  await server.stop()
  const id = await portal.services.mail.queue(portal.db, letter('that.bai@example.vn'))
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    await deliver()
    clock.advance(retryDelayMs(attempt))
  }
  assert.equal((await stateOf(id)).state, 'failed')
  await server.start()
  await deliver()
  assert.equal(server.to('that.bai@example.vn').length, 0, 'given up: not retried by itself')

  const { cookie } = await signIn(portal.app, ADMIN)
  const home = await portal.app.inject({ url: '/toa-soan', headers: { cookie } })
  assert.match(home.body, /Có 1 thư không gửi được sau nhiều lần thử/)
  const list = await portal.app.inject({ url: '/toa-soan/quan-tri/thu-di?tinh-trang=failed', headers: { cookie } })
  assert.equal(list.statusCode, 200)
  assert.match(list.body, /that\.bai@example\.vn/)
  assert.match(list.body, /Không gửi được/)
  assert.match(list.body, /Lời mời vào tòa soạn/)
  assert.match(list.body, /Lỗi lần trước: /)

  const csrf = await csrfOf(portal.app, cookie)
  const refused = await portal.app.inject({ method: 'POST', url: `/toa-soan/quan-tri/thu-di/${id}/gui-lai`, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: '' })
  assert.equal(refused.statusCode, 403, 'no CSRF token')
  const again = await portal.app.inject({ method: 'POST', url: `/toa-soan/quan-tri/thu-di/${id}/gui-lai`, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: `_csrf=${encodeURIComponent(csrf)}` })
  assert.equal(again.statusCode, 303)
  await deliver()
  assert.equal(server.to('that.bai@example.vn').length, 1)
  const audit = await portal.db.selectFrom('audit_log').select('action').where('item_type', '=', 'mail').where('item_id', '=', String(id)).execute()
  assert.deepEqual(audit.map((a) => a.action), ['mail.retry'])
  const missing = await portal.app.inject({ method: 'POST', url: `/toa-soan/quan-tri/thu-di/${id}/gui-lai`, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: `_csrf=${encodeURIComponent(csrf)}` })
  assert.equal(missing.statusCode, 404, 'only a failed letter is sent again')
})

test('the outbox is the administrator\'s: an editor is refused', async () => {
  await createUser(portal.db, 'editor', 'bientap@example.vn')
  const { cookie } = await signIn(portal.app, 'bientap@example.vn')
  assert.equal((await portal.app.inject({ url: '/toa-soan/quan-tri/thu-di', headers: { cookie } })).statusCode, 403)
})

test('without SMTP_URL the portal runs, keeps letters, sends nothing and tells the administrator mail is off', async () => {
  const off = await buildTestPortal({ clock })
  try {
    assert.equal(off.services.mail.enabled, false)
    const id = await off.services.mail.queue(off.db, letter('khong.gui@example.vn'))
    await off.jobs.runNow(DELIVERY_JOB)
    assert.equal((await off.db.selectFrom('mail_outbox').select('state').where('id', '=', id).executeTakeFirstOrThrow()).state, 'waiting')
    await createUser(off.db, 'administrator', ADMIN)
    const { cookie } = await signIn(off.app, ADMIN)
    assert.match((await off.app.inject({ url: '/toa-soan', headers: { cookie } })).body, /Thư điện tử đang tắt/)
    assert.match((await off.app.inject({ url: '/toa-soan/quan-tri/thu-di', headers: { cookie } })).body, /chưa đặt biến môi trường <code>SMTP_URL<\/code>/)
  } finally {
    await off.close()
  }
  assert.equal(server.to('khong.gui@example.vn').length, 0)
})
