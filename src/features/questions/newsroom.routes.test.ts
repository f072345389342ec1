import assert from 'node:assert/strict'
import { after, before, beforeEach, test } from 'node:test'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { TestMailServer } from '../../../test/support/mail-server.ts'
import { createUser, csrfOf, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { askQuestion, codeIn, deliverAll, firstTopicId } from '../../../test/support/questions.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

// The newsroom's side of Hỏi đáp: each status change and the asker's mail, rights and contact
// details, the answer approved and published, found by site search, pinned as FAQ.
const server = new TestMailServer()
const clock = new TestClock(new Date('2026-12-07T03:00:00Z'))
let portal: TestPortal
const users: Record<string, { id: number; cookie: string; csrf: string }> = {}
let id: number
let code: string

before(async () => {
  await server.start()
  portal = await buildTestPortal({ clock, env: { SMTP_URL: server.url } })
  for (const [role, email] of [['editor', 'bientap@example.vn'], ['approver', 'lanhdao@example.vn'], ['reporter', 'phongvien@example.vn']] as const) {
    const userId = await createUser(portal.db, role, email)
    const cookie = (await signIn(portal.app, email)).cookie
    users[role] = { id: userId, cookie, csrf: await csrfOf(portal.app, cookie) }
  }
  const editor2 = await createUser(portal.db, 'editor', 'bientap2@example.vn')
  const cookie2 = (await signIn(portal.app, 'bientap2@example.vn')).cookie
  users.otherEditor = { id: editor2, cookie: cookie2, csrf: await csrfOf(portal.app, cookie2) }
  code = codeIn((await askQuestion(portal.app, { topic: await firstTopicId(portal.db), phone: '0912345678', address: '12 Lê Lợi' })).body)!
  id = (await portal.db.selectFrom('questions').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id
  await drain()
})
after(async () => {
  await portal.close()
  await server.stop()
})
beforeEach(() => server.received.splice(0))

const get = (url: string, who: string) => portal.app.inject({ method: 'GET', url, headers: { cookie: users[who]!.cookie } })
const post = (url: string, fields: Record<string, string>, who: string) => portal.app.inject({
  method: 'POST', url, headers: { cookie: users[who]!.cookie, 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams({ _csrf: users[who]!.csrf, ...fields }).toString(),
})
const step = (action: string, who: string, more: Record<string, string> = {}) => post(`/toa-soan/hoi-dap/${id}/buoc`, { 'thao-tac': action, ...more }, who)
const status = async () => (await portal.db.selectFrom('questions').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status
const drain = () => deliverAll(portal)
const mailed = async () => {
  await drain()
  return server.to('hoa@example.vn').map((m) => m.subject)
}

test('a reporter cannot open the queue; an editor sees it with the due day', async () => {
  assert.equal((await get('/toa-soan/hoi-dap', 'reporter')).statusCode, 403)
  const queue = parsePage((await get('/toa-soan/hoi-dap', 'editor')).body)
  assert.match(allText(queue, 'table.questions-queue td').join(' '), new RegExp(`${code}.*Mới.*21/12/2026`))
})

test('contact details: hidden from an editor not given the case, shown to the approver', async () => {
  const editorView = (await get(`/toa-soan/hoi-dap/${id}`, 'editor')).body
  assert.doesNotMatch(editorView, /hoa@example\.vn|0912345678|12 Lê Lợi|Nguyễn Thị Hoa/)
  assert.match(textOf(parsePage(editorView), '.contact-hidden'), /Chỉ người được phân công/)
  const approverView = parsePage((await get(`/toa-soan/hoi-dap/${id}`, 'approver')).body)
  assert.equal(textOf(approverView, '.asker-email'), 'hoa@example.vn')
  assert.equal(textOf(approverView, '.asker-phone'), '0912345678')
})

test('an editor cannot assign; the approver assigns, and the asker is told', async () => {
  assert.equal((await step('assign', 'editor', { assignee: String(users.editor!.id) })).statusCode, 403)
  const res = await step('assign', 'approver', { assignee: String(users.editor!.id) })
  assert.equal(res.statusCode, 303)
  assert.equal(await status(), 'assigned')
  assert.deepEqual(await mailed(), [`Hồ sơ ${code}: Đã phân công`])
  // Given the case, the editor now sees whom to answer; another editor still does not.
  assert.match((await get(`/toa-soan/hoi-dap/${id}`, 'editor')).body, /hoa@example\.vn/)
  assert.doesNotMatch((await get(`/toa-soan/hoi-dap/${id}`, 'otherEditor')).body, /hoa@example\.vn/)
})

test('only the assignee starts the work; an answer must be saved before it goes to approval', async () => {
  assert.equal((await step('start', 'otherEditor')).statusCode, 403)
  assert.equal((await step('start', 'editor')).statusCode, 303)
  assert.equal(await status(), 'in_progress')
  assert.deepEqual(await mailed(), [`Hồ sơ ${code}: Đang xử lý`])
  const empty = await step('submit', 'editor')
  assert.equal(empty.statusCode, 422)
  assert.equal(textOf(parsePage(empty.body), '#e-answerHtml'), 'Xin soạn và lưu trả lời trước khi gửi duyệt.')
})

test('the answer is sanitised as an article body, sent to approval, returned, sent again', async () => {
  const editorPage = parsePage((await get(`/toa-soan/hoi-dap/${id}`, 'editor')).body)
  assert.ok(editorPage.querySelector('textarea.body-editor[name="answerHtml"]'), 'the article editor enhances it')
  await post(`/toa-soan/hoi-dap/${id}/tra-loi`, { answerHtml: '<p>Bạn đăng ký tạm trú trên Cổng dịch vụ công quốc gia.</p><script>alert(1)</script>' }, 'editor')
  const saved = await portal.db.selectFrom('questions').select('answer_html').where('id', '=', id).executeTakeFirstOrThrow()
  assert.equal(saved.answer_html, '<p>Bạn đăng ký tạm trú trên Cổng dịch vụ công quốc gia.</p>')
  assert.equal((await step('submit', 'editor')).statusCode, 303)
  assert.equal(await status(), 'awaiting_approval')
  assert.equal((await step('approve', 'editor')).statusCode, 403, 'an editor cannot approve')
  assert.equal((await step('return', 'approver')).statusCode, 303)
  assert.equal(await status(), 'in_progress')
  assert.equal((await step('submit', 'editor')).statusCode, 303)
  assert.deepEqual(await mailed(), [`Hồ sơ ${code}: Chờ duyệt trả lời`, `Hồ sơ ${code}: Đang xử lý`, `Hồ sơ ${code}: Chờ duyệt trả lời`])
})

test('nothing is public until the approver approves; then the page, the list and site search have it, never the contact', async () => {
  assert.doesNotMatch((await portal.app.inject('/hoi-dap')).body, /đăng ký tạm trú/)
  assert.equal((await step('approve', 'approver')).statusCode, 303)
  assert.equal(await status(), 'answered')
  await drain()
  const [letter] = server.to('hoa@example.vn')
  assert.equal(letter!.subject, `Câu hỏi ${code} đã được trả lời`)
  assert.match(letter!.text!, /Cổng dịch vụ công quốc gia/)
  const slug = (await portal.db.selectFrom('questions').select('slug').where('id', '=', id).executeTakeFirstOrThrow()).slug!
  const page = await portal.app.inject(`/hoi-dap/${slug}`)
  assert.equal(page.statusCode, 200)
  assert.match(page.body, /Người hỏi: N\.T\.H\./)
  assert.doesNotMatch(page.body, /hoa@example\.vn|0912345678|12 Lê Lợi|Nguyễn Thị Hoa/)
  assert.match(textOf(parsePage((await portal.app.inject('/hoi-dap')).body), 'ul.question-list'), /Thủ tục đăng ký tạm trú online thế nào\?/)
  await portal.search.whenIdle()
  const found = parsePage((await portal.app.inject('/tim-kiem?q=dang+ky+tam+tru')).body)
  assert.ok(allText(found, 'main a').some((t) => t === 'Thủ tục đăng ký tạm trú online thế nào?'), 'site search finds it without diacritics')
})

test('an editor pins it as a frequently asked question, shown first on /hoi-dap', async () => {
  assert.equal((await post(`/toa-soan/hoi-dap/${id}/thuong-gap`, { pinned: '1' }, 'editor')).statusCode, 303)
  const list = parsePage((await portal.app.inject('/hoi-dap')).body)
  assert.equal(textOf(list, '.question-faq h2'), 'Câu hỏi thường gặp')
  assert.match(textOf(list, '.question-faq'), /đăng ký tạm trú/)
})

test('refusing needs a reason the asker reads; the asker is told; notes stay internal', async () => {
  const other = codeIn((await askQuestion(portal.app, { topic: await firstTopicId(portal.db), title: 'Hỏi lại lần hai' })).body)!
  const otherId = (await portal.db.selectFrom('questions').select('id').where('code', '=', other).executeTakeFirstOrThrow()).id
  await post(`/toa-soan/hoi-dap/${otherId}/ghi-chu`, { note: 'Người này hỏi lặp lại.' }, 'editor')
  await drain()
  server.received.splice(0)
  const noReason = await post(`/toa-soan/hoi-dap/${otherId}/buoc`, { 'thao-tac': 'duplicate', note: '' }, 'approver')
  assert.equal(noReason.statusCode, 422)
  assert.equal((await post(`/toa-soan/hoi-dap/${otherId}/buoc`, { 'thao-tac': 'duplicate', note: `Trùng với ${code}` }, 'approver')).statusCode, 303)
  await drain()
  const letter = server.to('hoa@example.vn').find((m) => m.subject?.includes(other))
  assert.equal(letter!.subject, `Hồ sơ ${other}: Trùng`)
  assert.match(letter!.text!, new RegExp(`Lý do: Trùng với ${code}`))
  assert.doesNotMatch(letter!.text!, /hỏi lặp lại/)
  assert.match(textOf(parsePage((await get(`/toa-soan/hoi-dap/${otherId}`, 'approver')).body), '.question-notes'), /Người này hỏi lặp lại/)
  const actions = await portal.db.selectFrom('audit_log').select('action').where('item_type', '=', 'question').execute()
  assert.ok(['question.assign', 'question.start', 'question.submit', 'question.return', 'question.approve', 'question.pin', 'question.duplicate'].every((a) => actions.some((x) => x.action === a)))
})

test('a step from the wrong status is refused with 409, not a 500', async () => {
  const res = await step('start', 'approver')
  assert.equal(res.statusCode, 409)
})
