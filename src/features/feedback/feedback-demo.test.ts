import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { allText, parsePage } from '../../../test/support/html.ts'
import { TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { seedFeedbackDemo } from './feedback-demo.ts'

// The demo: handled cases in the public record, one case past its due day, and a second load adds nothing.
const clock = new TestClock(new Date('2026-12-07T03:00:00Z'))
let portal: TestPortal

before(async () => { portal = await buildTestPortal({ clock }) })
after(() => portal.close())

test('the demo has handled cases in the record, one overdue, and loads once', async () => {
  assert.equal(await seedFeedbackDemo(portal.db, clock.now()), true)
  assert.equal(await seedFeedbackDemo(portal.db, clock.now()), false)
  const overdue = await portal.db.selectFrom('feedback').select('code').where('status', 'not in', ['resolved', 'not_competent']).where('due_on', '<', '2026-12-07').execute()
  assert.equal(overdue.length, 1)
  const handled = [
    ...allText(parsePage((await portal.app.inject('/phan-anh?thang=2026-11')).body), '.feedback-case'),
    ...allText(parsePage((await portal.app.inject('/phan-anh?thang=2026-12')).body), '.feedback-case'),
  ]
  assert.equal(handled.length, 3)
  assert.ok(handled.some((c) => /Người phản ánh: Trần Văn Bình/.test(c)), 'the one who agreed is named')
  assert.ok(handled.some((c) => /Người phản ánh: Người dân \(ẩn danh\)/.test(c)))
})
