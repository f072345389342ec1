import assert from 'node:assert/strict'
import { test } from 'node:test'
import { daysOfWeek, isWeek, readWeek, shiftWeek, weekOf, weekOfDay } from './week.ts'

test('a week runs Monday to Sunday in Viet Nam: Sunday 23:30 is still its week, Monday 00:10 the next', () => {
  // Sunday 13/12/2026 23:30 in Hà Nội is 16:30 UTC; Monday 14/12 00:10 is 17:10 UTC on the Sunday.
  assert.equal(weekOf(new Date('2026-12-13T16:30:00Z')), '2026-W50')
  assert.equal(weekOf(new Date('2026-12-13T17:10:00Z')), '2026-W51')
  assert.deepEqual(daysOfWeek('2026-W50'), ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13'])
})

test('weeks at the turn of the year follow ISO 8601: 2026 has a week 53, 2027 does not', () => {
  assert.equal(weekOfDay('2026-12-31'), '2026-W53')
  assert.equal(weekOfDay('2027-01-03'), '2026-W53')
  assert.equal(weekOfDay('2027-01-04'), '2027-W01')
  assert.equal(weekOfDay('2025-12-29'), '2026-W01')
  assert.equal(shiftWeek('2026-W53', 1), '2027-W01')
  assert.equal(shiftWeek('2027-W01', -1), '2026-W53')
  assert.ok(isWeek('2026-W53'))
  assert.ok(!isWeek('2027-W53'))
})

test('?tuan= takes a week or a day, and refuses anything else', () => {
  assert.equal(readWeek('2026-w49'), '2026-W49')
  assert.equal(readWeek('2026-12-07'), '2026-W50')
  assert.equal(readWeek('7/12/2026'), '2026-W50')
  for (const bad of ['2026-W54', '2026-02-30', 'tuần này', '', '2026-W00', '9999-12-01']) assert.equal(readWeek(bad), undefined, bad)
})
