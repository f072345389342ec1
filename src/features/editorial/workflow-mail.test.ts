import assert from 'node:assert/strict'
import { after, before, beforeEach, test } from 'node:test'
import { createCategory } from '../../../test/support/factories.ts'
import { parsePage } from '../../../test/support/html.ts'
import { TestMailServer } from '../../../test/support/mail-server.ts'
import { createUser, csrfOf, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

// Workflow mail by each user's choice: "bài của tôi bị trả lại" and "có bài chờ tôi duyệt", on by default.
const server = new TestMailServer()
const clock = new TestClock()
let portal: TestPortal
let mobilisation: number
const who: Record<string, string> = {}
const REPORTER = 'phongvien@example.vn'
const EDITOR = 'bientap@example.vn'
const APPROVER = 'lanhdao@example.vn'
const OTHER_SECTION = 'bientap.kinhte@example.vn'

before(async () => {
  await server.start()
  portal = await buildTestPortal({ clock, env: { SMTP_URL: server.url, PUBLIC_URL: 'https://danvan.example.vn' } })
  mobilisation = await createCategory(portal, 'Dân vận')
  const economy = await createCategory(portal, 'Kinh tế')
  await createUser(portal.db, 'reporter', REPORTER)
  await createUser(portal.db, 'editor', EDITOR, [mobilisation])
  await createUser(portal.db, 'editor', OTHER_SECTION, [economy])
  await createUser(portal.db, 'approver', APPROVER)
  for (const email of [REPORTER, EDITOR, APPROVER, OTHER_SECTION]) who[email] = (await signIn(portal.app, email)).cookie
})
after(async () => {
  await portal.close()
  await server.stop()
})
beforeEach(() => server.received.splice(0))

async function post(email: string, url: string, fields: Record<string, string>) {
  const cookie = who[email]!
  return portal.app.inject({
    method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    payload: new URLSearchParams({ _csrf: await csrfOf(portal.app, cookie), ...fields }).toString(),
  })
}
const deliver = async () => {
  await portal.jobs.runNow('mail.deliver')
  await portal.jobs.runNow('mail.deliver')
}
const move = async (email: string, id: number, transition: string, extra: Record<string, string> = {}) => {
  const res = await post(email, `/toa-soan/bai-viet/${id}/chuyen`, { transition, ...extra })
  assert.equal(res.statusCode, 303, res.body.slice(0, 300))
}

async function writeDraft(title: string): Promise<number> {
  const res = await post(REPORTER, '/toa-soan/bai-viet', {
    title, lead: 'Sapo.', bodyHtml: '<p>Nội dung.</p>', categoryId: String(mobilisation), bylineKind: 'T/h', bylineName: 'Lê Hải', tags: '',
  })
  assert.equal(res.statusCode, 303, res.body.slice(0, 300))
  return Number(/\/toa-soan\/bai-viet\/(\d+)$/.exec(String(res.headers.location))![1])
}

async function choose(email: string, choices: { returned?: boolean; waiting?: boolean }) {
  const fields: Record<string, string> = {}
  if (choices.returned) fields.returned = '1'
  if (choices.waiting) fields.waiting = '1'
  const res = await post(email, '/toa-soan/tai-khoan', fields)
  assert.equal(res.statusCode, 303)
  assert.equal(res.headers.location, '/toa-soan/tai-khoan?da-luu')
}

test('by default, a submitted article mails the reviewers of its section, and a returned one mails its author with the reason', async () => {
  const id = await writeDraft('Hội nghị dân vận khéo năm 2026')
  await move(REPORTER, id, 'submit')
  await deliver()
  for (const reviewer of [EDITOR, APPROVER]) {
    const [letter, ...more] = server.to(reviewer)
    assert.equal(more.length, 0)
    assert.equal(letter!.subject, 'Bài chờ duyệt: "Hội nghị dân vận khéo năm 2026"')
    assert.match(letter!.text!, new RegExp(`https://danvan\\.example\\.vn/toa-soan/bai-viet/${id}`))
  }
  assert.equal(server.to(OTHER_SECTION).length, 0, 'not a reviewer of this section')
  assert.equal(server.to(REPORTER).length, 0, 'not the one who submitted')

  await move(EDITOR, id, 'return', { reason: 'Thiếu nguồn trích dẫn <số liệu>.' })
  await deliver()
  const [returned] = server.to(REPORTER)
  assert.equal(returned!.subject, 'Bài "Hội nghị dân vận khéo năm 2026" bị trả lại')
  assert.match(returned!.text!, /Người dùng editor đã trả lại bài/)
  assert.match(returned!.text!, /Thiếu nguồn trích dẫn <số liệu>\./)
  assert.match(returned!.html as string, /Thiếu nguồn trích dẫn &lt;số liệu&gt;\./)
})

test('the user\'s page shows the choices, and turning one off stops that mail only', async () => {
  const page = parsePage((await portal.app.inject({ method: 'GET', url: '/toa-soan/tai-khoan', headers: { cookie: who[EDITOR]! } })).body)
  assert.ok(page.querySelector('#f-returned[checked]'), 'on by default')
  assert.ok(page.querySelector('#f-waiting[checked]'))
  assert.match(page.querySelector('legend')!.textContent!, /Nhận thư khi…/)

  await choose(EDITOR, { returned: true })
  await choose(REPORTER, { waiting: true })
  const saved = parsePage((await portal.app.inject({ method: 'GET', url: '/toa-soan/tai-khoan?da-luu', headers: { cookie: who[EDITOR]! } })).body)
  assert.equal(saved.querySelector('#f-waiting[checked]'), null)
  assert.ok(saved.querySelector('#f-returned[checked]'))
  assert.ok(saved.querySelector('#da-luu'))

  const id = await writeDraft('Bài thứ hai về dân vận')
  await move(REPORTER, id, 'submit')
  await move(APPROVER, id, 'return', { reason: 'Cần thêm ảnh.' })
  await deliver()
  assert.equal(server.to(EDITOR).length, 0, 'the editor turned "waiting" off')
  assert.equal(server.to(APPROVER).length, 1, 'the approver kept it on')
  assert.equal(server.to(REPORTER).length, 0, 'the reporter turned "returned" off')
})

test('the choice form is CSRF-checked', async () => {
  const res = await portal.app.inject({
    method: 'POST', url: '/toa-soan/tai-khoan', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: who[APPROVER]! }, payload: 'waiting=1',
  })
  assert.equal(res.statusCode, 403)
  assert.match(res.body, /Biểu mẫu đã hết hạn hoặc không hợp lệ/)
})

test('with mail off, the workflow queues no letters (they would go out stale once mail is on)', async () => {
  const off = await buildTestPortal({ clock, sameDatabaseAs: portal })
  try {
    const before = (await portal.db.selectFrom('mail_outbox').select('id').execute()).length
    const reporter = (await signIn(off.app, REPORTER)).cookie
    const res = await off.app.inject({
      method: 'POST', url: '/toa-soan/bai-viet', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: reporter },
      payload: new URLSearchParams({ _csrf: await csrfOf(off.app, reporter), title: 'Bài khi thư tắt', lead: '', bodyHtml: '<p>x</p>', categoryId: String(mobilisation) }).toString(),
    })
    const id = Number(/(\d+)$/.exec(String(res.headers.location))![1])
    const submitted = await off.app.inject({
      method: 'POST', url: `/toa-soan/bai-viet/${id}/chuyen`, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: reporter },
      payload: new URLSearchParams({ _csrf: await csrfOf(off.app, reporter), transition: 'submit' }).toString(),
    })
    assert.equal(submitted.statusCode, 303)
    assert.equal((await portal.db.selectFrom('mail_outbox').select('id').execute()).length, before)
  } finally {
    await off.close()
  }
})
