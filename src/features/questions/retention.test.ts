import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { askQuestion, codeIn, firstTopicId, lookUp } from '../../../test/support/questions.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import type { NewsroomUser } from '../accounts/index.ts'
import { insertQuestionFile, setQuestionFilePublic } from './files/question-file.repository.ts'
import { RETENTION_JOB } from './retention.job.ts'
import { seedQuestionsDemo } from './questions-demo.ts'

// Decree 13/2023: the administrator sets how long contact details are kept; a daily job erases
// those of cases closed longer ago, and the published question and answer stay.
const DAY = 24 * 60 * 60 * 1000
const clock = new TestClock(new Date('2026-12-07T03:00:00Z'))
let portal: TestPortal
let admin: { cookie: string; csrf: string }
let approver: NewsroomUser

before(async () => {
  portal = await buildTestPortal({ clock })
  await createUser(portal.db, 'administrator', 'quantri@example.vn')
  const cookie = (await signIn(portal.app, 'quantri@example.vn')).cookie
  admin = { cookie, csrf: await csrfOf(portal.app, cookie) }
  const id = await createUser(portal.db, 'approver', 'lanhdao@example.vn')
  approver = { id, email: 'lanhdao@example.vn', name: 'Lãnh đạo', role: 'approver', isActive: true, categoryIds: [] }
})
after(() => portal.close())

const setMonths = (months: string) => portal.app.inject({
  method: 'POST', url: '/toa-soan/hoi-dap/cai-dat', headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams({ _csrf: admin.csrf, months }).toString(),
})

