import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { ReaderMarks, vietnamDay } from './reader-mark.ts'

let portal: TestPortal
before(async () => {
  portal = await buildTestPortal()
})
after(() => portal.close())

const DAY = 24 * 60 * 60 * 1000
const reader = { ip: '203.0.113.5', userAgent: 'Trình duyệt thử' }

test('the day is Viet Nam\'s: 23:30 UTC is already the next day there', () => {
  assert.equal(vietnamDay(new Date('2026-12-06T16:59:00Z')), '2026-12-06')
  assert.equal(vietnamDay(new Date('2026-12-06T17:00:00Z')), '2026-12-07')
})

test('a mark is the same for one reader and item all day, on every instance, and never holds the address', async () => {
  const now = new Date('2026-12-07T02:00:00Z')
  const one = await new ReaderMarks(portal.db).mark(reader, 'rating:article:1', now)
  const other = await new ReaderMarks(portal.db).mark(reader, 'rating:article:1', new Date(now.getTime() + 10 * 60 * 60 * 1000))
  assert.deepEqual(other, one)
  assert.doesNotMatch(one.mark, /203|0\.113/)
  assert.notEqual((await new ReaderMarks(portal.db).mark(reader, 'rating:article:2', now)).mark, one.mark)
  assert.notEqual((await new ReaderMarks(portal.db).mark({ ...reader, ip: '203.0.113.6' }, 'rating:article:1', now)).mark, one.mark)
})

test('each day has its own random key, and a key is gone two days later, so old marks cannot be remade', async () => {
  const marks = new ReaderMarks(portal.db)
  const start = new Date('2026-12-10T02:00:00Z')
  const first = await marks.mark(reader, 'survey', start)
  const next = await marks.mark(reader, 'survey', new Date(start.getTime() + DAY))
  assert.notEqual(next.mark, first.mark)
  await marks.mark(reader, 'survey', new Date(start.getTime() + 3 * DAY))
  const days = (await portal.db.selectFrom('reader_mark_keys').select('day').orderBy('day').execute()).map((r) => r.day)
  assert.ok(!days.includes('2026-12-10'), days.join(', '))
  assert.ok(days.includes('2026-12-13'))
})
