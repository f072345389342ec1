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
