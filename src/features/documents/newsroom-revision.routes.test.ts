import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { newsroomLists } from '../../../test/support/documents.factory.ts'
import { SignedIn, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

// A document's revisions (issue 14: "the same autosave, revisions and audit log as articles"):
// each save can be opened, compared word by word with the document now, and restored, as a new
// save that carries the version it was opened with.

let portal: TestPortal
let desk: SignedIn<Who>
const clock = new TestClock(new Date('2026-12-08T03:00:00Z'))
type Who = 'clerk' | 'admin' | 'reporter'
const L = '/toa-soan/van-ban'
let ids: Awaited<ReturnType<typeof newsroomLists>> & { old: number }

before(async () => {
  portal = await buildTestPortal({ clock })
  ids = { ...await newsroomLists(portal.db), old: 0 }
  desk = await SignedIn.as<Who>(portal.app, portal.db, {
    clerk: ['clerk', 'vanthu@example.vn'], admin: ['administrator', 'quantri@example.vn'], reporter: ['reporter', 'phongvien@example.vn'],
  })
  ids.old = await create(decision('07/2019/QĐ-UBND', 'Quy định cũ về bồi thường', '2019-02-01'))
})
after(() => portal.close())

const get = (url: string, as: Who = 'clerk') => desk.get(url, as)
const post = (url: string, fields: Record<string, string | string[]> = {}, as: Who = 'clerk', csrf = true) => desk.post(url, fields, as, { csrf })

const decision = (number: string, summary: string, issuedOn: string, fieldIds = [String(ids.land)]) => ({
  kindId: String(ids.decision), issuerId: String(ids.ubnd), number, summary, issuedOn, effectiveFrom: issuedOn, signer: 'Nguyễn Văn A',
  title: '', effectiveUntil: '', validityOverride: '', validityReason: '', bodyHtml: '<p>Điều 1. Ban hành quy định bồi thường.</p>', fieldIds,
})

async function create(fields: Record<string, string | string[]>): Promise<number> {
  const res = await post(L, fields)
  assert.equal(res.statusCode, 303, res.body.slice(0, 500))
  return Number(/\/(\d+)\?/.exec(String(res.headers.location))![1])
}

const revisionsOf = async (id: number) =>
  (await portal.db.selectFrom('document_revisions').select('id').where('document_id', '=', id).orderBy('id').execute()).map((r) => r.id)
const versionOn = (page: Document) => page.querySelector<HTMLInputElement>('form[action$="/khoi-phuc"] input[name=version]')!.getAttribute('value')!

test('a clerk opens a revision, sees its fields and what restoring it changes, and restores its fields, lĩnh vực and relations but not the files', async () => {
  const id = await create(decision('15/2021/QĐ-UBND', 'Về việc ban hành quy định bồi thường khi thu hồi đất', '2021-03-15'))
  assert.equal((await post(`${L}/${id}/quan-he`, { kind: 'replaces', number: '07/2019/QĐ-UBND' })).statusCode, 303)
  // The relation is kept with the next save.
  assert.equal((await post(`${L}/${id}`, decision('15/2021/QĐ-UBND', 'Về việc ban hành quy định bồi thường khi thu hồi đất', '2021-03-15'))).statusCode, 303)
  const [, kept] = await revisionsOf(id)
  assert.equal((await post(`${L}/${id}`, decision('15/2021/QĐ-UBND', 'Về việc ban hành quy định bồi thường, hỗ trợ, tái định cư', '2021-03-15', [String(ids.schools)]))).statusCode, 303)
  assert.equal((await post(`${L}/${id}/quan-he/xoa`, { kind: 'replaces', otherId: String(ids.old) })).statusCode, 303)
  await portal.db.insertInto('document_files').values({
    document_id: id, storage_key: 'van-ban/tep/qd-15.pdf', file_name: 'Quyết định 15.pdf', media_type: 'application/pdf', bytes: 1200, sha256: 'x', uploaded_by: null, created_at: clock.now().toISOString(),
  }).execute()

  const form = parsePage((await get(`${L}/${id}`)).body)
  assert.ok(form.querySelector(`.revisions a[href="${L}/${id}/phien-ban/${kept}"]`), 'each save links its revision')

  const page = parsePage((await get(`${L}/${id}/phien-ban/${kept}`)).body)
  const fields = Object.fromEntries([...page.querySelectorAll('.revision-fields dt')].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]))
  assert.equal(fields['Trích yếu'], 'Về việc ban hành quy định bồi thường khi thu hồi đất')
  assert.equal(fields['Lĩnh vực'], 'Đất đai')
  assert.equal(fields['Quan hệ'], 'Thay thế 07/2019/QĐ-UBND')
  assert.match(page.body.textContent!, /Tệp đính kèm không thuộc phiên bản/)
  assert.deepEqual(allText(page, '.diff h3'), ['Trích yếu', 'Lĩnh vực', 'Quan hệ'])
  assert.deepEqual(allText(page, '.diff del'), [', hỗ trợ, tái định cư', 'Giáo dục'])
  assert.ok(allText(page, '.diff ins').includes('khi thu hồi đất'), allText(page, '.diff ins').join('|'))

  const restored = await post(`${L}/${id}/phien-ban/${kept}/khoi-phuc`, { version: versionOn(page) })
  assert.equal(restored.statusCode, 303, restored.body.slice(0, 500))
  assert.equal(restored.headers.location, `${L}/${id}?da-khoi-phuc=1`)
  assert.match(textOf(parsePage((await get(String(restored.headers.location))).body), '.notice'), /Đã khôi phục phiên bản/)

  const row = await portal.db.selectFrom('documents').select(['summary', 'status']).where('id', '=', id).executeTakeFirstOrThrow()
  assert.equal(row.summary, 'Về việc ban hành quy định bồi thường khi thu hồi đất')
  const links = await portal.db.selectFrom('document_field_links').select('field_id').where('document_id', '=', id).execute()
  assert.deepEqual(links.map((l) => l.field_id), [ids.land])
  const relations = await portal.db.selectFrom('document_relations').select(['kind', 'other_id']).where('document_id', '=', id).execute()
  assert.deepEqual(relations, [{ kind: 'replaces', other_id: ids.old }])
  const files = await portal.db.selectFrom('document_files').select('file_name').where('document_id', '=', id).execute()
  assert.deepEqual(files.map((f) => f.file_name), ['Quyết định 15.pdf'])
  // The restore is a save of its own: a new revision, and the same page now shows no difference.
  assert.equal((await revisionsOf(id)).length, 4)
  assert.match(textOf(parsePage((await get(`${L}/${id}/phien-ban/${kept}`)).body), 'section[aria-labelledby=so-voi-hien-tai] p'), /giống hệt/)
  // The replaced decision's page shows it again, from the other side.
  const old = parsePage((await get(`${L}/${ids.old}`)).body)
  assert.match(old.body.textContent!, /Bị thay thế bởi/)

  const log = parsePage((await get(`/toa-soan/nhat-ky?hanh-dong=document.restore`, 'admin')).body)
  assert.equal(textOf(log, '.audit-log tbody .audit-sentence'), 'Người dùng clerk đã khôi phục phiên bản của văn bản «15/2021/QĐ-UBND»')
})

