import assert from 'node:assert/strict'
import { test } from 'node:test'
import { icalendar, type IcalEvent } from './ical.ts'
import { propertyOf, readIcal, unescapeText } from '../../../test/support/ical.ts'

const event: IcalEvent = {
  uid: 'lich-cong-tac-7@danvan.example.vn', day: '2026-12-07', startsAt: '08:00', endsAt: '11:30',
  summary: 'Hội nghị sơ kết; đánh giá công tác dân vận, quý IV\\2026',
  location: 'Hội trường A, Trụ sở Tỉnh ủy',
  description: 'Chủ trì: Đồng chí Nguyễn Văn An, Trưởng ban\nThành phần: Lãnh đạo các phòng, đơn vị trực thuộc Ban; đại diện Mặt trận Tổ quốc tỉnh và các đoàn thể chính trị - xã hội',
  url: 'https://danvan.example.vn/lich-cong-tac?tuan=2026-W50', cancelled: false, lastModified: new Date('2026-12-04T02:00:00Z'),
}

test('a calendar reads back by RFC 5545: CRLF, folds, one time zone, each field as written', () => {
  const text = icalendar({ name: 'Lịch công tác, Ban Dân vận', productId: '-//Toa Soan//Lich cong tac//VI', events: [event, { ...event, uid: 'x@y', endsAt: null, cancelled: true }], stamp: new Date('2026-12-05T03:04:05Z') })
  const calendar = readIcal(text)
  assert.equal(calendar.name, 'VCALENDAR')
  assert.equal(propertyOf(calendar, 'VERSION')?.value, '2.0')
  const zone = calendar.components.find((c) => c.name === 'VTIMEZONE')!
  assert.equal(propertyOf(zone, 'TZID')?.value, 'Asia/Ho_Chi_Minh')
  assert.equal(propertyOf(zone.components[0]!, 'TZOFFSETTO')?.value, '+0700')
  const [first, second] = calendar.components.filter((c) => c.name === 'VEVENT')
  assert.equal(propertyOf(first!, 'UID')?.value, event.uid)
  assert.equal(propertyOf(first!, 'DTSTAMP')?.value, '20261205T030405Z')
  assert.deepEqual(propertyOf(first!, 'DTSTART'), { name: 'DTSTART', params: { TZID: 'Asia/Ho_Chi_Minh' }, value: '20261207T080000' })
  assert.equal(propertyOf(first!, 'DTEND')?.value, '20261207T113000')
  assert.equal(unescapeText(propertyOf(first!, 'SUMMARY')!.value), event.summary)
  assert.equal(unescapeText(propertyOf(first!, 'LOCATION')!.value), event.location)
  assert.equal(unescapeText(propertyOf(first!, 'DESCRIPTION')!.value), event.description)
  assert.equal(propertyOf(first!, 'STATUS')?.value, 'CONFIRMED')
  assert.equal(propertyOf(second!, 'DTEND'), undefined, 'no end time: none invented')
  assert.equal(propertyOf(second!, 'STATUS')?.value, 'CANCELLED')
  assert.equal(unescapeText(propertyOf(calendar, 'X-WR-CALNAME')!.value), 'Lịch công tác, Ban Dân vận')
})
