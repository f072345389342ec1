import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { localDate as d } from './local-date.ts'

let portal: TestPortal
const who: Record<'admin' | 'editor', string> = { admin: '', editor: '' }
const S = '/toa-soan/quan-tri/ngay-lam-viec'

before(async () => {
  portal = await buildTestPortal({ clock: new TestClock(new Date('2026-12-04T02:00:00Z')) })
  await createUser(portal.db, 'administrator', 'quantri@example.vn')
  await createUser(portal.db, 'editor', 'bientap@example.vn')
  who.admin = (await signIn(portal.app, 'quantri@example.vn')).cookie
  who.editor = (await signIn(portal.app, 'bientap@example.vn')).cookie
})
after(() => portal.close())

const get = (url: string, as: keyof typeof who = 'admin') => portal.app.inject({ method: 'GET', url, headers: { cookie: who[as] } })
async function post(url: string, fields: Record<string, string> = {}, as: keyof typeof who = 'admin') {
  return portal.app.inject({
    method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: who[as] },
    payload: new URLSearchParams({ _csrf: await csrfOf(portal.app, who[as]), ...fields }).toString(),
  })
}
const audited = async (action: string) => portal.db.selectFrom('audit_log').select(['item_id', 'details', 'user_id']).where('action', '=', action).execute()
const rows = async (year: number) => allText(parsePage((await get(`${S}?nam=${year}`)).body), '.working-days tbody td:nth-child(1)')

test('only an administrator sees or changes the calendar; a signed-out visitor is sent to sign in', async () => {
  assert.equal((await get(S, 'editor')).statusCode, 403)
  assert.equal((await post(S, { day: '2027-11-24', kind: 'holiday', name: 'Ngày Văn hóa Việt Nam' }, 'editor')).statusCode, 403)
  assert.equal((await post(`${S}/2026-04-27/xoa`, {}, 'editor')).statusCode, 403)
  const anonymous = await portal.app.inject(S)
  assert.equal(anonymous.statusCode, 303)
  assert.match(String(anonymous.headers.location), /^\/toa-soan\/dang-nhap/)
  const forged = await portal.app.inject({ method: 'POST', url: S, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: who.admin }, payload: 'day=2027-11-24&kind=holiday&name=X' })
  assert.equal(forged.statusCode, 403, 'no CSRF token, no change')
  assert.equal((await audited('working-day.add')).length, 0)
})

test('the screen lists this year\'s shipped days in Vietnamese, and is linked from Quản trị', async () => {
  const doc = parsePage((await get(S)).body)
  assert.match(textOf(doc, 'h1'), /năm 2026/, 'the year it is in Hà Nội by the portal clock')
  const row = doc.querySelector('tr[data-day="2026-04-27"]')!
  assert.deepEqual(allText(row, 'td').slice(0, 5), ['27/04/2026', 'Thứ Hai', 'Ngày nghỉ bù, hoán đổi', 'Nghỉ bù Giỗ Tổ Hùng Vương (rơi vào Chủ nhật)', 'Có sẵn'])
  assert.equal(doc.querySelector('tr[data-day="2026-01-10"]')!.getAttribute('data-kind'), 'worked-day')
  assert.ok(allText(parsePage((await get('/toa-soan/quan-tri')).body), '.site-admin-screens a').includes('Ngày làm việc'))
  assert.ok(parsePage((await get(`${S}?nam=2028`)).body).querySelector('#chua-co-lich'), 'a year without entries is pointed out')
  assert.match(textOf(parsePage((await get(`${S}?nam=0001`)).body), 'h1'), /năm 2026/, 'a year out of range shows this year')
})

