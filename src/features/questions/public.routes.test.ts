import assert from 'node:assert/strict'
import { after, before, beforeEach, test } from 'node:test'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { TestMailServer } from '../../../test/support/mail-server.ts'
import { TestClock } from '../../../test/support/newsroom.ts'
import { askQuestion, codeIn, deliverAll, firstTopicId } from '../../../test/support/questions.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

// Asking (issue 15, "Hỏi đáp"): the form without JavaScript, its consent and checks, the tracking
// code on screen and by mail, and nothing public before an answer is approved.
// The clock: Thursday 24/12/2026, 10:00 in Hà Nội; 01/01/2027 is a holiday.
const server = new TestMailServer()
const clock = new TestClock(new Date('2026-12-24T03:00:00Z'))
let portal: TestPortal
let topic: string

before(async () => {
  await server.start()
  portal = await buildTestPortal({ clock, env: { SMTP_URL: server.url, PUBLIC_URL: 'https://danvan.example.vn' } })
  topic = await firstTopicId(portal.db)
})
after(async () => {
  await portal.close()
  await server.stop()
})
beforeEach(() => server.received.splice(0))

test('the form asks for consent under the Decree 13/2023 notice: what is kept, why, for how long', async () => {
  const page = parsePage((await portal.app.inject('/hoi-dap/dat-cau-hoi')).body)
  const notice = textOf(page, 'fieldset.privacy-notice')
  assert.match(notice, /Nghị định 13\/2023/)
  assert.match(notice, /lưu họ tên, thư điện tử hoặc số điện thoại/)
  assert.match(notice, /xóa 24 tháng sau khi hồ sơ kết thúc/)
  assert.ok(page.querySelector('input[name="consent"][type="checkbox"][required]'))
  assert.ok(page.querySelector('form[method="post"][action="/hoi-dap/dat-cau-hoi"]'), 'a plain form: works without JavaScript')
  assert.ok(page.querySelectorAll('select[name="topic"] option').length > 3)
})

test('without consent, or with neither e-mail nor phone, the form comes back with what was typed and nothing is stored', async () => {
  const noConsent = await askQuestion(portal.app, { topic, consent: '' })
  assert.equal(noConsent.statusCode, 422)
  const page = parsePage(noConsent.body)
  assert.equal(textOf(page, '#hd-e-consent'), 'Xin đánh dấu đồng ý để chúng tôi có thể xử lý câu hỏi.')
  assert.equal(page.querySelector<HTMLInputElement>('#hd-title')!.getAttribute('value'), 'Thủ tục đăng ký tạm trú online thế nào?')
  const noContact = await askQuestion(portal.app, { topic, email: '', phone: '' })
  assert.equal(textOf(parsePage(noContact.body), '#hd-e-email'), 'Xin nhập thư điện tử hoặc số điện thoại để nhận trả lời.')
  const badPhone = await askQuestion(portal.app, { topic, email: '', phone: '12ab' })
  assert.equal(textOf(parsePage(badPhone.body), '#hd-e-phone'), 'Số điện thoại không hợp lệ, ví dụ: 0912 345 678.')
  const count = await portal.db.selectFrom('questions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  assert.equal(Number(count.n), 0)
})

test('a question gets its tracking code on screen and by e-mail, due ten working days later across the weekends and the New Year holiday', async () => {
  const res = await askQuestion(portal.app, { topic })
  assert.equal(res.statusCode, 200)
  assert.equal(res.headers['cache-control'], 'no-store')
  const code = codeIn(res.body)
  assert.match(code!, /^HD-2026-\d{6}$/)
  assert.match(textOf(parsePage(res.body), '.question-received'), /Hạn trả lời: 08\/01\/2027/)
  const row = await portal.db.selectFrom('questions').selectAll().where('code', '=', code!).executeTakeFirstOrThrow()
  assert.equal(row.due_on, '2027-01-08', 'Thursday 24/12 + 10 working days, skipping two weekends and 01/01')
  assert.equal(row.public_name, 'N.T.H.')
  await deliverAll(portal)
  const [mail] = server.to('hoa@example.vn')
  assert.ok(mail, 'the code was mailed')
  assert.match(mail!.subject!, new RegExp(code!))
  assert.match(mail!.text!, /https:\/\/danvan\.example\.vn\/tra-cuu/)
})

test('codes follow one another within the year; a phone-only question gets no mail', async () => {
  const a = codeIn((await askQuestion(portal.app, { topic, email: '', phone: '0912 345 678' })).body)!
  const b = codeIn((await askQuestion(portal.app, { topic, title: 'Câu hỏi khác' })).body)!
  assert.equal(Number(b.slice(-6)), Number(a.slice(-6)) + 1)
  assert.equal((await portal.db.selectFrom('questions').select('phone').where('code', '=', a).executeTakeFirstOrThrow()).phone, '0912345678')
  await deliverAll(portal)
  assert.equal(server.received.filter((m) => m.subject?.includes(a)).length, 0)
})

test('nothing is public before an answer is approved: not in the list, not at an address, not in search', async () => {
  await askQuestion(portal.app, { topic, title: 'Xin hỏi về thủ tục cấp sổ hộ nghèo' })
  const list = parsePage((await portal.app.inject('/hoi-dap')).body)
  assert.doesNotMatch(allText(list, 'main').join(' '), /sổ hộ nghèo/)
  await portal.search.whenIdle()
  const found = parsePage((await portal.app.inject('/tim-kiem?q=so+ho+ngheo')).body)
  assert.doesNotMatch(allText(found, 'main').join(' '), /sổ hộ nghèo/)
})

test('a post from another site is refused; JSON callers get the code as JSON', async () => {
  const cross = await portal.app.inject({
    method: 'POST', url: '/hoi-dap/dat-cau-hoi', payload: new URLSearchParams({ name: 'X', email: 'x@example.vn', topic, title: 'T', body: 'B', consent: '1' }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
  })
  assert.equal(cross.statusCode, 403)
  const json = await askQuestion(portal.app, { topic }, { json: true })
  assert.match(json.json().code, /^HD-2026-\d{6}$/)
})

test('questions sent at the same moment each get their own code', async () => {
  const answers = await Promise.all([1, 2, 3, 4, 5].map((n) => askQuestion(portal.app, { topic, title: `Câu hỏi cùng lúc ${n}` })))
  const codes = answers.map((a) => codeIn(a.body))
  assert.ok(codes.every(Boolean), answers.map((a) => a.statusCode).join(' '))
  assert.equal(new Set(codes).size, 5)
})