test('saving the form keeps the consultation window the consultation desk set, and so does a restore', async () => {
  const id = await create(decision('30/2022/QĐ-UBND', 'Dự thảo quy định về chợ', '2022-09-01'))
  const [first] = await revisionsOf(id)
  await portal.db.updateTable('documents').set({ consultation_opens_on: '2026-12-01', consultation_closes_on: '2026-12-31' }).where('id', '=', id).execute()
  assert.equal((await post(`${L}/${id}`, decision('30/2022/QĐ-UBND', 'Dự thảo quy định về chợ truyền thống', '2022-09-01'))).statusCode, 303)
  const window = () => portal.db.selectFrom('documents').select(['consultation_opens_on', 'consultation_closes_on']).where('id', '=', id).executeTakeFirstOrThrow()
  assert.deepEqual(await window(), { consultation_opens_on: '2026-12-01', consultation_closes_on: '2026-12-31' })
  const page = parsePage((await get(`${L}/${id}/phien-ban/${first}`)).body)
  assert.equal((await post(`${L}/${id}/phien-ban/${first}/khoi-phuc`, { version: versionOn(page) })).statusCode, 303)
  assert.deepEqual(await window(), { consultation_opens_on: '2026-12-01', consultation_closes_on: '2026-12-31' })
})

