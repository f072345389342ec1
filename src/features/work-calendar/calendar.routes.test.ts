import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { propertyOf, readIcal, unescapeText } from '../../../test/support/ical.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

// Lịch công tác (issue 16), on both databases: the secretary enters a week, the approver
// publishes it, readers see it by day; changes after publication are marked with the old value.
// The clock: Thursday 10/12/2026, 10:00 in Hà Nội (week 2026-W50, Monday 07/12 – Sunday 13/12).
const clock = new TestClock(new Date('2026-12-10T03:00:00Z'))
let portal: TestPortal
let secretary: string
let approver: string
let reporter: string

before(async () => {
  portal = await buildTestPortal({ clock, env: { PUBLIC_URL: 'https://danvan.example.vn' } })
  await createUser(portal.db, 'secretary', 'thuky@example.vn')
  await createUser(portal.db, 'approver', 'lanhdao@example.vn')
  await createUser(portal.db, 'reporter', 'phongvien@example.vn')
  secretary = (await signIn(portal.app, 'thuky@example.vn')).cookie
  approver = (await signIn(portal.app, 'lanhdao@example.vn')).cookie
  reporter = (await signIn(portal.app, 'phongvien@example.vn')).cookie
})
after(() => portal.close())

async function post(cookie: string, url: string, fields: Record<string, string> = {}) {
  const payload = new URLSearchParams({ _csrf: await csrfOf(portal.app, cookie), ...fields }).toString()
  return portal.app.inject({ method: 'POST', url, payload, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' } })
}

const CHAIR = 'Đồng chí Hoàng Minh Tuấn, Trưởng ban'
const meeting = {
  day: '08/12/2026', startsAt: '8:00', endsAt: '11:30', title: 'Họp Ban Chỉ đạo Quy chế dân chủ ở cơ sở', presides: CHAIR,
  attends: 'Thành viên Ban Chỉ đạo', place: 'Hội trường A', preparingUnit: 'Phòng Dân vận chính quyền', notes: '',
}

async function entryIdOf(title: string): Promise<number> {
  return (await portal.db.selectFrom('calendar_entries').select('id').where('title', '=', title).executeTakeFirstOrThrow()).id
}

const page = async (url: string) => {
  const res = await portal.app.inject(url)
  return { status: res.statusCode, page: parsePage(res.body), res }
}

test('a reporter cannot reach the calendar; a secretary enters a week but cannot approve it; the approver publishes it', async () => {
  assert.equal((await portal.app.inject({ url: '/toa-soan/lich-cong-tac', headers: { cookie: reporter } })).statusCode, 403)
  assert.equal((await post(reporter, '/toa-soan/lich-cong-tac', meeting)).statusCode, 403)
  assert.match((await portal.app.inject({ url: '/toa-soan', headers: { cookie: secretary } })).body, /href="\/toa-soan\/lich-cong-tac"/)

  const added = await post(secretary, '/toa-soan/lich-cong-tac', meeting)
  assert.equal(added.statusCode, 303, added.body.slice(0, 400))
  assert.equal(added.headers.location, '/toa-soan/lich-cong-tac?tuan=2026-W50')
  const second = await post(secretary, '/toa-soan/lich-cong-tac', { ...meeting, day: '2026-12-10', startsAt: '14h', endsAt: '', title: 'Tiếp công dân định kỳ', presides: 'Đồng chí Lê Thị Thu Hà, Phó Trưởng ban' })
  assert.equal(second.statusCode, 303, second.body.slice(0, 400))

  const before = await page('/lich-cong-tac?tuan=2026-W50')
  assert.equal(textOf(before.page, '.calendar-empty'), 'Lịch công tác tuần này chưa được công bố.')
  assert.doesNotMatch(before.res.body, /Ban Chỉ đạo Quy chế/)

  assert.equal((await post(secretary, '/toa-soan/lich-cong-tac/tuan/2026-W50/gui-duyet')).statusCode, 303)
  assert.equal((await post(secretary, '/toa-soan/lich-cong-tac/tuan/2026-W50/duyet')).statusCode, 403, 'a secretary cannot approve')
  assert.equal((await post(reporter, '/toa-soan/lich-cong-tac/tuan/2026-W50/duyet')).statusCode, 403)
  const newsroom = parsePage((await portal.app.inject({ url: '/toa-soan/lich-cong-tac?tuan=2026-W50', headers: { cookie: approver } })).body)
  assert.equal(textOf(newsroom, '.week-status'), 'Chờ duyệt')
  assert.equal((await post(approver, '/toa-soan/lich-cong-tac/tuan/2026-W50/duyet')).statusCode, 303)
  assert.equal((await post(approver, '/toa-soan/lich-cong-tac/tuan/2026-W50/duyet')).statusCode, 409, 'a published week is not approved twice')

  const after = await page('/lich-cong-tac?tuan=2026-W50')
  assert.equal(after.status, 200)
  assert.equal(textOf(after.page, 'h1'), 'Lịch công tác tuần 50 (07/12/2026 – 13/12/2026)')
  assert.deepEqual(allText(after.page, '.day-heading').map((t) => t.replace(' Hôm nay', '')), [
    'Thứ Hai, 07/12/2026', 'Thứ Ba, 08/12/2026', 'Thứ Tư, 09/12/2026', 'Thứ Năm, 10/12/2026', 'Thứ Sáu, 11/12/2026', 'Thứ Bảy, 12/12/2026', 'Chủ Nhật, 13/12/2026',
  ])
  assert.match(textOf(after.page, '#ngay-2026-12-08 .entry'), /8:00 – 11:30\s+Họp Ban Chỉ đạo Quy chế dân chủ ở cơ sở\s+Đồng chí Hoàng Minh Tuấn, Trưởng ban\s+Thành viên Ban Chỉ đạo\s+Hội trường A\s+Phòng Dân vận chính quyền/)
  assert.match(textOf(after.page, '#ngay-2026-12-10 .entry'), /^14:00\s+Tiếp công dân/)
  assert.equal(after.page.querySelectorAll('.is-today').length, 1)
  assert.equal(after.page.querySelector('.is-today')!.id, 'ngay-2026-12-10')
  assert.equal(textOf(after.page, '.is-today .today-mark'), 'Hôm nay')
  assert.equal(after.page.querySelector('a[rel=prev]')!.getAttribute('href'), '/lich-cong-tac?tuan=2026-W49')
  assert.equal(after.page.querySelector('a[rel=next]')!.getAttribute('href'), '/lich-cong-tac?tuan=2026-W51')
  assert.equal(after.page.querySelectorAll('.adjusted-mark').length, 0, 'nothing is marked changed at publication')
  assert.equal(textOf((await page('/lich-cong-tac')).page, 'h1'), 'Lịch công tác tuần 50 (07/12/2026 – 13/12/2026)', 'without ?tuan= the current week')
  assert.equal(textOf((await page('/lich-cong-tac?tuan=09/12/2026')).page, 'h1'), 'Lịch công tác tuần 50 (07/12/2026 – 13/12/2026)', 'a day names its week')

  const actions = await portal.db.selectFrom('audit_log').select('action').where('action', 'like', 'calendar%').orderBy('id').execute()
  assert.deepEqual(actions.map((a) => a.action), ['calendar.create', 'calendar.create', 'calendar-week.submit', 'calendar-week.publish'])
})

test('a change after publication shows at once, marked "Điều chỉnh" with what was published; its week\'s page is purged', async () => {
  await portal.app.inject('/lich-cong-tac?tuan=2026-W50')
  const cachedBefore = portal.cache.get('/lich-cong-tac?tuan=2026-W50')
  const id = await entryIdOf(meeting.title)
  const moved = await post(secretary, `/toa-soan/lich-cong-tac/${id}`, { ...meeting, startsAt: '09:30', endsAt: '', place: 'Phòng họp tầng 2' })
  assert.equal(moved.statusCode, 303, moved.body.slice(0, 400))
  assert.ok(cachedBefore, 'the week\'s page was kept in the page cache')
  assert.equal(portal.cache.get('/lich-cong-tac?tuan=2026-W50'), undefined, 'the change purged it')
  const { page: week } = await page('/lich-cong-tac?tuan=2026-W50')
  const row = week.querySelector('#ngay-2026-12-08 .entry')!
  assert.ok(row.classList.contains('is-adjusted'))
  assert.equal(textOf(row, '.adjusted-mark'), 'Điều chỉnh')
  assert.deepEqual(allText(row, '.was'), ['trước: 8:00 – 11:30', 'trước: Hội trường A'])
  assert.match(textOf(row, '.c-time'), /^9:30/)

  const elsewhere = await post(secretary, `/toa-soan/lich-cong-tac/${id}`, { ...meeting, day: '15/12/2026' })
  assert.equal(elsewhere.statusCode, 422)
  assert.match(textOf(parsePage(elsewhere.body), '#e-day'), /chỉ đổi được sang ngày khác trong cùng tuần/)

  assert.equal((await post(secretary, `/toa-soan/lich-cong-tac/${id}/xoa`)).statusCode, 303)
  const postponed = (await page('/lich-cong-tac?tuan=2026-W50')).page.querySelector('#ngay-2026-12-08 .entry')!
  assert.ok(postponed.classList.contains('is-cancelled'), 'a published entry is postponed, not deleted')
  assert.equal(textOf(postponed, '.adjusted-mark'), 'Điều chỉnh · Hoãn')

  const added = await post(secretary, '/toa-soan/lich-cong-tac', { ...meeting, day: '11/12/2026', title: 'Làm việc với Đoàn công tác Trung ương' })
  assert.equal(added.statusCode, 303)
  assert.equal(textOf((await page('/lich-cong-tac?tuan=2026-W50')).page, '#ngay-2026-12-11 .adjusted-mark'), 'Điều chỉnh · Bổ sung')
})

test('every wrong field is named beside it in Vietnamese, and nothing is saved', async () => {
  const count = async () => Number((await portal.db.selectFrom('calendar_entries').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)
  const before = await count()
  const res = await post(secretary, '/toa-soan/lich-cong-tac', { ...meeting, day: '31/02/2026', startsAt: '25:00', endsAt: '7:00', title: '', place: 'x'.repeat(201) })
  assert.equal(res.statusCode, 422)
  const form = parsePage(res.body)
  assert.equal(textOf(form, '#e-day'), 'Ngày chưa đúng dạng ngày/tháng/năm (ví dụ 07/12/2026).')
  assert.equal(textOf(form, '#e-startsAt'), 'Giờ bắt đầu chưa đúng dạng giờ:phút (ví dụ 08:00 hoặc 14h30).')
  assert.equal(textOf(form, '#e-title'), 'Xin nhập nội dung.')
  assert.equal(textOf(form, '#e-place'), 'Địa điểm dài quá 200 ký tự.')
  assert.equal(form.querySelector('#f-presides')!.getAttribute('value'), CHAIR, 'what was typed comes back')
  const ends = await post(secretary, '/toa-soan/lich-cong-tac', { ...meeting, startsAt: '14:00', endsAt: '13:00' })
  assert.equal(textOf(parsePage(ends.body), '#e-endsAt'), 'Giờ kết thúc phải sau giờ bắt đầu.')
  const misshapen = await portal.app.inject({
    method: 'POST', url: '/toa-soan/lich-cong-tac', headers: { cookie: secretary, 'content-type': 'application/x-www-form-urlencoded' },
    payload: `_csrf=${await csrfOf(portal.app, secretary)}&title=a&title=b`,
  })
  assert.equal(misshapen.statusCode, 422)
  const noCsrf = await portal.app.inject({ method: 'POST', url: '/toa-soan/lich-cong-tac', headers: { cookie: secretary, 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(meeting).toString() })
  assert.equal(noCsrf.statusCode, 403)
  assert.equal(await count(), before)
})

test('a bad ?tuan= is a 400 in Vietnamese, not cached; a week of another year works', async () => {
  const bad = await page('/lich-cong-tac?tuan=tuan-sau')
  assert.equal(bad.status, 400)
  assert.equal(bad.res.headers['cache-control'], 'no-store')
  assert.match(textOf(bad.page, '[role=alert]'), /Tuần “tuan-sau” không đúng dạng/)
  assert.equal((await page('/lich-cong-tac?tuan=2026-W53')).status, 200)
  assert.equal((await page('/lich-cong-tac?tuan=2027-W53')).status, 400)
  assert.equal((await page('/lich-cong-tac?tuan=2026-W50&tuan=2026-W51')).status, 400)
})

test('the English page has the English interface and the same week', async () => {
  const { status, page: en } = await page('/en/work-calendar?week=2026-W50')
  assert.equal(status, 200)
  assert.equal(en.documentElement.getAttribute('lang'), 'en')
  assert.equal(textOf(en, 'h1'), 'Work calendar, week 50 (7 December 2026 – 13 December 2026)')
  assert.match(textOf(en, '#ngay-2026-12-10 .day-heading'), /^Thursday, 10 December 2026 Today$/)
  assert.equal(en.querySelector('a[rel=next]')!.getAttribute('href'), '/en/work-calendar?week=2026-W51')
  assert.deepEqual(allText(en, '.calendar-week thead th'), ['Time', 'Business', 'Chaired by', 'Attendees', 'Venue', 'Prepared by'])
})

test('the day turns at midnight in Viet Nam: Sunday 23:30 is still week 50, Monday 00:10 shows week 51', async () => {
  const local = new TestClock(new Date('2026-12-13T16:30:00Z'))
  const other = await buildTestPortal({ clock: local, sameDatabaseAs: portal })
  try {
    const sunday = parsePage((await other.app.inject('/lich-cong-tac')).body)
    assert.match(textOf(sunday, 'h1'), /tuần 50 /)
    assert.equal(sunday.querySelector('.is-today')!.id, 'ngay-2026-12-13')
    assert.ok(other.cache.get('/lich-cong-tac'), 'Sunday\'s page is kept')
    local.advance(40 * 60_000)
    await other.jobs.runNow('calendar.new-day')
    assert.equal(other.cache.get('/lich-cong-tac'), undefined, 'the new day purged it')
    const monday = parsePage((await other.app.inject('/lich-cong-tac')).body)
    assert.match(textOf(monday, 'h1'), /tuần 51 \(14\/12\/2026/)
    const cookie = (await signIn(other.app, 'thuky@example.vn')).cookie
    const newsroom = await other.app.inject({ url: '/toa-soan/lich-cong-tac', headers: { cookie } })
    assert.match(textOf(parsePage(newsroom.body), 'h1'), /tuần 51 /)
  } finally {
    await other.close()
  }
})

test('the iCalendar feeds read back by RFC 5545: published weeks only, stable UIDs, one feed per leader', async () => {
  assert.equal((await post(secretary, '/toa-soan/lich-cong-tac', { ...meeting, day: '15/12/2026', title: 'Mục tuần sau chưa duyệt' })).statusCode, 303)
  const res = await portal.app.inject('/lich-cong-tac/lich.ics')
  assert.equal(res.statusCode, 200)
  assert.equal(res.headers['content-type'], 'text/calendar; charset=utf-8')
  const calendar = readIcal(res.body)
  const events = calendar.components.filter((c) => c.name === 'VEVENT')
  const summaries = events.map((e) => unescapeText(propertyOf(e, 'SUMMARY')!.value))
  assert.deepEqual(summaries, ['Họp Ban Chỉ đạo Quy chế dân chủ ở cơ sở', 'Tiếp công dân định kỳ', 'Làm việc với Đoàn công tác Trung ương'])
  const [postponed, office] = events
  const id = await entryIdOf(meeting.title)
  assert.equal(propertyOf(postponed!, 'UID')!.value, `lich-cong-tac-${id}@danvan.example.vn`)
  assert.equal(propertyOf(postponed!, 'STATUS')!.value, 'CANCELLED')
  assert.deepEqual(propertyOf(office!, 'DTSTART'), { name: 'DTSTART', params: { TZID: 'Asia/Ho_Chi_Minh' }, value: '20261210T140000' })
  assert.equal(propertyOf(office!, 'DTEND'), undefined)
  assert.match(unescapeText(propertyOf(office!, 'DESCRIPTION')!.value), /^Chủ trì: Đồng chí Lê Thị Thu Hà, Phó Trưởng ban\nThành phần: Thành viên Ban Chỉ đạo/)
  assert.equal(propertyOf(calendar.components.find((c) => c.name === 'VTIMEZONE')!, 'TZID')!.value, 'Asia/Ho_Chi_Minh')
  assert.equal(readIcal((await portal.app.inject('/lich-cong-tac/lich.ics')).body).components.filter((c) => c.name === 'VEVENT').map((e) => propertyOf(e, 'UID')!.value).join(),
    events.map((e) => propertyOf(e, 'UID')!.value).join(), 'the same UIDs each time')

  const week = parsePage((await portal.app.inject('/lich-cong-tac?tuan=2026-W50')).body)
  const link = [...week.querySelectorAll('.calendar-feeds a')].find((a) => a.textContent === `Lịch của ${CHAIR}`)
  assert.ok(link, 'the page offers the chair\'s own feed')
  const own = readIcal((await portal.app.inject(link.getAttribute('href')!)).body)
  assert.deepEqual(own.components.filter((c) => c.name === 'VEVENT').map((e) => unescapeText(propertyOf(e, 'SUMMARY')!.value)),
    ['Họp Ban Chỉ đạo Quy chế dân chủ ở cơ sở', 'Làm việc với Đoàn công tác Trung ương'])
  assert.equal((await portal.app.inject('/lich-cong-tac/lanh-dao/khong-co-ai.ics')).statusCode, 404)
  assert.equal((await portal.app.inject('/lich-cong-tac/lanh-dao/..%2Fetc.ics')).statusCode, 404)
})
