import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { askQuestion, codeIn, firstTopicId, lookUp } from '../../../test/support/questions.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import type { NewsroomUser } from '../accounts/index.ts'
import { LOOKUP_LIMITS } from '../cases/index.ts'

// /tra-cuu: the code and the asker's e-mail or phone open the case; a wrong look-up says the
// same whatever part was wrong, and too many are refused for a while.
const clock = new TestClock(new Date('2026-12-07T03:00:00Z'))
let portal: TestPortal
let code: string
let approver: NewsroomUser

before(async () => {
  portal = await buildTestPortal({ clock })
  code = codeIn((await askQuestion(portal.app, { topic: await firstTopicId(portal.db), phone: '0912 345 678' })).body)!
  const id = await createUser(portal.db, 'approver', 'lanhdao@example.vn')
  approver = { id, email: 'lanhdao@example.vn', name: 'Lãnh đạo', role: 'approver', isActive: true, categoryIds: [] }
  await signIn(portal.app, 'lanhdao@example.vn')
})
after(() => portal.close())

test('the code and the e-mail show the status, its history and the due day', async () => {
  const res = await lookUp(portal.app, code.toLowerCase(), ' HOA@example.vn ')
  assert.equal(res.statusCode, 200)
  assert.equal(res.headers['cache-control'], 'no-store')
  const page = parsePage(res.body)
  assert.equal(textOf(page, '.case-status'), 'Mới tiếp nhận')
  assert.equal(allText(page, '.case-history li').length, 1)
  assert.match(textOf(page, '.tracking-result'), /Hạn trả lời/)
})

test('the phone opens it too, however it is written', async () => {
  const page = parsePage((await lookUp(portal.app, code, '+84 912.345.678')).body)
  assert.match(textOf(page, '.tracking-result h2'), new RegExp(code))
})

test('once answered, the history and the answer are there', async () => {
  const desk = portal.services.questionDesk
  const who = { user: approver, ip: '127.0.0.1' }
  const id = (await portal.db.selectFrom('questions').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id
  await desk.step(who, id, 'assign', { assigneeId: approver.id })
  await desk.step(who, id, 'start')
  await desk.saveAnswer(who, id, '<p>Đăng ký trên Cổng dịch vụ công quốc gia.</p>')
  await desk.step(who, id, 'submit')
  await desk.step(who, id, 'approve')
  const page = parsePage((await lookUp(portal.app, code, 'hoa@example.vn')).body)
  assert.equal(textOf(page, '.case-status'), 'Đã trả lời')
  assert.deepEqual(allText(page, '.case-history li').map((t) => t.replace(/^.*?: /, '')),
    ['Mới tiếp nhận', 'Đã phân công xử lý', 'Đang xử lý', 'Đang chờ duyệt trả lời', 'Đã trả lời'])
  assert.match(textOf(page, '.tracking-result .article-body'), /Cổng dịch vụ công quốc gia/)
})

test('a wrong e-mail and a wrong code get the same answer', async () => {
  const wrongContact = await lookUp(portal.app, code, 'khac@example.vn', '203.0.113.20')
  const wrongCode = await lookUp(portal.app, 'HD-2026-999999', 'hoa@example.vn', '203.0.113.21')
  assert.equal(wrongContact.statusCode, 404)
  assert.equal(wrongCode.statusCode, 404)
  const message = (body: string) => textOf(parsePage(body), '.form-message')
  assert.equal(message(wrongContact.body), 'Không tìm thấy hồ sơ với mã và thông tin liên hệ này. Xin kiểm tra lại.')
  assert.equal(message(wrongContact.body), message(wrongCode.body))
  assert.doesNotMatch(wrongContact.body, /tracking-result/)
})

test('after too many wrong look-ups from one address even the right ones wait', async () => {
  const ip = '203.0.113.30'
  for (let i = 0; i < LOOKUP_LIMITS.perAddress.max; i++) assert.equal((await lookUp(portal.app, `HD-2026-00000${i}`, 'x@example.vn', ip)).statusCode, 404)
  const refused = await lookUp(portal.app, code, 'hoa@example.vn', ip)
  assert.equal(refused.statusCode, 429)
  assert.ok(Number(refused.headers['retry-after']) >= 60)
  assert.match(textOf(parsePage(refused.body), '.form-message'), /tra cứu sai quá nhiều lần/)
  assert.equal((await lookUp(portal.app, code, 'hoa@example.vn', '203.0.113.31')).statusCode, 200, 'another address is not held back')
})

test('many addresses guessing one code\'s contact are stopped by the code\'s own limit', async () => {
  const other = codeIn((await askQuestion(portal.app, { topic: await firstTopicId(portal.db), email: 'lan@example.vn' })).body)!
  for (let i = 0; i < LOOKUP_LIMITS.perCode.max; i++) await lookUp(portal.app, other, `doan${i}@example.vn`, `198.51.100.${i + 1}`)
  assert.equal((await lookUp(portal.app, other, 'lan@example.vn', '198.51.100.200')).statusCode, 429)
})
