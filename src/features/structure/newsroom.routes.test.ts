import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { jpegOf, uploadImage } from '../../../test/support/media.ts'
import { createUser, csrfOf, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { listPeople, listUnits } from './structure.repository.ts'

// The newsroom's structure screen (/toa-soan/co-cau), on both databases: units and people made
// and changed through the forms, with their history, and who may reach it.

const MINUTE = 60_000

async function post(portal: TestPortal, cookie: string, url: string, fields: Record<string, string>) {
  const payload = new URLSearchParams({ _csrf: await csrfOf(portal.app, cookie), ...fields }).toString()
  return portal.app.inject({ method: 'POST', url, payload, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' } })
}

const unitOf = async (portal: TestPortal, name: string) => (await listUnits(portal.db)).find((u) => u.name === name)!
const personOf = async (portal: TestPortal, name: string) => (await listPeople(portal.db)).find((p) => p.name === name)!

describe('the structure screen', () => {
  let portal: TestPortal
  let admin: string
  const clock = new TestClock()
  before(async () => {
    portal = await buildTestPortal({ clock })
    await createUser(portal.db, 'administrator', 'quantri@example.vn')
    admin = (await signIn(portal.app, 'quantri@example.vn')).cookie
  })
  after(() => portal.close())

  test('an administrator adds units in a tree and people; functions are sanitised; the audit log reads in words', async () => {
    assert.match((await portal.app.inject({ url: '/toa-soan', headers: { cookie: admin } })).body, /href="\/toa-soan\/co-cau"/)
    const root = await post(portal, admin, '/toa-soan/co-cau/don-vi', { kind: 'co-quan', name: 'Ban Dân vận Tỉnh ủy', hotline: '0234 3822 999', email: 'bdv@example.gov.vn', functionsHtml: '<p>Tham mưu <script>alert(1)</script><b onclick="x()">dân vận</b></p>' })
    assert.equal(root.statusCode, 303, root.body.slice(0, 800))
    const ban = await unitOf(portal, 'Ban Dân vận Tỉnh ủy')
    assert.equal(ban.functionsHtml.includes('script'), false)
    assert.equal(ban.functionsHtml.includes('onclick'), false)
    assert.match(ban.functionsHtml, /dân vận/)
    for (const name of ['Phòng Dân vận chính quyền', 'Phòng Đoàn thể']) {
      assert.equal((await post(portal, admin, '/toa-soan/co-cau/don-vi', { kind: 'phong', name, parentId: String(ban.id) })).statusCode, 303)
    }
    const phong = await unitOf(portal, 'Phòng Dân vận chính quyền')
    assert.equal(phong.parentId, ban.id)
    const added = await post(portal, admin, '/toa-soan/co-cau/nguoi', { name: 'Nguyễn Văn An', title: 'Phó Trưởng phòng', unitId: String(phong.id), since: '03/2022', email: 'nvan@example.gov.vn', leader: '1' })
    assert.equal(added.statusCode, 303, added.body.slice(0, 800))
    const log = parsePage((await portal.app.inject({ url: '/toa-soan/nhat-ky?hanh-dong=org-person.create', headers: { cookie: admin } })).body)
    assert.equal(textOf(log, '.audit-log tbody .audit-sentence'), 'Người dùng administrator đã thêm cán bộ «Nguyễn Văn An»')
    const screen = parsePage((await portal.app.inject({ url: '/toa-soan/co-cau', headers: { cookie: admin } })).body)
    assert.deepEqual(allText(screen, 'table.org-units tbody tr td:first-child'), ['Ban Dân vận Tỉnh ủy', '— Phòng Dân vận chính quyền', '— Phòng Đoàn thể'])
  })

  test('a new title keeps the old one in the history, ended the day the new one starts', async () => {
    const an = await personOf(portal, 'Nguyễn Văn An')
    const promoted = await post(portal, admin, `/toa-soan/co-cau/nguoi/${an.id}`, { name: an.name, title: 'Trưởng phòng', unitId: String(an.unitId), since: '03/2024', email: an.email, leader: '1' })
    assert.equal(promoted.statusCode, 303, promoted.body.slice(0, 800))
    const after = await personOf(portal, 'Nguyễn Văn An')
    assert.deepEqual(after.posts.map((p) => [p.title, p.fromOn, p.untilOn]), [['Phó Trưởng phòng', '2022-03-01', '2024-03-01'], ['Trưởng phòng', '2024-03-01', null]])
    const page = parsePage((await portal.app.inject('/co-cau-to-chuc')).body)
    assert.match(textOf(page, '.org-person'), /Trưởng phòng từ 03\/2024/)
    assert.match(textOf(page, '.org-earlier'), /Phó Trưởng phòng, Phòng Dân vận chính quyền \(03\/2022 – 03\/2024\)/)
    const backwards = await post(portal, admin, `/toa-soan/co-cau/nguoi/${an.id}`, { name: an.name, title: 'Chuyên viên', unitId: String(an.unitId), since: '01/2023' })
    assert.equal(backwards.statusCode, 422)
    assert.match(textOf(parsePage(backwards.body), '#e-since'), /phải bắt đầu sau chức vụ hiện tại/)
  })

  test('a person\'s photo is an image of the media library, shown on the chart and in the vCard', async () => {
    const image = await uploadImage(portal, { cookie: admin, csrf: await csrfOf(portal.app, admin) }, await jpegOf(400, 400))
    const an = await personOf(portal, 'Nguyễn Văn An')
    const values = { name: an.name, title: an.title, unitId: String(an.unitId), since: '03/2024', email: an.email, leader: '1' }
    assert.equal((await post(portal, admin, `/toa-soan/co-cau/nguoi/${an.id}`, { ...values, photoId: String(image.id) })).statusCode, 303)
    const src = parsePage((await portal.app.inject('/co-cau-to-chuc')).body).querySelector('.org-person img.org-photo')?.getAttribute('src')
    assert.ok(src?.startsWith('/media/'), String(src))
    assert.equal((await portal.app.inject(src!)).statusCode, 200)
    assert.match((await portal.app.inject(`/co-cau-to-chuc/danh-ba/${an.id}.vcf`)).body, /\r\nPHOTO:http[^\r]+\/media\//)
    assert.equal((await personOf(portal, 'Nguyễn Văn An')).posts.length, 2, 'the same title and since: no new post')
  })

  test('a unit renamed, then another merged into it, on their dates: people move with the history kept', async () => {
    const doan = await unitOf(portal, 'Phòng Đoàn thể')
    assert.equal((await post(portal, admin, '/toa-soan/co-cau/nguoi', { name: 'Trương Công Định', title: 'Chuyên viên', unitId: String(doan.id), since: '04/2016' })).statusCode, 303)
    const phong = await unitOf(portal, 'Phòng Dân vận chính quyền')
    const renamed = await post(portal, admin, `/toa-soan/co-cau/don-vi/${phong.id}/thay-doi`, { change: 'rename', onDate: '01/03/2025', newName: 'Phòng Dân vận chính quyền và Đoàn thể' })
    assert.equal(renamed.statusCode, 303, renamed.body.slice(0, 800))
    const merged = await post(portal, admin, `/toa-soan/co-cau/don-vi/${doan.id}/thay-doi`, { change: 'merge', onDate: '01/03/2025', intoId: String(phong.id) })
    assert.equal(merged.statusCode, 303, merged.body.slice(0, 800))
    const gone = await unitOf(portal, 'Phòng Đoàn thể')
    assert.deepEqual([gone.status, gone.endedOn, gone.mergedIntoId], ['merged', '2025-03-01', phong.id])
    const dinh = await personOf(portal, 'Trương Công Định')
    assert.equal(dinh.unitId, phong.id)
    assert.deepEqual(dinh.posts.map((p) => [p.unitName, p.fromOn, p.untilOn]), [['Phòng Đoàn thể', '2016-04-01', '2025-03-01'], ['Phòng Dân vận chính quyền và Đoàn thể', '2025-03-01', null]])
    const page = parsePage((await portal.app.inject('/co-cau-to-chuc')).body)
    const history = allText(page, '.org-history li')
    assert.ok(history.includes('Ngày 01/03/2025: đổi tên từ «Phòng Dân vận chính quyền» thành «Phòng Dân vận chính quyền và Đoàn thể».'), history.join(' | '))
    assert.ok(history.includes('Ngày 01/03/2025: «Phòng Đoàn thể» sáp nhập vào «Phòng Dân vận chính quyền và Đoàn thể».'), history.join(' | '))
    assert.ok(!allText(page, '.org-unit-name').includes('Phòng Đoàn thể'), 'the merged unit is no longer in the chart')
    const screen = parsePage((await portal.app.inject({ url: '/toa-soan/co-cau', headers: { cookie: admin } })).body)
    assert.match(textOf(screen, 'table.org-units'), /Đã sáp nhập vào «Phòng Dân vận chính quyền và Đoàn thể» từ 01\/03\/2025/)
  })

  test('a unit with people cannot be dissolved or deleted; an empty one is dissolved on its date', async () => {
    const phong = await unitOf(portal, 'Phòng Dân vận chính quyền và Đoàn thể')
    const refused = await post(portal, admin, `/toa-soan/co-cau/don-vi/${phong.id}/thay-doi`, { change: 'dissolve', onDate: '01/07/2025' })
    assert.equal(refused.statusCode, 422)
    assert.match(textOf(parsePage(refused.body), '#e-change'), /còn 2 cán bộ/)
    const deletion = await post(portal, admin, `/toa-soan/co-cau/don-vi/${phong.id}/xoa`, {})
    assert.equal(deletion.statusCode, 409)
    assert.match(textOf(parsePage(deletion.body), '#thong-bao'), /Không xóa được/)
    const ban = await unitOf(portal, 'Ban Dân vận Tỉnh ủy')
    assert.equal((await post(portal, admin, '/toa-soan/co-cau/don-vi', { kind: 'trung-tam', name: 'Trung tâm Thông tin', parentId: String(ban.id) })).statusCode, 303)
    const centre = await unitOf(portal, 'Trung tâm Thông tin')
    assert.equal((await post(portal, admin, `/toa-soan/co-cau/don-vi/${centre.id}/thay-doi`, { change: 'dissolve', onDate: '31/02/2025' })).statusCode, 422, 'no 31 February')
    assert.equal((await post(portal, admin, `/toa-soan/co-cau/don-vi/${centre.id}/thay-doi`, { change: 'dissolve', onDate: '01/07/2025' })).statusCode, 303)
    assert.deepEqual([(await unitOf(portal, 'Trung tâm Thông tin')).status, (await unitOf(portal, 'Trung tâm Thông tin')).endedOn], ['dissolved', '2025-07-01'])
    assert.match(textOf(parsePage((await portal.app.inject('/co-cau-to-chuc')).body), '.org-history'), /Ngày 01\/07\/2025: «Trung tâm Thông tin» giải thể\./)
  })

  test('every bad field is named beside it in Vietnamese and nothing is saved', async () => {
    const before = (await listUnits(portal.db)).length
    const refused = await post(portal, admin, '/toa-soan/co-cau/don-vi', { kind: 'tinh', name: '', parentId: '99999', email: 'khong-phai-thu', phone: 'gọi tôi', startedOn: '32/13/2025' })
    assert.equal(refused.statusCode, 422)
    const page = parsePage(refused.body)
    assert.match(textOf(page, '#e-kind'), /loại đơn vị/)
    assert.match(textOf(page, '#e-name'), /Xin nhập tên đơn vị/)
    assert.match(textOf(page, '#e-parentId'), /đơn vị cấp trên/)
    assert.match(textOf(page, '#e-email'), /chưa đúng dạng/)
    assert.match(textOf(page, '#e-phone'), /chữ số/)
    assert.match(textOf(page, '#e-startedOn'), /ngày\/tháng\/năm/)
    assert.equal((await listUnits(portal.db)).length, before)
    const ban = await unitOf(portal, 'Ban Dân vận Tỉnh ủy')
    const loop = await post(portal, admin, `/toa-soan/co-cau/don-vi/${ban.id}`, { kind: 'co-quan', name: ban.name, parentId: String((await unitOf(portal, 'Phòng Dân vận chính quyền và Đoàn thể')).id) })
    assert.match(textOf(parsePage(loop.body), '#e-parentId'), /trực thuộc/)
    const person = await post(portal, admin, '/toa-soan/co-cau/nguoi', { name: 'Ai Đó', title: '', unitId: String((await unitOf(portal, 'Phòng Đoàn thể')).id), since: 'hôm qua', photoId: '424242' })
    const errors = parsePage(person.body)
    assert.match(textOf(errors, '#e-title'), /chức vụ/)
    assert.match(textOf(errors, '#e-unitId'), /Xin chọn đơn vị/, 'a merged unit takes no one')
    assert.match(textOf(errors, '#e-since'), /tháng\/năm/)
    assert.match(textOf(errors, '#e-photoId'), /thư viện ảnh/)
  })

  test('the English list shows what lacks a translation and what was changed in Vietnamese after it', async () => {
    const ban = await unitOf(portal, 'Ban Dân vận Tỉnh ủy')
    const values = { kind: 'co-quan', name: ban.name, hotline: ban.hotline, email: ban.email, functionsHtml: ban.functionsHtml }
    let screen = parsePage((await portal.app.inject({ url: '/toa-soan/co-cau', headers: { cookie: admin } })).body)
    assert.ok(allText(screen, '.needs-translation li').includes('Cần dịch: Đơn vị Ban Dân vận Tỉnh ủy'))
    assert.equal((await post(portal, admin, `/toa-soan/co-cau/don-vi/${ban.id}`, { ...values, nameEn: 'Mass Mobilisation Commission', functionsEnHtml: '<p>Advises on mass mobilisation.</p>' })).statusCode, 303)
    screen = parsePage((await portal.app.inject({ url: '/toa-soan/co-cau', headers: { cookie: admin } })).body)
    assert.ok(!allText(screen, '.needs-translation li').some((l) => l.includes('Ban Dân vận Tỉnh ủy')))
    clock.advance(MINUTE)
    assert.equal((await post(portal, admin, `/toa-soan/co-cau/don-vi/${ban.id}`, { ...values, functionsHtml: '<p>Tham mưu, giúp việc Tỉnh ủy.</p>', nameEn: 'Mass Mobilisation Commission', functionsEnHtml: '<p>Advises on mass mobilisation.</p>' })).statusCode, 303)
    screen = parsePage((await portal.app.inject({ url: '/toa-soan/co-cau', headers: { cookie: admin } })).body)
    assert.ok(allText(screen, '.needs-translation li').includes('Bản tiếng Anh cũ hơn: Đơn vị Ban Dân vận Tỉnh ủy'), allText(screen, '.needs-translation li').join(' | '))
  })
})

test('structure.edit is the administrator\'s alone: an editor and an approver get 403', async () => {
  const portal = await buildTestPortal()
  try {
    await createUser(portal.db, 'editor', 'bientap@example.vn')
    await createUser(portal.db, 'approver', 'lanhdao@example.vn')
    for (const email of ['bientap@example.vn', 'lanhdao@example.vn']) {
      const cookie = (await signIn(portal.app, email)).cookie
      assert.equal((await portal.app.inject({ url: '/toa-soan/co-cau', headers: { cookie } })).statusCode, 403)
      assert.equal((await post(portal, cookie, '/toa-soan/co-cau/don-vi', { kind: 'ban', name: 'Ban lạ' })).statusCode, 403)
      assert.doesNotMatch((await portal.app.inject({ url: '/toa-soan', headers: { cookie } })).body, /href="\/toa-soan\/co-cau"/)
    }
    assert.equal((await listUnits(portal.db)).length, 0)
    const anonymous = await portal.app.inject({ method: 'POST', url: '/toa-soan/co-cau/don-vi', payload: 'kind=ban&name=X', headers: { 'content-type': 'application/x-www-form-urlencoded' } })
    assert.notEqual(anonymous.statusCode, 303)
    assert.equal((await listUnits(portal.db)).length, 0)
  } finally {
    await portal.close()
  }
})
