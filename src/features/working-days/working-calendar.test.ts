import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { PORTAL_MODULES } from '../../modules.ts'
import { relayedEventsOf } from '../../platform/module-list.ts'
import { localDate as d } from './local-date.ts'
import { deleteDayException } from './working-day.repository.ts'

// Each instance keeps the calendar in memory; a change made through another instance reaches
// it as a relayed 'working-days.changed', or as 'instance.resync' when events may have been lost.
let portal: TestPortal
before(async () => {
  portal = await buildTestPortal()
})
after(() => portal.close())

test('the calendar is kept until another instance announces a change, then read again', async () => {
  assert.ok(relayedEventsOf(PORTAL_MODULES).has('working-days.changed'), 'the change travels to the other instances')
  assert.equal(await portal.workingDays.isWorkingDay(d('2026-08-31')), false)
  await deleteDayException(portal.db, d('2026-08-31'))
  assert.equal(await portal.workingDays.isWorkingDay(d('2026-08-31')), false, 'kept in memory: no query per question')
  portal.events.receive({ name: 'working-days.changed', payload: {} })
  assert.equal(await portal.workingDays.isWorkingDay(d('2026-08-31')), true)
})

test('a resync after lost events reads the calendar again', async () => {
  assert.equal(await portal.workingDays.isWorkingDay(d('2026-09-01')), false)
  await deleteDayException(portal.db, d('2026-09-01'))
  portal.events.emit('instance.resync', {})
  assert.equal(await portal.workingDays.isWorkingDay(d('2026-09-01')), true)
})
