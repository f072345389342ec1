import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { allText, parsePage } from '../../../test/support/html.ts'
import { feedbackCodeIn, sendFeedback } from '../../../test/support/feedback.ts'
import { createUser, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import type { NewsroomUser } from '../accounts/index.ts'
import { monthlyFigures } from './feedback-figures.ts'
import { feedbackSource } from './feedback.source.ts'

// The public record of handled cases (the sender named only when they agreed) and the monthly
// figures: received, on time, late, average days.
// The clock starts on Monday 02/11/2026, 09:00 in Hà Nội.
const DAY = 24 * 60 * 60_000
const clock = new TestClock(new Date('2026-11-02T02:00:00Z'))
let portal: TestPortal
let approver: NewsroomUser

before(async () => {
  portal = await buildTestPortal({ clock })
  const id = await createUser(portal.db, 'approver', 'lanhdao@example.vn')
  approver = { id, email: 'lanhdao@example.vn', name: 'Lãnh đạo', role: 'approver', isActive: true, categoryIds: [] }
})
after(() => portal.close())

async function received(fields: Record<string, string>) {
  const code = feedbackCodeIn((await sendFeedback(portal.app, { happenedOn: '2026-11-01', ...fields })).body)!
  return (await portal.db.selectFrom('feedback').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id
}
const who = () => ({ user: approver, ip: '127.0.0.1' })

test('November: one named and on time, one anonymous and late, one not ours; December: one still open past its due day', async () => {
  // Received Mon 02/11, due ten working days later: Mon 16/11.
  const named = await received({ name: 'Trần Văn Bình', namedPublicly: '1', title: 'Đèn đường hỏng' })
  const anonymous = await received({ name: 'Lê Thị Mai', title: 'Trả hồ sơ chậm' })
  const notOurs = await received({ name: 'Phạm Hùng', title: 'Nước có mùi lạ' })
  const desk = portal.services.feedbackDesk
  clock.advance(3 * DAY) // Thu 05/11
  await desk.step(who(), named, 'verify')
  await desk.step(who(), named, 'resolve', { result: 'Đã thay bóng cho 5 cột đèn.' })
  await desk.step(who(), notOurs, 'decline', { bodyName: 'Công ty cấp nước tỉnh' })
  clock.advance(15 * DAY) // Fri 20/11: past the due day
  await desk.step(who(), anonymous, 'verify')
  await desk.step(who(), anonymous, 'resolve', { result: 'Đã nhắc nhở cán bộ một cửa.' })
  clock.advance(11 * DAY) // Tue 01/12
  await received({ title: 'Rác tập kết sai nơi' })
  clock.advance(20 * DAY) // Mon 21/12: the December case is past its due day (15/12) with no result

  const record = parsePage((await portal.app.inject('/phan-anh?thang=2026-11')).body)
  const cases = allText(record, '.feedback-case')
  assert.equal(cases.length, 3)
  const byTitle = (t: string) => cases.find((c) => c.includes(t))!
  assert.match(byTitle('Đèn đường hỏng'), /Người phản ánh: Trần Văn Bình/)
  assert.match(byTitle('Đèn đường hỏng'), /Đã thay bóng cho 5 cột đèn/)
  assert.match(byTitle('Trả hồ sơ chậm'), /Người phản ánh: Người dân \(ẩn danh\)/)
  assert.doesNotMatch(record.body.innerHTML, /Lê Thị Mai|Phạm Hùng|@example\.vn|0912/)
  assert.match(byTitle('Nước có mùi lạ'), /Không thuộc thẩm quyền; đã hướng dẫn gửi tới: Công ty cấp nước tỉnh/)
  assert.equal(allText(parsePage((await portal.app.inject('/phan-anh?thang=2026-12')).body), '.feedback-case').length, 0, 'the open case is not in the record')

  const figures = parsePage((await portal.app.inject('/phan-anh/thong-ke')).body)
  const rows = [...figures.querySelectorAll('.figures-table tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim()))
  assert.deepEqual(rows[0], ['12/2026', '1', '0', '1', '—'])
  // On time: the named (3 days) and the one not ours (3 days); late: the anonymous one (18 days). Average (3 + 3 + 18) / 3 = 8.
  assert.deepEqual(rows[1], ['11/2026', '3', '2', '1', '8'])
  assert.equal(rows.length, 12)
  assert.ok(figures.querySelector('.feedback-figures table caption'), 'the table says what it is')
  assert.ok(figures.querySelector('figure.bar-chart svg[role="img"]'))
})

test('each handled case has its own page, linked from the record and found by site search; an open case has neither', async () => {
  const codes = Object.fromEntries((await portal.db.selectFrom('feedback').select(['title', 'code']).execute()).map((r) => [r.title, r.code]))
  const record = parsePage((await portal.app.inject('/phan-anh?thang=2026-11')).body)
  const named = `/phan-anh/${codes['Đèn đường hỏng']!.toLowerCase()}`
  const anonymous = `/phan-anh/${codes['Trả hồ sơ chậm']!.toLowerCase()}`
  assert.ok(record.querySelector(`.feedback-case h3 a[href="${named}"]`))

  const page = await portal.app.inject(named)
  assert.equal(page.statusCode, 200)
  const one = parsePage(page.body)
  assert.equal(one.querySelector('h1')!.textContent, `${codes['Đèn đường hỏng']}: Đèn đường hỏng`)
  assert.match(one.querySelector('.feedback-result')!.textContent!, /Đã thay bóng cho 5 cột đèn/)
  assert.match(one.querySelector('.sender')!.textContent!, /Trần Văn Bình/)
  assert.ok(one.querySelector('a[href="/phan-anh?thang=2026-11"]'), 'it links back to its month')
  const hidden = (await portal.app.inject(anonymous)).body
  assert.match(hidden, /Người dân \(ẩn danh\)/)
  assert.doesNotMatch(hidden, /Lê Thị Mai|@example\.vn/)
  assert.equal((await portal.app.inject(`/phan-anh/${codes['Rác tập kết sai nơi']!.toLowerCase()}`)).statusCode, 404, 'the open case is not published')
  assert.equal((await portal.app.inject('/phan-anh/pa-2026-999999')).statusCode, 404)
  assert.equal((await portal.app.inject('/phan-anh/khong-co')).statusCode, 404)

  await portal.search.whenIdle()
  const found = async (q: string) => [...parsePage((await portal.app.inject(`/tim-kiem?q=${encodeURIComponent(q)}`)).body).querySelectorAll('main a[href^="/phan-anh/"]')].map((a) => a.getAttribute('href'))
  assert.ok((await found('den duong hong')).includes(named), 'found without diacritics')
  assert.ok((await found('thay bóng cột đèn')).includes(named), 'the result is searched too')
  assert.deepEqual(await found('rác tập kết'), [], 'the open case is not found')
  // What search indexes and quotes is what the record shows: no hidden sender, no contact.
  const indexed = await feedbackSource({ db: portal.db }).read((await portal.db.selectFrom('feedback').select('id').execute()).map((r) => r.id))
  assert.equal(indexed.length, 3, 'the three handled cases, not the open one')
  assert.doesNotMatch(JSON.stringify(indexed), /Lê Thị Mai|Phạm Hùng|@example\.vn|0912/)
  assert.ok(indexed.some((item) => item.author === 'Trần Văn Bình'))
})

test('the figures: on time up to and including the due day, late after it or overdue without a result, average in calendar days', () => {
  const at = (iso: string) => new Date(iso)
  const rows = monthlyFigures([
    { receivedAt: at('2026-10-01T02:00:00Z'), dueOn: '2026-10-15', closedOn: '2026-10-15', closedAt: at('2026-10-15T02:00:00Z') },
    { receivedAt: at('2026-10-01T02:00:00Z'), dueOn: '2026-10-15', closedOn: '2026-10-16', closedAt: at('2026-10-16T14:00:00Z') },
    { receivedAt: at('2026-10-31T18:00:00Z'), dueOn: '2026-11-14', closedOn: null, closedAt: null },
    { receivedAt: at('2026-10-20T02:00:00Z'), dueOn: '2026-11-03', closedOn: null, closedAt: null },
  ], ['2026-10', '2026-11'], '2026-11-10')
  assert.deepEqual(rows, [
    { month: '2026-10', received: 3, onTime: 1, late: 2, averageDays: 14.8 }, // (14 + 15.5) / 2,
    // 31/10 18:00 UTC is 01/11 01:00 in Hà Nội: November's; not yet due, so neither on time nor late.
    { month: '2026-11', received: 1, onTime: 0, late: 0, averageDays: null },
  ])
})

test('24 months after the result the sender is erased; the record stays, as the citizen chose it', async () => {
  clock.advance(25 * 31 * DAY)
  const erased = await portal.services.feedbackDesk.eraseOldContacts()
  assert.equal(erased.length, 3, 'the three closed cases, not the open one')
  const rows = await portal.db.selectFrom('feedback').select(['sender_name', 'email', 'public_name']).where('id', 'in', erased).execute()
  assert.ok(rows.every((r) => r.sender_name === '' && r.email === ''))
  assert.ok(rows.some((r) => r.public_name === 'Trần Văn Bình'), 'the name they agreed to publish stays')
  assert.equal(allText(parsePage((await portal.app.inject('/phan-anh?thang=2026-11')).body), '.feedback-case').length, 3)
})
