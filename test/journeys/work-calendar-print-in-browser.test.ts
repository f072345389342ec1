import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'
import { insertEntry } from '../../src/features/work-calendar/calendar.repository.ts'
import { daysOfWeek } from '../../src/features/work-calendar/week.ts'
import { launchBrowser, screenshotPath, signInThroughForm } from '../support/browser.ts'
import { createUser, csrfOf, signIn, TestClock } from '../support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// Lịch công tác (issue 16): a secretary enters and sends a week, the approver publishes it, and
// a reader prints it from Chromium: a typical week of 25 entries is one A4 page.
// The clock: Wednesday 09/12/2026, 09:00 in Hà Nội (week 2026-W50).
const clock = new TestClock(new Date('2026-12-09T02:00:00Z'))
const WEEK = '2026-W50'
let portal: TestPortal
let base: string
let browser: Browser

before(async () => {
  portal = await buildTestPortal({ clock })
  base = await portal.listen()
  browser = await launchBrowser()
  await createUser(portal.db, 'secretary', 'thuky@example.vn')
  await createUser(portal.db, 'approver', 'lanhdao@example.vn')
})
after(async () => {
  await browser?.close()
  await portal.close()
})

const LEADERS = ['Đồng chí Hoàng Minh Tuấn, Trưởng ban', 'Đồng chí Lê Thị Thu Hà, Phó Trưởng ban Thường trực', 'Đồng chí Nguyễn Đức Long, Phó Trưởng ban']
const BUSINESS = [
  'Làm việc với Ban Dân vận Huyện ủy về kết quả thực hiện công tác dân vận chính quyền năm 2026',
  'Dự Hội nghị Ban Thường vụ Tỉnh ủy cho ý kiến về dự thảo Báo cáo chính trị',
  'Kiểm tra mô hình “Dân vận khéo” trong xây dựng nông thôn mới tại xã',
  'Họp Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh, đánh giá kết quả quý IV',
  'Tiếp công dân định kỳ theo Quy định 11-QĐi/TW',
]
// Who attends, as offices write it: from "Theo giấy mời" to a long list.
const ATTENDS = [
  'Lãnh đạo các phòng chuyên môn; đại diện Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể chính trị - xã hội',
  'Theo giấy mời', 'Lãnh đạo Ban; trưởng, phó các phòng', 'Phòng Dân vận chính quyền; Ban Dân vận Huyện ủy',
]
/** Monday 5, Tuesday 4, Wednesday 4, Thursday 5, Friday 4, Saturday 2, Sunday 1: 25 entries. */
const PER_DAY = [5, 4, 4, 5, 4, 2, 1]

test('a secretary sends the week, the approver publishes it, and a reader prints 25 entries on one A4 page', async () => {
  const days = daysOfWeek(WEEK)
  let n = 0
  for (const [weekday, count] of PER_DAY.entries()) {
    for (let i = 0; i < count - (weekday === 0 ? 1 : 0); i++, n++) {
      await insertEntry(portal.db, {
        day: days[weekday]!, startsAt: `${String(7 + i * 2).padStart(2, '0')}:30`, endsAt: i % 2 ? null : `${String(9 + i * 2).padStart(2, '0')}:00`,
        title: BUSINESS[n % BUSINESS.length]!, presides: LEADERS[n % LEADERS.length]!,
        attends: ATTENDS[n % ATTENDS.length]!,
        place: 'Phòng họp tầng 2, trụ sở Ban', preparingUnit: 'Phòng Dân vận chính quyền', notes: n % 6 === 0 ? 'Đề nghị các thành viên nghiên cứu tài liệu gửi kèm giấy mời.' : '',
      }, clock.now())
    }
  }

  // The 25th through the secretary's own form, then sent for approval from the week's screen.
  const desk = await browser.newPage()
  await signInThroughForm(desk, base, 'thuky@example.vn')
  await desk.goto(`${base}/toa-soan/lich-cong-tac?tuan=${WEEK}`)
  await desk.getByRole('link', { name: 'Thêm lịch' }).click()
  await desk.getByLabel('Giờ bắt đầu').fill('7:30')
  await desk.getByLabel('Nội dung').fill('Chào cờ đầu tuần; giao ban lãnh đạo Ban')
  await desk.getByLabel('Chủ trì').fill(LEADERS[0]!)
  await desk.getByLabel('Địa điểm').fill('Hội trường tầng 1')
  await desk.getByRole('button', { name: 'Lưu' }).click()
  await desk.waitForURL(`${base}/toa-soan/lich-cong-tac?tuan=${WEEK}`)
  assert.equal(await desk.locator('.calendar-entries tbody tr').count(), 25)
  await desk.getByRole('button', { name: 'Gửi duyệt' }).click()
  assert.equal(await desk.locator('.week-status').textContent(), 'Chờ duyệt')
  assert.equal(await desk.getByRole('button', { name: 'Duyệt và công bố' }).count(), 0, 'the secretary is not offered the approval')

  const approver = (await signIn(portal.app, 'lanhdao@example.vn')).cookie
  const approved = await portal.app.inject({
    method: 'POST', url: `/toa-soan/lich-cong-tac/tuan/${WEEK}/duyet`, headers: { cookie: approver, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: await csrfOf(portal.app, approver) }).toString(),
  })
  assert.equal(approved.statusCode, 303)

  const reader = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await reader.goto(`${base}/lich-cong-tac`)
  assert.equal(await reader.locator('.calendar-week .entry').count(), 25)
  assert.equal(await reader.locator('.is-today .today-mark').textContent(), 'Hôm nay')
  await reader.emulateMedia({ media: 'print' })
  assert.equal(await reader.locator('.calendar-weeks').isVisible(), false, 'the week links are not printed')
  assert.ok(await reader.locator('h1').isVisible())
  const pdf = await reader.pdf({ format: 'A4', path: screenshotPath('work-calendar-print').replace(/\.png$/, '.pdf') })
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []
  assert.equal(pages.length, 1, `the week printed on ${pages.length} pages`)
  assert.match(pdf.toString('latin1'), /\/MediaBox\s*\[0 0 59[56](\.\d+)? 84[12](\.\d+)?\]/, 'an A4 page')
  await reader.close()
  await desk.close()
})
