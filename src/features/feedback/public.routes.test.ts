import assert from 'node:assert/strict'
import { after, before, beforeEach, test } from 'node:test'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { feedbackCodeIn, PNG_PIXEL, sendFeedback } from '../../../test/support/feedback.ts'
import { TestMailServer } from '../../../test/support/mail-server.ts'
import { TestClock } from '../../../test/support/newsroom.ts'
import { deliverAll, lookUp } from '../../../test/support/questions.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { LOOKUP_LIMITS } from '../cases/index.ts'

// Sending feedback (issue 15, "Phản ánh, kiến nghị"): the form without JavaScript, with a photo
// judged from its bytes, consent, the PA- code on screen and by mail, and the look-up at /tra-cuu.
// The clock: Thursday 24/12/2026, 10:00 in Hà Nội; 01/01/2027 is a holiday.
const server = new TestMailServer()
const clock = new TestClock(new Date('2026-12-24T03:00:00Z'))
let portal: TestPortal

before(async () => {
  await server.start()
  portal = await buildTestPortal({ clock, env: { SMTP_URL: server.url, PUBLIC_URL: 'https://danvan.example.vn' } })
})
after(async () => {
  await portal.close()
  await server.stop()
})
beforeEach(() => server.received.splice(0))

const count = async () => Number((await portal.db.selectFrom('feedback').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)

test('the form is a plain multipart form with place, time, unit, photos, the Decree 13/2023 notice and the choice to be named', async () => {
  const page = parsePage((await portal.app.inject('/phan-anh/gui')).body)
  assert.ok(page.querySelector('form[method="post"][action="/phan-anh/gui"][enctype="multipart/form-data"]'))
  for (const name of ['place', 'happenedOn', 'unit', 'attachments', 'namedPublicly']) assert.ok(page.querySelector(`[name="${name}"]`), name)
  assert.ok(page.querySelector('input[name="consent"][type="checkbox"][required]'))
  assert.match(textOf(page, 'fieldset.privacy-notice'), /Nghị định 13\/2023.*xóa 24 tháng sau khi có kết quả/s)
})

test('without consent, contact or place, the form comes back with the messages and nothing is stored', async () => {
  const res = await sendFeedback(portal.app, { consent: '', email: '', phone: '', place: '' })
  assert.equal(res.statusCode, 422)
  const page = parsePage(res.body)
  assert.equal(textOf(page, '#pa-e-consent'), 'Xin đánh dấu đồng ý để chúng tôi có thể xử lý phản ánh.')
  assert.equal(textOf(page, '#pa-e-email'), 'Xin nhập thư điện tử hoặc số điện thoại để nhận kết quả.')
  assert.equal(textOf(page, '#pa-e-place'), 'Xin ghi nơi xảy ra sự việc.')
  assert.equal(page.querySelector('#pa-title')!.getAttribute('value'), 'Đèn đường hỏng trên đường Lê Lợi')
  assert.equal(await count(), 0)
})

test('a file named .jpg that is not an image is refused, judged from its bytes', async () => {
  const res = await sendFeedback(portal.app, {}, [{ name: 'anh.jpg', type: 'image/jpeg', bytes: Buffer.from('MZ\x90\x00 not a picture at all') }])
  assert.equal(res.statusCode, 422)
  assert.match(textOf(parsePage(res.body), '#pa-e-attachments'), /“anh\.jpg” không phải ảnh JPG, PNG hay tệp PDF/)
  assert.equal(await count(), 0)
})

test('feedback with a photo gets PA-2026-… on screen and by e-mail, due ten working days later across the weekends and the New Year holiday', async () => {
  const res = await sendFeedback(portal.app, { phone: '0912 345 678' }, [{ name: 'den-duong.png', type: 'image/png', bytes: PNG_PIXEL }])
  assert.equal(res.statusCode, 200)
  assert.equal(res.headers['cache-control'], 'no-store')
  const code = feedbackCodeIn(res.body)!
  assert.match(code, /^PA-2026-\d{6}$/)
  assert.match(textOf(parsePage(res.body), '.feedback-received'), /Hạn trả lời kết quả: 08\/01\/2027/)
  const row = await portal.db.selectFrom('feedback').selectAll().where('code', '=', code).executeTakeFirstOrThrow()
  assert.equal(row.due_on, '2027-01-08', 'Thursday 24/12 + 10 working days, skipping two weekends and 01/01')
  assert.equal(row.status, 'received')
  assert.equal(row.phone, '0912345678')
  assert.equal(row.public_name, 'Người dân (ẩn danh)', 'not named unless they agreed')
  const files = await portal.db.selectFrom('feedback_attachments').select(['kind', 'size']).where('feedback_id', '=', row.id).execute()
  assert.deepEqual(files, [{ kind: 'png', size: PNG_PIXEL.length }])
  await deliverAll(portal)
  const [mail] = server.to('binh@example.vn')
  assert.equal(mail?.subject, `Đã tiếp nhận phản ánh của bạn — mã hồ sơ ${code}`)
  assert.match(mail!.text!, /Hạn trả lời kết quả: 08\/01\/2027/)
  assert.match(mail!.text!, /https:\/\/danvan\.example\.vn\/tra-cuu/)

  const found = await lookUp(portal.app, code.toLowerCase(), '+84 912.345.678', '203.0.113.40')
  assert.equal(found.statusCode, 200)
  const page = parsePage(found.body)
  assert.equal(textOf(page, '.case-status'), 'Tiếp nhận')
  assert.match(textOf(page, '.tracking-result h2'), new RegExp(`${code}: Đèn đường hỏng`))
  assert.deepEqual(allText(page, '.case-history li').map((t) => t.replace(/^.*?: /, '')), ['Tiếp nhận'])
})

test('a PA code with the wrong contact gets the same refusal as an unknown code, and too many are refused for a while', async () => {
  const code = feedbackCodeIn((await sendFeedback(portal.app, { email: 'mai@example.vn' })).body)!
  const wrongContact = await lookUp(portal.app, code, 'khac@example.vn', '203.0.113.50')
  const wrongCode = await lookUp(portal.app, 'PA-2026-999999', 'mai@example.vn', '203.0.113.51')
  assert.equal(wrongContact.statusCode, 404)
  assert.equal(textOf(parsePage(wrongContact.body), '.form-error'), textOf(parsePage(wrongCode.body), '.form-error'))
  const ip = '203.0.113.60'
  for (let i = 0; i < LOOKUP_LIMITS.perAddress.max; i++) assert.equal((await lookUp(portal.app, `PA-2026-00010${i}`, 'x@example.vn', ip)).statusCode, 404)
  const limited = await lookUp(portal.app, code, 'mai@example.vn', ip)
  assert.equal(limited.statusCode, 429, 'even the right code and contact wait once the address is limited')
  assert.ok(Number(limited.headers['retry-after']) >= 60)
  assert.equal((await lookUp(portal.app, code, 'mai@example.vn', '203.0.113.61')).statusCode, 200)
})
