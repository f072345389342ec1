import assert from 'node:assert/strict'
import { test } from 'node:test'
import { formatNewsroomDate, formatNewsroomTime, formatShortTime, newsroomTimeInput, parseNewsroomTime, typedNewsroomTime } from './time.ts'

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

test('a time typed in the newsroom (UTC+7) is kept as the instant; an impossible one is refused, not rolled over', () => {
  for (const typed of ['2026-12-07T17:00', '2026-12-07 17:00', '07/12/2026 17:00', '7/12/2026 17:00']) {
    assert.equal(parseNewsroomTime(typed)?.toISOString(), '2026-12-07T10:00:00.000Z', typed)
  }
  assert.equal(parseNewsroomTime('2026-12-08T03:30')?.toISOString(), '2026-12-07T20:30:00.000Z', 'before 07:00 is the day before in UTC')
  for (const bad of ['31/02/2026 10:00', '2026-12-07T24:00', '2026-13-01T10:00', '07/12/2026', 'mai 8 giờ', '']) assert.equal(parseNewsroomTime(bad), undefined, bad)
  const instant = new Date('2026-12-07T20:30:00Z')
  assert.equal(newsroomTimeInput(instant), '2026-12-08T03:30')
  assert.equal(typedNewsroomTime(instant), '08/12/2026 03:30')
  assert.equal(parseNewsroomTime(typedNewsroomTime(instant))?.getTime(), instant.getTime())
})