test('an administrator\'s new holiday changes deadlines at once, and is audited', async () => {
  // Ngày Văn hóa Việt Nam (24/11) is not law when shipped; an administrator adds it once it is.
  assert.equal(await portal.workingDays.addWorkingDays(d('2027-11-23'), 1), '2027-11-24', 'read (and kept) before the change')
  const res = await post(S, { day: '24/11/2027', kind: 'holiday', name: 'Ngày Văn hóa Việt Nam' })
  assert.equal(res.statusCode, 303)
  assert.equal(res.headers.location, `${S}?nam=2027`)
  assert.equal(await portal.workingDays.addWorkingDays(d('2027-11-23'), 1), '2027-11-25')
  assert.ok((await rows(2027)).includes('24/11/2027'))
  const [entry] = await audited('working-day.add')
  assert.equal(entry!.item_id, '2027-11-24')
  assert.deepEqual(JSON.parse(entry!.details), { kind: 'holiday', name: 'Ngày Văn hóa Việt Nam' })
})

test('removing a shipped day off gives the day back, and a worked Saturday added later counts', async () => {
  assert.equal(await portal.workingDays.addWorkingDays(d('2026-04-24'), 2), '2026-04-29')
  assert.equal((await post(`${S}/2026-04-27/xoa`)).statusCode, 303)
  assert.equal(await portal.workingDays.addWorkingDays(d('2026-04-24'), 2), '2026-04-28')
  assert.ok(!(await rows(2026)).includes('27/04/2026'))
  assert.deepEqual(JSON.parse((await audited('working-day.remove'))[0]!.details), { kind: 'day-off', name: 'Nghỉ bù Giỗ Tổ Hùng Vương (rơi vào Chủ nhật)', shipped: true })

  assert.equal((await post(S, { day: '2027-02-20', kind: 'worked-day', name: 'Làm bù cho thứ Sáu 12/02' })).statusCode, 303)
  assert.equal(await portal.workingDays.addWorkingDays(d('2027-02-19'), 1), '2027-02-20')
  assert.equal((await post(`${S}/2031-01-01/xoa`)).statusCode, 404, 'a date with no entry')
  assert.equal((await post(`${S}/khong-phai-ngay/xoa`)).statusCode, 404)
})

test('the form is checked on the server, every problem reported in Vietnamese beside its field, nothing saved', async () => {
  const before = (await audited('working-day.add')).length
  const cases: [Record<string, string>, Record<string, RegExp>][] = [
    [{ day: '', kind: 'phép', name: '' }, { day: /^Xin nhập ngày\.$/, kind: /Xin chọn loại ngày/, name: /Xin nhập tên ngày/ }],
    [{ day: '30/02/2027', kind: 'holiday', name: 'Ngày lạ' }, { day: /Ngày không hợp lệ/ }],
    [{ day: '1899-01-02', kind: 'holiday', name: 'Xưa quá' }, { day: /từ năm 2000 đến năm 2100/ }],
    [{ day: '2027-03-03', kind: 'worked-day', name: 'Làm bù' }, { day: /03\/03\/2027 không phải thứ Bảy hay Chủ nhật/ }],
    [{ day: '2027-03-06', kind: 'day-off', name: 'Nghỉ bù' }, { day: /06\/03\/2027 là ngày nghỉ cuối tuần/ }],
    [{ day: '2027-03-03', kind: 'holiday', name: 'x'.repeat(151) }, { name: /dài quá 150 ký tự/ }],
    [{ day: '2026-09-02', kind: 'holiday', name: 'Quốc khánh lần hai' }, { day: /Ngày 02\/09\/2026 đã có trong lịch \(ngày lễ, tết: “Quốc khánh”\)/ }],
  ]
  for (const [fields, messages] of cases) {
    const res = await post(S, fields)
    assert.equal(res.statusCode, 422, JSON.stringify(fields))
    const doc = parsePage(res.body)
    for (const [field, message] of Object.entries(messages)) assert.match(textOf(doc, `#e-${field}`), message, `${field} of ${JSON.stringify(fields)}`)
    assert.equal(doc.querySelector('#f-name')!.getAttribute('value'), fields.name, 'what was typed is kept')
  }
  assert.equal((await audited('working-day.add')).length, before)
  assert.equal(await portal.workingDays.isWorkingDay(d('2027-03-03')), true)
})
