import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { DocumentService } from './document.service.ts'
import { listFields, listIssuers, listKinds } from './lists.repository.ts'

// The administrator's screens of the register's edited lists, over real HTTP with CSRF:
// behind 'document.edit', every field checked in Vietnamese, rows in use kept.

async function post(portal: TestPortal, cookie: string, url: string, fields: Record<string, string>) {
  const payload = new URLSearchParams({ _csrf: await csrfOf(portal.app, cookie), ...fields }).toString()
  return portal.app.inject({ method: 'POST', url, payload, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' } })
}

test('a clerk adds, edits and reorders kinds and fields; a reporter cannot reach them', async () => {
  const portal = await buildTestPortal()
  try {
    await createUser(portal.db, 'clerk', 'vanthu@example.vn')
    await createUser(portal.db, 'reporter', 'phongvien@example.vn')
    const clerk = (await signIn(portal.app, 'vanthu@example.vn')).cookie
    const reporter = (await signIn(portal.app, 'phongvien@example.vn')).cookie
    assert.equal((await portal.app.inject({ url: '/toa-soan/van-ban/danh-muc/loai', headers: { cookie: reporter } })).statusCode, 403)
    assert.equal((await post(portal, reporter, '/toa-soan/van-ban/danh-muc/linh-vuc', { name: 'Đất đai' })).statusCode, 403)
    assert.match((await portal.app.inject({ url: '/toa-soan', headers: { cookie: clerk } })).body, /href="\/toa-soan\/van-ban\/danh-muc\/loai"/)

    const list = parsePage((await portal.app.inject({ url: '/toa-soan/van-ban/danh-muc/loai', headers: { cookie: clerk } })).body)
    assert.match(textOf(list, 'table.document-kinds'), /Quyết định.*QĐ.*Có/s)

    const duplicate = await post(portal, clerk, '/toa-soan/van-ban/danh-muc/loai', { name: 'quyết định', abbreviation: 'QĐ', hasValidity: '1', isActive: '1' })
    assert.equal(duplicate.statusCode, 422)
    assert.equal(textOf(parsePage(duplicate.body), '#e-name'), 'Đã có loại văn bản “quyết định”.')
    const empty = await post(portal, clerk, '/toa-soan/van-ban/danh-muc/loai', { name: '', abbreviation: '' })
    assert.equal(empty.statusCode, 422)
    assert.match(textOf(parsePage(empty.body), '#e-name'), /Xin nhập tên loại văn bản/)

    const before = (await listKinds(portal.db)).length
    assert.equal((await post(portal, clerk, '/toa-soan/van-ban/danh-muc/loai', { name: 'Tờ trình', abbreviation: 'TTr', isActive: '1' })).statusCode, 303)
    const kinds = await listKinds(portal.db)
    assert.equal(kinds.length, before + 1)
    const added = kinds.at(-1)!
    assert.deepEqual([added.name, added.abbreviation, added.hasValidity, added.isActive], ['Tờ trình', 'TTr', false, true])
    assert.equal((await post(portal, clerk, `/toa-soan/van-ban/danh-muc/loai/${added.id}/len`, {})).statusCode, 303)
    assert.deepEqual((await listKinds(portal.db)).slice(-2).map((k) => k.name), ['Tờ trình', 'Báo cáo'], 'moved one place up')

    for (const name of ['Đất đai', 'Giáo dục']) assert.equal((await post(portal, clerk, '/toa-soan/van-ban/danh-muc/linh-vuc', { name })).statusCode, 303)
    const [land, school] = await listFields(portal.db)
    assert.equal((await post(portal, clerk, `/toa-soan/van-ban/danh-muc/linh-vuc/${school!.id}/len`, {})).statusCode, 303)
    assert.deepEqual((await listFields(portal.db)).map((f) => f.name), ['Giáo dục', 'Đất đai'])
    assert.equal((await post(portal, clerk, `/toa-soan/van-ban/danh-muc/linh-vuc/${land!.id}`, { name: 'Đất đai, tài nguyên', position: '' })).statusCode, 303)
    assert.deepEqual((await listFields(portal.db)).map((f) => f.name), ['Giáo dục', 'Đất đai, tài nguyên'])

    const audit = await portal.db.selectFrom('audit_log').select('action').where('item_type', 'like', 'document-%').orderBy('id').execute()
    assert.deepEqual(audit.map((a) => a.action), ['document-kind.create', 'document-kind.move', 'document-field.create', 'document-field.create', 'document-field.move', 'document-field.update'])
  } finally {
    await portal.close()
  }
})

test('issuing bodies: a tree with their days, a merged body needs its last day, and a body with documents is kept', async () => {
  const portal = await buildTestPortal()
  try {
    const clerkId = await createUser(portal.db, 'clerk', 'vanthu@example.vn')
    const clerk = (await signIn(portal.app, 'vanthu@example.vn')).cookie
    const url = '/toa-soan/van-ban/danh-muc/co-quan'
    assert.equal((await post(portal, clerk, url, { name: 'UBND tỉnh', abbreviation: 'UBND' })).statusCode, 303)
    const [province] = await listIssuers(portal.db)
    assert.equal((await post(portal, clerk, url, { name: 'UBND huyện Cũ', parentId: String(province!.id), activeFrom: '01/01/1990' })).statusCode, 303)
    const district = (await listIssuers(portal.db)).find((i) => i.name === 'UBND huyện Cũ')!
    assert.equal(district.parentId, province!.id)
    assert.equal(district.activeFrom, '1990-01-01')

    const refused = await post(portal, clerk, `${url}/${district.id}`, { name: 'UBND huyện Cũ', parentId: String(province!.id), mergedIntoId: String(province!.id), activeFrom: '01/01/1990', activeUntil: '' })
    assert.equal(refused.statusCode, 422)
    assert.equal(textOf(parsePage(refused.body), '#e-activeUntil'), 'Xin nhập ngày thôi hoạt động của cơ quan đã sáp nhập.')
    const looped = await post(portal, clerk, `${url}/${province!.id}`, { name: 'UBND tỉnh', parentId: String(district.id) })
    assert.equal(looped.statusCode, 422)
    assert.match(textOf(parsePage(looped.body), '#e-parentId'), /trực thuộc cơ quan này/)
    const badDay = await post(portal, clerk, `${url}/${district.id}`, { name: 'UBND huyện Cũ', activeUntil: '31/06/2025' })
    assert.match(textOf(parsePage(badDay.body), '#e-activeUntil'), /không phải một ngày hợp lệ/)

    const service = new DocumentService({ db: portal.db, events: portal.events, clock: { now: () => new Date() } })
    const kindId = (await listKinds(portal.db))[0]!.id
    const docId = await service.create({ kindId, issuerId: district.id, number: '12/2020/QĐ-UBND', summary: 'Về quy hoạch', issuedOn: '2020-05-05' }, { userId: clerkId })
    const purged: number[][] = []
    portal.events.on('documents.changed', ({ ids }) => purged.push(ids))
    assert.equal((await post(portal, clerk, `${url}/${district.id}`, {
      name: 'UBND huyện Cũ', parentId: String(province!.id), mergedIntoId: String(province!.id), activeFrom: '01/01/1990', activeUntil: '01/07/2025',
    })).statusCode, 303)
    assert.deepEqual(purged, [[docId]], 'its documents\' pages are purged')
    const merged = (await listIssuers(portal.db)).find((i) => i.id === district.id)!
    assert.deepEqual([merged.activeUntil, merged.mergedIntoId], ['2025-07-01', province!.id])
    const page = parsePage((await portal.app.inject({ url, headers: { cookie: clerk } })).body)
    assert.match(textOf(page, 'table.document-issuers'), /UBND huyện Cũ.*01\/01\/1990 – 01\/07\/2025\s*UBND tỉnh/s)

    // The kind loses its validity: its documents show none at once.
    const kind = (await listKinds(portal.db))[0]!
    assert.equal((await portal.db.selectFrom('documents').select('validity').where('id', '=', docId).executeTakeFirstOrThrow()).validity, 'in_force')
    assert.equal((await post(portal, clerk, `/toa-soan/van-ban/danh-muc/loai/${kind.id}`, { name: kind.name, abbreviation: kind.abbreviation, isActive: '1', position: '' })).statusCode, 303)
    assert.equal((await portal.db.selectFrom('documents').select('validity').where('id', '=', docId).executeTakeFirstOrThrow()).validity, null)

    const kept = await post(portal, clerk, `${url}/${district.id}/xoa`, {})
    assert.equal(kept.statusCode, 409)
    assert.match(textOf(parsePage(kept.body), '#thong-bao'), /có văn bản, không xóa được/)
    assert.equal((await listIssuers(portal.db)).length, 2)
  } finally {
    await portal.close()
  }
})

test('the audit log reads the register\'s changes in words, by the document\'s number', async () => {
  const portal = await buildTestPortal()
  try {
    const clerkId = await createUser(portal.db, 'clerk', 'vanthu@example.vn')
    await createUser(portal.db, 'administrator', 'quantri@example.vn')
    const service = new DocumentService({ db: portal.db, events: portal.events, clock: { now: () => new Date() } })
    const kindId = (await listKinds(portal.db)).find((k) => k.name === 'Quyết định')!.id
    const issuerId = (await portal.db.insertInto('document_issuers').values({ name: 'UBND tỉnh' }).returning('id').executeTakeFirstOrThrow()).id
    const id = await service.create({ kindId, issuerId, number: '15/2021/QĐ-UBND', summary: 'Về đất đai', issuedOn: '2021-03-12' }, { userId: clerkId })
    await service.publish(id, { userId: clerkId })
    const admin = (await signIn(portal.app, 'quantri@example.vn')).cookie
    const log = parsePage((await portal.app.inject({ url: '/toa-soan/nhat-ky?hanh-dong=document.publish', headers: { cookie: admin } })).body)
    assert.equal(textOf(log, '.audit-log tbody .audit-sentence'), 'Người dùng clerk đã đăng văn bản «15/2021/QĐ-UBND»')
  } finally {
    await portal.close()
  }
})
