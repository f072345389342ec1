import assert from 'node:assert/strict'
import { after, before, beforeEach, test } from 'node:test'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { feedbackCodeIn, PNG_PIXEL, sendFeedback } from '../../../test/support/feedback.ts'
import { TestMailServer } from '../../../test/support/mail-server.ts'
import { createUser, csrfOf, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { deliverAll } from '../../../test/support/questions.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

// The newsroom's side of Phản ánh, kiến nghị: each status change and the citizen's mail, the
// rights, and the sender's identity seen only by those who handle the case.
const server = new TestMailServer()
const clock = new TestClock(new Date('2026-12-07T03:00:00Z'))
let portal: TestPortal
const users: Record<string, { id: number; cookie: string; csrf: string }> = {}

before(async () => {
  await server.start()
  portal = await buildTestPortal({ clock, env: { SMTP_URL: server.url } })
  for (const [name, role, email] of [['editor', 'editor', 'bientap@example.vn'], ['otherEditor', 'editor', 'bientap2@example.vn'],
    ['approver', 'approver', 'lanhdao@example.vn'], ['reporter', 'reporter', 'phongvien@example.vn']] as const) {
    const userId = await createUser(portal.db, role, email)
    const cookie = (await signIn(portal.app, email)).cookie
    users[name] = { id: userId, cookie, csrf: await csrfOf(portal.app, cookie) }
  }
})
after(async () => {
  await portal.close()
  await server.stop()
})
beforeEach(() => server.received.splice(0))

const get = (url: string, who: string) => portal.app.inject({ method: 'GET', url, headers: { cookie: users[who]!.cookie } })
const step = (id: number, action: string, who: string, more: Record<string, string> = {}) => portal.app.inject({
  method: 'POST', url: `/toa-soan/phan-anh/${id}/buoc`, headers: { cookie: users[who]!.cookie, 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams({ _csrf: users[who]!.csrf, 'thao-tac': action, ...more }).toString(),
})
const statusOf = async (id: number) => (await portal.db.selectFrom('feedback').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status
async function newCase(email: string, fields: Record<string, string> = {}) {
  const code = feedbackCodeIn((await sendFeedback(portal.app, { email, ...fields }, [{ name: 'anh.png', type: 'image/png', bytes: PNG_PIXEL }])).body)!
  await deliverAll(portal)
  server.received.splice(0)
  return (await portal.db.selectFrom('feedback').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id
}
const subjects = async (email: string) => {
  await deliverAll(portal)
  return server.to(email).map((m) => m.subject)
}

test('each status change is a step of the workflow, recorded in the history and mailed to the citizen', async () => {
  const id = await newCase('a@example.vn')
  assert.equal((await step(id, 'verify', 'editor')).statusCode, 303)
  assert.equal(await statusOf(id), 'verifying')
  const noBody = await step(id, 'forward', 'editor')
  assert.equal(noBody.statusCode, 422)
  assert.match(textOf(parsePage(noBody.body), '#e-bodyName'), /Xin ghi cơ quan, đơn vị được chuyển xử lý/)
  assert.equal((await step(id, 'forward', 'editor', { bodyName: 'Đội Quản lý trật tự đô thị phường' })).statusCode, 303)
  assert.equal(await statusOf(id), 'forwarded')
  assert.equal((await step(id, 'resolve', 'editor', { result: 'Đã xử lý.' })).statusCode, 403, 'recording the result needs feedback.approve')
  assert.equal((await step(id, 'resolve', 'approver', { result: '' })).statusCode, 422)
  assert.equal((await step(id, 'resolve', 'approver', { result: 'Đội đã dọn vỉa hè và lập biên bản 3 hộ kinh doanh.' })).statusCode, 303)
  assert.equal(await statusOf(id), 'resolved')
  assert.equal((await step(id, 'verify', 'approver')).statusCode, 409, 'a closed case takes no more steps')
  const page = parsePage((await get(`/toa-soan/phan-anh/${id}`, 'approver')).body)
  assert.deepEqual(allText(page, '.case-history li').map((t) => t.replace(/^.*?: /, '')),
    ['Tiếp nhận', 'Đang xác minh', 'Chuyển xử lý — Đội Quản lý trật tự đô thị phường', 'Đã có kết quả'])
  assert.deepEqual(await subjects('a@example.vn'), [
    `Hồ sơ ${await codeOf(id)}: Đang xác minh`, `Hồ sơ ${await codeOf(id)}: Chuyển xử lý`, `Phản ánh ${await codeOf(id)} đã có kết quả`,
  ])
  assert.match(server.to('a@example.vn')[1]!.text!, /Đội Quản lý trật tự đô thị phường/)
  assert.match(server.to('a@example.vn')[2]!.text!, /lập biên bản 3 hộ kinh doanh/)
})

test('"không thuộc thẩm quyền" names the body it belongs to, and only an approver says it', async () => {
  const id = await newCase('b@example.vn')
  assert.equal((await step(id, 'decline', 'editor', { bodyName: 'Công ty cấp nước' })).statusCode, 403)
  assert.equal((await step(id, 'decline', 'approver', { bodyName: 'Công ty cổ phần cấp nước tỉnh' })).statusCode, 303)
  assert.equal(await statusOf(id), 'not_competent')
  const [mail] = server.to('b@example.vn').length ? server.to('b@example.vn') : (await deliverAll(portal), server.to('b@example.vn'))
  assert.match(mail!.subject!, /Không thuộc thẩm quyền/)
  assert.match(mail!.text!, /Công ty cổ phần cấp nước tỉnh/)
})

test('a reporter has no way into the queue', async () => {
  assert.equal((await get('/toa-soan/phan-anh', 'reporter')).statusCode, 403)
})

test('the sender and the photos are seen by the officer who took the case and by approvers, never by another editor', async () => {
  const id = await newCase('c@example.vn', { name: 'Lê Thị Mai' })
  assert.equal((await step(id, 'verify', 'editor')).statusCode, 303)
  const fileId = (await portal.db.selectFrom('feedback_attachments').select('id').where('feedback_id', '=', id).executeTakeFirstOrThrow()).id
  for (const who of ['editor', 'approver']) {
    const page = parsePage((await get(`/toa-soan/phan-anh/${id}`, who)).body)
    assert.match(textOf(page, '.sender'), /Lê Thị Mai · c@example\.vn/, who)
    const file = await get(`/toa-soan/phan-anh/${id}/tep/${fileId}`, who)
    assert.equal(file.statusCode, 200)
    assert.equal(file.headers['content-type'], 'image/png')
    assert.deepEqual(file.rawPayload, PNG_PIXEL)
  }
  const other = await get(`/toa-soan/phan-anh/${id}`, 'otherEditor')
  assert.equal(other.statusCode, 200)
  assert.doesNotMatch(other.body, /Lê Thị Mai|c@example\.vn/)
  assert.match(textOf(parsePage(other.body), '.contact-hidden'), /chỉ người xử lý hồ sơ này và lãnh đạo duyệt xem được/)
  assert.equal((await get(`/toa-soan/phan-anh/${id}/tep/${fileId}`, 'otherEditor')).statusCode, 403)
  assert.equal((await step(id, 'forward', 'otherEditor', { bodyName: 'UBND phường' })).statusCode, 403, 'nor may they move it on')
})

test('the queue marks a case past its due day', async () => {
  const id = await newCase('d@example.vn')
  clock.advance(15 * 24 * 60 * 60_000)
  // A fortnight on, the session has lapsed: sign in again.
  users.editor!.cookie = (await signIn(portal.app, 'bientap@example.vn')).cookie
  const page = parsePage((await get('/toa-soan/phan-anh?qua-han=1', 'editor')).body)
  const row = [...page.querySelectorAll('.feedback-queue tbody tr')].find((tr) => tr.querySelector(`a[href="/toa-soan/phan-anh/${id}"]`))
  assert.ok(row, 'listed among the overdue')
  assert.equal(row!.getAttribute('class'), 'overdue')
  assert.match(row!.textContent!, /Quá hạn/)
  const home = await get('/toa-soan', 'editor')
  assert.match(home.body, /Phản ánh quá hạn trả lời/, 'and the home page counts it')
})

const codeOf = async (id: number) => (await portal.db.selectFrom('feedback').select('code').where('id', '=', id).executeTakeFirstOrThrow()).code