test('a restore over a newer save is refused with 409, nothing written, and the page compares with the newer version', async () => {
  const id = await create(decision('20/2022/QĐ-UBND', 'Quy định về phí trông giữ xe', '2022-05-10'))
  const [first] = await revisionsOf(id)
  assert.equal((await post(`${L}/${id}`, decision('20/2022/QĐ-UBND', 'Quy định về phí trông giữ xe đạp, xe máy', '2022-05-10'))).statusCode, 303)
  const page = parsePage((await get(`${L}/${id}/phien-ban/${first}`)).body)
  const opened = versionOn(page)
  clock.advance(60_000)
  assert.equal((await post(`${L}/${id}`, decision('20/2022/QĐ-UBND', 'Quy định về phí trông giữ xe ô tô', '2022-05-10'))).statusCode, 303)
  const before = await revisionsOf(id)

  const refused = await post(`${L}/${id}/phien-ban/${first}/khoi-phuc`, { version: opened })
  assert.equal(refused.statusCode, 409)
  const again = parsePage(refused.body)
  assert.match(textOf(again, '[role=alert]'), /người khác lưu/)
  assert.ok(allText(again, '.diff del').includes('ô tô'), 'the diff is against the newer save')
  const noVersion = await post(`${L}/${id}/phien-ban/${first}/khoi-phuc`, {})
  assert.equal(noVersion.statusCode, 409)
  assert.equal((await portal.db.selectFrom('documents').select('summary').where('id', '=', id).executeTakeFirstOrThrow()).summary, 'Quy định về phí trông giữ xe ô tô')
  assert.deepEqual(await revisionsOf(id), before)
})

test('a revision whose lĩnh vực was removed from the list since is not restored: the clerk is told why (422), nothing is written', async () => {
  const gone = (await portal.db.insertInto('document_fields').values({ name: 'Chợ', position: 9 }).returning('id').executeTakeFirstOrThrow()).id
  const id = await create(decision('31/2022/QĐ-UBND', 'Quy định về chợ', '2022-10-01', [String(gone)]))
  const [first] = await revisionsOf(id)
  assert.equal((await post(`${L}/${id}`, decision('31/2022/QĐ-UBND', 'Quy định về chợ và siêu thị', '2022-10-01'))).statusCode, 303)
  await portal.db.deleteFrom('document_field_links').where('field_id', '=', gone).execute()
  await portal.db.deleteFrom('document_fields').where('id', '=', gone).execute()
  const before = await revisionsOf(id)
  const page = parsePage((await get(`${L}/${id}/phien-ban/${first}`)).body)
  const refused = await post(`${L}/${id}/phien-ban/${first}/khoi-phuc`, { version: versionOn(page) })
  assert.equal(refused.statusCode, 422)
  assert.equal(textOf(parsePage(refused.body), '[role=alert]'), 'Có lĩnh vực đã chọn không còn trong danh mục.')
  assert.equal((await portal.db.selectFrom('documents').select('summary').where('id', '=', id).executeTakeFirstOrThrow()).summary, 'Quy định về chợ và siêu thị')
  assert.deepEqual(await revisionsOf(id), before)
})

test('a revision is the clerk’s: without CSRF, without document.edit or of another document, nothing happens', async () => {
  const id = await create(decision('21/2022/QĐ-UBND', 'Quy định về chợ', '2022-06-01'))
  const [rid] = await revisionsOf(id)
  assert.equal((await post(`${L}/${id}`, decision('21/2022/QĐ-UBND', 'Quy định về chợ đêm', '2022-06-01'))).statusCode, 303)
  const saves = await revisionsOf(id)
  const page = parsePage((await get(`${L}/${id}/phien-ban/${rid}`)).body)
  assert.equal((await post(`${L}/${id}/phien-ban/${rid}/khoi-phuc`, { version: versionOn(page) }, 'clerk', false)).statusCode, 403)
  assert.equal((await get(`${L}/${id}/phien-ban/${rid}`, 'reporter')).statusCode, 403)
  assert.equal((await post(`${L}/${id}/phien-ban/${rid}/khoi-phuc`, { version: versionOn(page) }, 'reporter')).statusCode, 403)
  assert.equal((await get(`${L}/${ids.old}/phien-ban/${rid}`)).statusCode, 404)
  assert.equal((await get(`${L}/${id}/phien-ban/abc`)).statusCode, 404)
  assert.deepEqual(await revisionsOf(id), saves)
})
