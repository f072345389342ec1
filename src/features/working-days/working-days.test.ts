import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { localDate as d, type LocalDate } from './local-date.ts'
import { WorkingDays } from './working-days.ts'

// Deadlines counted on the calendar as shipped (migration 0014), read from the database.
let portal: TestPortal
let days: WorkingDays
before(async () => {
  portal = await buildTestPortal()
  days = await portal.workingDays.current()
})
after(() => portal.close())

const due = (signed: string, count: number) => portal.workingDays.addWorkingDays(d(signed), count)

test('a document signed on Friday 24/04/2026 is due on Wednesday 29/04/2026: Giỗ Tổ Hùng Vương falls on Sunday 26/04 and is made up on Monday 27/04', async () => {
  assert.equal(await due('2026-04-24', 2), '2026-04-29')
  assert.equal(await portal.workingDays.isWorkingDay(d('2026-04-27')), false)
  assert.equal(await portal.workingDays.isWorkingDay(d('2026-04-28')), true)
})

test('a document signed on Wednesday 29/04/2026 is due on Tuesday 05/05/2026: 30/04 and 01/05 are holidays, then a weekend', async () => {
  assert.equal(await due('2026-04-29', 2), '2026-05-05')
})

test('a citizen\'s question received on Wednesday 22/04/2026 is answered within ten working days, by Monday 11/05/2026', async () => {
  assert.equal(await due('2026-04-22', 10), '2026-05-11')
})

test('nothing is due during Tết Bính Ngọ: signed on Friday 13/02/2026, due on Tuesday 24/02/2026', async () => {
  assert.equal(await due('2026-02-13', 2), '2026-02-24')
  for (const day of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']) assert.equal(days.isWorkingDay(d(day)), false, day)
})

test('across the new year: signed on Wednesday 31/12/2025, due on Tuesday 06/01/2026 (1/1 holiday, Friday 2/1 swapped away)', async () => {
  assert.equal(await due('2025-12-31', 2), '2026-01-06')
})

test('across the next new year: signed on Thursday 31/12/2026, one working day later is Monday 04/01/2027', async () => {
  assert.equal(await due('2026-12-31', 1), '2027-01-04')
})

test('a worked Saturday counts: signed on Friday 09/01/2026, one working day later is Saturday 10/01/2026', async () => {
  assert.equal(await due('2026-01-09', 1), '2026-01-10')
  assert.equal(days.isWorkingDay(d('2026-08-22')), true, 'Saturday 22/08/2026 is worked for Monday 31/08')
  assert.equal(days.isWorkingDay(d('2026-08-29')), false, 'an ordinary Saturday is not')
})

test('Quốc khánh 2026: signed on Friday 28/08/2026, due on Friday 04/09/2026 (31/08 swapped, 01–02/09 holidays)', async () => {
  assert.equal(await due('2026-08-28', 2), '2026-09-04')
})

test('2027 as shipped: Tết Đinh Mùi on Saturday 06/02 is made up on 10–11/02, and 01/05 on Saturday on Monday 03/05', async () => {
  assert.equal(await due('2027-02-04', 1), '2027-02-12')
  assert.equal(await due('2027-04-29', 1), '2027-05-04')
  assert.equal(await due('2027-04-15', 1), '2027-04-19', 'Giỗ Tổ Friday 16/04/2027')
})

test('working days between two dates count the days after the first up to the second, and undo addWorkingDays', async () => {
  assert.equal(await portal.workingDays.workingDaysBetween(d('2026-04-24'), d('2026-04-29')), 2)
  assert.equal(days.workingDaysBetween(d('2026-04-24'), d('2026-04-24')), 0)
  assert.equal(days.workingDaysBetween(d('2026-04-29'), d('2026-04-24')), -2)
  assert.equal(days.workingDaysBetween(d('2026-02-13'), d('2026-02-22')), 0, 'the whole Tết break')
  for (let start = d('2026-12-20'), i = 0; i < 20; i++, start = d(nextDay(start))) {
    for (const n of [1, 2, 10]) assert.equal(days.workingDaysBetween(start, days.addWorkingDays(start, n)), n, `${start} + ${n}`)
  }
})

test('counting back undoes counting forward: two working days before Tuesday 28/04/2026 is Thursday 23/04/2026', () => {
  assert.equal(days.addWorkingDays(d('2026-04-28'), -2), '2026-04-23')
  assert.equal(days.addWorkingDays(d('2026-04-23'), 2), '2026-04-28')
  assert.equal(days.addWorkingDays(d('2026-04-26'), 0), '2026-04-26')
})

test('a year nobody entered counts weekends only, and says so', () => {
  assert.deepEqual([...days.yearsEntered].sort(), [2026, 2027])
  assert.equal(days.addWorkingDays(d('2028-01-28'), 2), '2028-02-01')
})

test('the day of an instant is the day in Hà Nội: signed at 00:30 on Friday 24/04/2026 local time (Thursday in UTC) is due Wednesday 29/04', async () => {
  assert.equal(await portal.workingDays.deadlineFrom(new Date('2026-04-23T17:30:00Z'), 2), '2026-04-29')
  assert.equal(await portal.workingDays.deadlineFrom(new Date('2026-04-23T16:59:00Z'), 2), '2026-04-28', '23:59 on Thursday is still Thursday')
})

test('dates that are not days are refused', () => {
  assert.throws(() => d('2026-02-30'))
  assert.throws(() => d('26-04-2026'))
  assert.throws(() => days.addWorkingDays(d('2026-04-24'), 1.5))
})

function nextDay(date: LocalDate): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
}
