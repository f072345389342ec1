import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { newsroomLists } from '../../../test/support/documents.factory.ts'
import { SignedIn, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

// The register in the newsroom (issue 14): the clerk (Văn thư) keeps it without any article
// right; editors may edit documents but not publish them; reporters do not see it.

let portal: TestPortal
let desk: SignedIn<Who>
// Tuesday 8 December 2026, 10:00 in Hà Nội.
const clock = new TestClock(new Date('2026-12-08T03:00:00Z'))
type Who = 'clerk' | 'editor' | 'reporter' | 'admin'
const L = '/toa-soan/van-ban'
let ids: Awaited<ReturnType<typeof newsroomLists>>

before(async () => {
  portal = await buildTestPortal({ clock })
  // Quyết định and Công văn are among the kinds every portal starts with (migration 0202).
  ids = await newsroomLists(portal.db)
  desk = await SignedIn.as<Who>(portal.app, portal.db, {
    clerk: ['clerk', 'vanthu@example.vn'], editor: ['editor', 'bientap@example.vn'],
    reporter: ['reporter', 'phongvien@example.vn'], admin: ['administrator', 'quantri@example.vn'],
  })
})
after(() => portal.close())

const get = (url: string, as: Who = 'clerk') => desk.get(url, as)
const post = (url: string, fields: Record<string, string | string[]> = {}, as: Who = 'clerk') => desk.post(url, fields, as)

const decision = (number: string, summary: string, issuedOn: string) => ({
  kindId: String(ids.decision), issuerId: String(ids.ubnd), number, summary, issuedOn, effectiveFrom: issuedOn, signer: 'Nguyễn Văn A',
  title: '', effectiveUntil: '', validityOverride: '', validityReason: '', bodyHtml: '<p>Điều 1. Ban hành quy định.</p>', fieldIds: [String(ids.land)],
})

/** Creates a document through the form, as the clerk; its id from the address it is sent to. */
async function create(fields: Record<string, string | string[]>, as: Who = 'clerk'): Promise<number> {
  const res = await post(L, fields, as)
  assert.equal(res.statusCode, 303, res.body.slice(0, 500))
  const m = /^\/toa-soan\/van-ban\/(\d+)\?da-luu=1$/.exec(String(res.headers.location))
  assert.ok(m, String(res.headers.location))
  return Number(m[1])
}

const statusOf = async (id: number) => (await portal.db.selectFrom('documents').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status

test('a clerk creates, edits and publishes a document, and finds it by its number in any order or by its summary without diacritics', async () => {
  const home = parsePage((await get('/toa-soan')).body)
  assert.ok(home.querySelector(`a[href="${L}"]`), 'the newsroom links the register')
  assert.equal((await get(`${L}/moi`)).statusCode, 200)

  const id = await create(decision('15/2021/QĐ-UBND', 'Về việc ban hành quy định bồi thường khi Nhà nước thu hồi đất', '2021-03-15'))
  const saved = parsePage((await get(`${L}/${id}?da-luu=1`)).body)
  assert.equal(textOf(saved, '.notice'), 'Đã lưu văn bản.')
  assert.equal(saved.querySelector<HTMLInputElement>('#f-number')!.getAttribute('value'), '15/2021/QĐ-UBND')
  assert.ok(saved.querySelector(`input[name=fieldIds][value="${ids.land}"][checked]`), 'its field is ticked')

  const edited = await post(`${L}/${id}`, { ...decision('15/2021/QĐ-UBND', 'Về việc ban hành quy định bồi thường, hỗ trợ khi Nhà nước thu hồi đất', '2021-03-15'), fieldIds: [String(ids.land), String(ids.schools)] })
  assert.equal(edited.statusCode, 303, edited.body.slice(0, 500))
  const row = await portal.db.selectFrom('documents').select(['summary', 'status']).where('id', '=', id).executeTakeFirstOrThrow()
  assert.equal(row.summary, 'Về việc ban hành quy định bồi thường, hỗ trợ khi Nhà nước thu hồi đất')
  assert.equal(row.status, 'draft')
  const fields = await portal.db.selectFrom('document_field_links').select('field_id').where('document_id', '=', id).orderBy('field_id').execute()
  assert.deepEqual(fields.map((f) => f.field_id), [ids.land, ids.schools].sort((a, b) => a - b))

  const form = parsePage((await get(`${L}/${id}`)).body)
  assert.ok(form.querySelector(`form[action="${L}/${id}/dang"]`), 'the clerk is offered "Đăng ngay"')
  const saves = allText(form, '.revisions li')
  assert.ok(saves.length >= 2, saves.join())
  assert.ok(saves.every((line) => line.endsWith(' · Người dùng clerk')), saves.join())
  const published = await post(`${L}/${id}/dang`)
  assert.equal(published.statusCode, 303, published.body.slice(0, 500))
  assert.equal(await statusOf(id), 'published')
  assert.equal(textOf(parsePage((await get(`${L}/${id}`)).body), '.document-status'), 'Đã đăng')

  for (const query of ['qd 15 2021', 'QĐ-UBND 15', 'boi thuong thu hoi dat']) {
    const list = parsePage((await get(`${L}?tim=${encodeURIComponent(query)}`)).body)
    assert.deepEqual(allText(list, '.document-list tbody td:first-child'), ['15/2021/QĐ-UBND'], query)
  }
  assert.equal(parsePage((await get(`${L}?tim=${encodeURIComponent('qd 16 2021')}`)).body).querySelector('.document-list'), null)
  assert.deepEqual(allText(parsePage((await get(`${L}?trang-thai=da-dang&nam=2021&loai=${ids.decision}`)).body), '.document-list tbody td:first-child'), ['15/2021/QĐ-UBND'])
  assert.equal(parsePage((await get(`${L}?trang-thai=nhap&nam=2021`)).body).querySelector('.document-list'), null, 'filters combine')

  // The clerk's home page counts the register's drafts (the draft below) and nothing of articles.
  await create(decision('16/2021/QĐ-UBND', 'Một dự thảo còn nháp', '2021-03-16'))
  const desk = parsePage((await get('/toa-soan')).body)
  assert.equal(textOf(desk, `.dashboard-counts a[href="${L}?trang-thai=nhap"] .dashboard-count`), '1')
  assert.equal(desk.querySelector('.dashboard-counts a[href^="/toa-soan/bai-viet"]'), null)

  // The clerk keeps the register and nothing of articles.
  assert.equal((await get('/toa-soan/bai-viet/moi')).statusCode, 403)
  assert.equal((await post('/toa-soan/bai-viet', { title: 'Không được', lead: '', bodyHtml: '' })).statusCode, 403)
})

test('an editor edits a document but cannot publish it; a reporter cannot enter the register', async () => {
  const id = await create(decision('20/2026/QĐ-UBND', 'Quy định về quản lý chợ', '2026-11-20'), 'editor')
  const form = parsePage((await get(`${L}/${id}`, 'editor')).body)
  assert.equal(form.querySelector(`form[action="${L}/${id}/dang"]`), null, 'no publishing button for the editor')
  assert.equal((await post(`${L}/${id}/dang`, {}, 'editor')).statusCode, 403)
  assert.equal((await post(`${L}/${id}/hen-gio`, { publishAt: '2026-12-20T08:00' }, 'editor')).statusCode, 403)
  assert.equal(await statusOf(id), 'draft')

  for (const url of [L, `${L}/moi`, `${L}/${id}`]) assert.equal((await get(url, 'reporter')).statusCode, 403, url)
  assert.equal((await post(L, decision('21/2026/QĐ-UBND', 'Không được', '2026-11-20'), 'reporter')).statusCode, 403)
  assert.equal((await post(`${L}/${id}`, decision('20/2026/QĐ-UBND', 'Không được', '2026-11-20'), 'reporter')).statusCode, 403)
  assert.equal(parsePage((await get('/toa-soan', 'reporter')).body).querySelector(`a[href="${L}"]`), null)

  // The clerk schedules it; withdrawing takes it back to a draft.
  const scheduled = await post(`${L}/${id}/hen-gio`, { publishAt: '2026-12-20T08:00' })
  assert.equal(scheduled.statusCode, 303, scheduled.body.slice(0, 500))
  assert.equal(await statusOf(id), 'scheduled')
  const past = await post(`${L}/${id}/hen-gio`, { publishAt: '2026-12-01T08:00' })
  assert.equal(past.statusCode, 422)
  assert.match(textOf(parsePage(past.body), '#e-publishAt'), /sau bây giờ/)
  assert.equal((await post(`${L}/${id}/go`)).statusCode, 303)
  assert.equal(await statusOf(id), 'draft')
})

test('a refused form comes back as typed, each message beside its field, and nothing is saved', async () => {
  const before = (await portal.db.selectFrom('documents').select('id').execute()).length
  const typed = { ...decision('99/2026/QĐ-UBND', '', '2026-13-45'), signer: 'Trần Thị B', bodyHtml: '<p>Toàn văn đã gõ</p>', fieldIds: [String(ids.schools)] }
  const refused = await post(L, typed)
  assert.equal(refused.statusCode, 422)
  const page = parsePage(refused.body)
  assert.ok(page.querySelector('#e-summary'), 'the summary is required')
  assert.ok(page.querySelector('#e-issuedOn'), 'the issue date is checked')
  assert.equal(page.querySelector('#f-summary')!.getAttribute('aria-invalid'), 'true')
  assert.equal(page.querySelector('#f-number')!.getAttribute('value'), '99/2026/QĐ-UBND')
  assert.equal(page.querySelector('#f-signer')!.getAttribute('value'), 'Trần Thị B')
  assert.match(refused.body, /<textarea id="f-bodyHtml"[^>]*>&lt;p&gt;Toàn văn đã gõ&lt;\/p&gt;<\/textarea>/, 'the typed text comes back, escaped')
  assert.ok(page.querySelector(`input[name=fieldIds][value="${ids.schools}"][checked]`))
  assert.ok(page.querySelector(`#f-kindId option[value="${ids.decision}"][selected]`))
  assert.equal((await portal.db.selectFrom('documents').select('id').execute()).length, before)

  // The same on a saved document: the stored text stays as it was.
  const id = await create(decision('30/2026/QĐ-UBND', 'Quy định về phí trông giữ xe', '2026-10-01'))
  const again = await post(`${L}/${id}`, decision('30/2026/QĐ-UBND', '', '2026-10-01'))
  assert.equal(again.statusCode, 422)
  assert.ok(parsePage(again.body).querySelector('#e-summary'))
  assert.equal((await portal.db.selectFrom('documents').select('summary').where('id', '=', id).executeTakeFirstOrThrow()).summary, 'Quy định về phí trông giữ xe')
  // Two people open it; the second to save is told, and keeps what they typed.
  const opened = parsePage((await get(`${L}/${id}`)).body).querySelector('input[name=version]')!.getAttribute('value')!
  clock.advance(1000)
  assert.equal((await post(`${L}/${id}`, { ...decision('30/2026/QĐ-UBND', 'Quy định về phí trông giữ xe đạp', '2026-10-01'), version: opened }, 'editor')).statusCode, 303)
  const late = await post(`${L}/${id}`, { ...decision('30/2026/QĐ-UBND', 'Quy định về phí trông giữ xe máy', '2026-10-01'), version: opened })
  assert.equal(late.statusCode, 409)
  assert.match(textOf(parsePage(late.body), '.edit-conflict'), /người khác lưu/)
  assert.equal(parsePage(late.body).querySelector('#f-summary')!.textContent, 'Quy định về phí trông giữ xe máy')
  assert.equal((await portal.db.selectFrom('documents').select('summary').where('id', '=', id).executeTakeFirstOrThrow()).summary, 'Quy định về phí trông giữ xe đạp')

  // The autosave asks for JSON and is told why in words.
  const json = await desk.post(`${L}/${id}`, { ...decision('30/2026/QĐ-UBND', '', '2026-10-01'), fieldIds: '' }, 'clerk', { accept: 'application/json' })
  assert.equal(json.statusCode, 422)
  assert.ok(JSON.parse(json.body).error.fields.summary)
})

test('a relation marked on one document shows on both forms at once, and a number not in the register is refused', async () => {
  const older = await create(decision('12/2019/QĐ-UBND', 'Quy định về quản lý nghĩa trang', '2019-04-02'))
  const newer = await create(decision('40/2026/QĐ-UBND', 'Quy định mới về quản lý nghĩa trang', '2026-11-02'))
  const missing = await post(`${L}/${newer}/quan-he`, { kind: 'replaces', number: '13/2019/QĐ-UBND' })
  assert.equal(missing.statusCode, 422)
  assert.match(textOf(parsePage(missing.body), '#e-relationNumber'), /Không tìm thấy văn bản số “13\/2019\/QĐ-UBND”/)
  assert.equal(parsePage(missing.body).querySelector('#f-relationNumber')!.getAttribute('value'), '13/2019/QĐ-UBND')

  const added = await post(`${L}/${newer}/quan-he`, { kind: 'replaces', number: 'qd-ubnd 12 2019' })
  assert.equal(added.statusCode, 303, added.body.slice(0, 500))
  const onNewer = parsePage((await get(`${L}/${newer}`)).body)
  assert.deepEqual(allText(onNewer, '.relations li a'), ['12/2019/QĐ-UBND'])
  assert.match(textOf(onNewer, '.relations li'), /^Thay thế: 12\/2019\/QĐ-UBND/)
  const onOlder = parsePage((await get(`${L}/${older}`)).body)
  assert.match(textOf(onOlder, '.relations li'), /^Bị thay thế bởi: 40\/2026\/QĐ-UBND/)
  assert.equal(onOlder.querySelector('.relations li a')!.getAttribute('href'), `${L}/${newer}`)

  // Removed from the other side, it leaves both.
  assert.equal((await post(`${L}/${older}/quan-he/xoa`, { kind: 'replaces', otherId: String(newer), side: 'other' })).statusCode, 303)
  assert.equal(parsePage((await get(`${L}/${newer}`)).body).querySelector('.relations'), null)
})

test('the late list counts working days: a weekend between the issue and the publication is not counted', async () => {
  // Issued on Friday 4 December 2026. Published Tuesday 8 (Monday, Tuesday: two working days) is
  // on time; published Wednesday 9 (three) is late, though both are within five calendar days.
  const onTime = await create({ ...decision('101/QĐ-UBND', 'Quyết định đăng đúng hạn', '2026-12-04'), kindId: String(ids.dispatch) })
  const late = await create({ ...decision('102/QĐ-UBND', 'Quyết định đăng chậm', '2026-12-04'), kindId: String(ids.dispatch) })
  assert.equal((await post(`${L}/${onTime}/dang`)).statusCode, 303)
  clock.advance(24 * 60 * 60 * 1000)
  // A day later the sessions have lapsed: sign in again.
  await desk.again('clerk')
  await desk.again('admin')
  assert.equal((await post(`${L}/${late}/dang`)).statusCode, 303)

  assert.equal((await get(`${L}/dang-cham`, 'clerk')).statusCode, 403, 'for the administrator')
  const list = parsePage((await get(`${L}/dang-cham?nam=2026`, 'admin')).body)
  const numbers = allText(list, '.late-documents tbody td:first-child')
  assert.ok(numbers.includes('102/QĐ-UBND'), numbers.join())
  assert.ok(!numbers.includes('101/QĐ-UBND'), numbers.join())
  const row = [...list.querySelectorAll('.late-documents tbody tr')].find((tr) => tr.textContent!.includes('102/QĐ-UBND'))!
  assert.equal(row.querySelector('.working-days')!.textContent, '3')

  const home = parsePage((await get('/toa-soan', 'admin')).body)
  assert.ok(home.querySelector(`a[href="${L}/dang-cham?nam=2026"]`), 'the administrator\'s home page counts the late documents')
})
