import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { dayNumber, fromDayNumber, localDate as d, weekdayOf } from './local-date.ts'
import { newMoonDaysBetween } from './new-moons.test-support.ts'
import { listDayExceptions } from './working-day.repository.ts'
import type { DayException } from './working-days.ts'

// The shipped 2026–2027 calendar (migration 0014) checked against the Labour Code's rules and
// against the moon, so that a typo in a date does not quietly move a legal deadline.
let portal: TestPortal
let shipped: DayException[]
before(async () => {
  portal = await buildTestPortal()
  shipped = await listDayExceptions(portal.db)
})
after(() => portal.close())

const named = (text: string, year: number) => shipped.filter((e) => e.name.includes(text) && e.day.startsWith(String(year))).map((e) => e.day)

/** The lunar year's first day: the new moon between 21 January and 20 February. */
function lunarNewYear(year: number): number {
  const [tet, ...others] = newMoonDaysBetween(dayNumber(d(`${year}-01-21`)), dayNumber(d(`${year}-02-20`)))
  assert.equal(others.length, 0)
  return tet!
}

for (const [year, tet, ancestors] of [[2026, '2026-02-17', '2026-04-26'], [2027, '2027-02-06', '2027-04-16']] as const) {
  test(`Tết ${year} is on ${tet} and Giỗ Tổ Hùng Vương (10/3 lunar) on ${ancestors}, as the new moons in Hà Nội give them`, () => {
    const first = lunarNewYear(year)
    assert.equal(fromDayNumber(first), tet)
    const [month2, month3, month4] = newMoonDaysBetween(first + 1, first + 100)
    // No leap month among months 1 and 2: each holds its principal solar term (Vũ Thủy about
    // 19 February, Xuân Phân about 20 March, ±1 day), so the third new moon begins month 3.
    assert.ok(first <= dayNumber(d(`${year}-02-18`)) && month2! > dayNumber(d(`${year}-02-20`)), 'month 1 holds Vũ Thủy')
    assert.ok(month2! <= dayNumber(d(`${year}-03-19`)) && month3! > dayNumber(d(`${year}-03-21`)), 'month 2 holds Xuân Phân')
    assert.ok(month4! > month3!)
    assert.equal(fromDayNumber(month3! + 9), ancestors)
    assert.deepEqual(named('Giỗ Tổ Hùng Vương (10/3', year), [ancestors])
    assert.ok(named('mùng 1', year).includes(d(tet)))
    const lastOfYear = newMoonDaysBetween(first - 31, first - 1)
    assert.equal(first - lastOfYear[0]!, 29, 'the day before Tết is 29 tháng Chạp, as the names say')
  })
}

test('each year has the Labour Code\'s eleven holidays: 1/1, five of Tết, Giỗ Tổ, 30/4, 1/5 and two of Quốc khánh', () => {
  for (const year of [2026, 2027]) {
    const holidays = shipped.filter((e) => e.kind === 'holiday' && e.day.startsWith(String(year))).map((e) => e.day.slice(5))
    assert.equal(holidays.length, 11, String(year))
    for (const fixed of ['01-01', '04-30', '05-01', '09-02']) assert.ok(holidays.includes(fixed), `${year}-${fixed}`)
    assert.equal(named('Tết Nguyên Đán (', year).filter((day) => shipped.find((e) => e.day === day)!.kind === 'holiday').length, 5)
    const national = holidays.filter((h) => h.startsWith('09-'))
    assert.ok(national.includes('09-01') || national.includes('09-03'), 'Quốc khánh and one day before or after')
  }
})

test('every day off moved is a weekday and every worked day a weekend day; a weekend holiday has its day off in lieu', () => {
  for (const e of shipped) {
    const weekend = weekdayOf(e.day) === 0 || weekdayOf(e.day) === 6
    if (e.kind === 'day-off') assert.ok(!weekend, e.day)
    if (e.kind === 'worked-day') assert.ok(weekend, e.day)
    assert.equal(e.addedBy, null)
  }
  const daysOff = shipped.filter((e) => e.kind === 'day-off').length
  const weekendHolidays = shipped.filter((e) => e.kind === 'holiday' && [0, 6].includes(weekdayOf(e.day))).length
  const swaps = shipped.filter((e) => e.kind === 'worked-day').length
  assert.equal(daysOff, weekendHolidays + swaps, 'one day off for each weekend holiday and each swap')
})
