import assert from 'node:assert/strict'
import { test } from 'node:test'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal } from '../../../test/support/test-portal.ts'
import { seedCalendarDemo } from './work-calendar-demo.ts'

test('the demo has this week published (one meeting moved, one postponed) and next week waiting for approval; a second seed adds nothing', async () => {
  const clock = new TestClock(new Date('2026-12-09T02:00:00Z'))
  const portal = await buildTestPortal({ seed: true, clock })
  try {
    const week = parsePage((await portal.app.inject('/lich-cong-tac')).body)
    assert.equal(week.querySelectorAll('.calendar-week .entry').length, 18)
    assert.deepEqual(allText(week, '.adjusted-mark'), ['Điều chỉnh', 'Điều chỉnh · Hoãn'])
    assert.deepEqual(allText(week, '.is-adjusted .was'), ['trước: 14:00 – 17:00', 'trước: Phòng họp tầng 2, trụ sở Ban'])
    assert.equal(week.querySelectorAll('.calendar-feeds a').length, 4, 'the whole calendar and three leaders')
    const next = parsePage((await portal.app.inject('/lich-cong-tac?tuan=2026-W51')).body)
    assert.equal(textOf(next, '.calendar-empty'), 'Lịch công tác tuần này chưa được công bố.')
    const waiting = await portal.db.selectFrom('calendar_weeks').select(['week', 'status']).orderBy('week').execute()
    assert.deepEqual(waiting, [{ week: '2026-W50', status: 'published' }, { week: '2026-W51', status: 'submitted' }])
    assert.equal(await seedCalendarDemo(portal.db, clock.now()), false)
  } finally {
    await portal.close()
  }
})