async function ask(title: string): Promise<{ id: number; code: string }> {
  const code = codeIn((await askQuestion(portal.app, { topic: await firstTopicId(portal.db), title, phone: '0912345678', address: '5 Hùng Vương' })).body)!
  return { code, id: (await portal.db.selectFrom('questions').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id }
}

test('the administrator sets the months; a wrong number comes back with its message', async () => {
  const bad = await setMonths('0')
  assert.equal(bad.statusCode, 422)
  assert.equal(textOf(parsePage(bad.body), '#e-months'), 'Xin nhập số tháng từ 1 đến 120.')
  assert.equal((await setMonths('6')).statusCode, 303)
  assert.match(textOf(parsePage((await portal.app.inject('/hoi-dap/dat-cau-hoi')).body), 'fieldset.privacy-notice'), /xóa 6 tháng sau/)
})

test('an editor may not change the retention', async () => {
  await createUser(portal.db, 'editor', 'bientap@example.vn')
  const cookie = (await signIn(portal.app, 'bientap@example.vn')).cookie
  assert.equal((await portal.app.inject({ method: 'GET', url: '/toa-soan/hoi-dap/cai-dat', headers: { cookie } })).statusCode, 403)
})

test('the daily job erases contacts of cases closed longer ago than the months, and the files the answer did not publish; the published answer and open cases stay', async () => {
  const who = { user: approver, ip: '127.0.0.1' }
  const desk = portal.services.questionDesk
  const answered = await ask('Thủ tục cấp lại căn cước thế nào?')
  await desk.step(who, answered.id, 'assign', { assigneeId: approver.id })
  await desk.step(who, answered.id, 'start')
  await desk.saveAnswer(who, answered.id, '<p>Làm tại công an cấp xã.</p>')
  await desk.step(who, answered.id, 'submit')
  await desk.step(who, answered.id, 'approve')
  const open = await ask('Câu hỏi còn đang chờ')
  // Two attachments: a scan of an ID card kept in the newsroom, and a form the answer published.
  const attach = async (key: string, fileName: string) => {
    await portal.media.put(key, Buffer.from('%PDF-1.4 thử'), 'application/pdf')
    return insertQuestionFile(portal.db, { questionId: answered.id, storageKey: key, fileName, mediaType: 'application/pdf', bytes: 12, sha256: '0'.repeat(64), uploadedAt: clock.now() })
  }
  await attach('hoi-dap/0123456789abcdef0123456789abcdef.pdf', 'Căn cước.pdf')
  await setQuestionFilePublic(portal.db, await attach('hoi-dap/fedcba9876543210fedcba9876543210.pdf', 'Mẫu tờ khai.pdf'), true)
  clock.advance(5 * 30 * DAY)
  await portal.jobs.runNow(RETENTION_JOB)
  const before = await portal.db.selectFrom('questions').select(['email', 'contact_erased_at']).where('id', '=', answered.id).executeTakeFirstOrThrow()
  assert.equal(before.email, 'hoa@example.vn', 'not yet six months')
  clock.advance(40 * DAY)
  await portal.jobs.runNow(RETENTION_JOB)
  const erased = await portal.db.selectFrom('questions').select(['asker_name', 'email', 'phone', 'address', 'public_name', 'answer_html', 'contact_erased_at']).where('id', '=', answered.id).executeTakeFirstOrThrow()
  assert.deepEqual([erased.asker_name, erased.email, erased.phone, erased.address], ['', '', '', ''])
  assert.ok(erased.contact_erased_at)
  assert.equal(erased.public_name, 'N.T.H.')
  const files = await portal.db.selectFrom('question_files').select('file_name').where('question_id', '=', answered.id).execute()
  assert.deepEqual(files.map((f) => f.file_name), ['Mẫu tờ khai.pdf'], 'the unpublished scan is erased, the published form kept')
  assert.equal(await portal.media.exists('hoi-dap/0123456789abcdef0123456789abcdef.pdf'), false)
  assert.equal(await portal.media.exists('hoi-dap/fedcba9876543210fedcba9876543210.pdf'), true)
  const kept = await portal.db.selectFrom('questions').select('email').where('id', '=', open.id).executeTakeFirstOrThrow()
  assert.equal(kept.email, 'hoa@example.vn', 'an open case keeps its contact')
  const slug = (await portal.db.selectFrom('questions').select('slug').where('id', '=', answered.id).executeTakeFirstOrThrow()).slug!
  const page = await portal.app.inject(`/hoi-dap/${slug}`)
  assert.equal(page.statusCode, 200)
  assert.match(page.body, /Làm tại công an cấp xã/)
  assert.equal((await lookUp(portal.app, answered.code, 'hoa@example.vn')).statusCode, 404, 'the erased contact opens nothing')
  // Months later the morning's session is long gone: the administrator signs in again.
  const cookie = (await signIn(portal.app, 'quantri@example.vn')).cookie
  const caseView = await portal.app.inject({ method: 'GET', url: `/toa-soan/hoi-dap/${answered.id}`, headers: { cookie } })
  assert.match(caseView.body, /Đã xóa theo thời hạn lưu/)
})

test('the demo has answered questions by topic, one pinned, and one overdue in the queue', async () => {
  const demo = await buildTestPortal({ clock })
  try {
    assert.equal(await seedQuestionsDemo(demo.db, clock.now()), true)
    assert.equal(await seedQuestionsDemo(demo.db, clock.now()), false, 'once')
    const list = parsePage((await demo.app.inject('/hoi-dap')).body)
    assert.match(textOf(list, '.question-faq'), /Thủ tục đăng ký tạm trú online thế nào\?/)
    assert.equal(allText(list, 'ul.question-list li').length, 2)
    await createUser(demo.db, 'approver', 'lanhdao@example.vn')
    const cookie = (await signIn(demo.app, 'lanhdao@example.vn')).cookie
    const queue = parsePage((await demo.app.inject({ method: 'GET', url: '/toa-soan/hoi-dap?qua-han=1', headers: { cookie } })).body)
    assert.deepEqual(allText(queue, 'tr.overdue td a'), ['Điều kiện hưởng trợ cấp cho người cao tuổi?'])
    const home = (await demo.app.inject({ method: 'GET', url: '/toa-soan', headers: { cookie } })).body
    assert.match(home, /href="\/toa-soan\/hoi-dap\?qua-han=1"/, 'the approver\'s home page links the overdue questions')
  } finally {
    await demo.close()
  }
})

test('the administrator adds and renames topics; the form offers them; an empty name comes back', async () => {
  const post = (url: string, name: string) => portal.app.inject({
    method: 'POST', url, headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: admin.csrf, name }).toString(),
  })
  const cookie = (await signIn(portal.app, 'quantri@example.vn')).cookie
  admin = { cookie, csrf: await csrfOf(portal.app, cookie) }
  assert.equal((await post('/toa-soan/hoi-dap/linh-vuc', 'Môi trường, tài nguyên')).statusCode, 303)
  const empty = await post('/toa-soan/hoi-dap/linh-vuc', '  ')
  assert.equal(empty.statusCode, 422)
  assert.equal(textOf(parsePage(empty.body), '#e-topic-new'), 'Xin nhập tên lĩnh vực.')
  const first = await portal.db.selectFrom('question_topics').select('id').orderBy('position').executeTakeFirstOrThrow()
  assert.equal((await post(`/toa-soan/hoi-dap/linh-vuc/${first.id}`, 'Hộ tịch, cư trú')).statusCode, 303)
  const options = allText(parsePage((await portal.app.inject('/hoi-dap/dat-cau-hoi')).body), 'select[name="topic"] option')
  assert.equal(options[1], 'Hộ tịch, cư trú')
  assert.equal(options.at(-1), 'Môi trường, tài nguyên')
})
