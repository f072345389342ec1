import assert from 'node:assert/strict'
import { test } from 'node:test'
import { formatNewsroomDate, formatNewsroomTime, formatShortTime } from './time.ts'

test('times are shown in Asia/Ho_Chi_Minh, the Vietnamese way', () => {
  const instant = new Date('2021-01-15T02:30:00Z')
  assert.equal(formatNewsroomTime(instant), 'Thứ Sáu, 15/01/2021 09:30')
  assert.equal(formatNewsroomDate(instant), '15/01/2021')
  assert.equal(formatShortTime(instant), '09:30 15/01')
})

test('a UTC evening is already the next day in Vietnam', () => {
  assert.equal(formatNewsroomTime(new Date('2020-12-27T18:15:00Z')), 'Thứ Hai, 28/12/2020 01:15')
})

test('the arithmetic agrees with the time-zone database over decades of instants', () => {
  const reference = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  for (let t = Date.UTC(1976, 0, 1); t < Date.UTC(2040, 0, 1); t += 7_919_993_117) {
    const [date, time] = reference.format(new Date(t)).split(', ')
    assert.ok(formatNewsroomTime(new Date(t)).endsWith(`${date} ${time}`), new Date(t).toISOString())
  }
})
