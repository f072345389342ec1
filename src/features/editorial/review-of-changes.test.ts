import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createCategory } from '../../../test/support/factories.ts'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { toNewsroomLocalInput } from './draft-form.ts'

// Nothing goes live that only one person has seen: a change to an approved or published article
// goes back through review, role by role, autosave and "restore" included.
let portal: TestPortal
let base: string
const clock = new TestClock(new Date('2026-12-04T02:00:00Z'))
let mobilisation: number
const who: Record<string, string> = {}
const ids: Record<string, number> = {}
const REPORTER = 'phongvien@example.vn'
const EDITOR = 'bientap@example.vn'
const APPROVER = 'lanhdao@example.vn'
const DEPUTY = 'phogiamdoc@example.vn'
const ADMIN = 'quantri@example.vn'

before(async () => {
  portal = await buildTestPortal({ clock })
  mobilisation = await createCategory(portal, 'Dân vận', await createCategory(portal, 'Tin tức'))
  ids[REPORTER] = await createUser(portal.db, 'reporter', REPORTER)
  ids[EDITOR] = await createUser(portal.db, 'editor', EDITOR)
  ids[APPROVER] = await createUser(portal.db, 'approver', APPROVER)
  ids[DEPUTY] = await createUser(portal.db, 'approver', DEPUTY)
  ids[ADMIN] = await createUser(portal.db, 'administrator', ADMIN)
  for (const email of [REPORTER, EDITOR, APPROVER, DEPUTY, ADMIN]) who[email] = (await signIn(portal.app, email)).cookie
  base = await portal.listen()
})
after(() => portal.close())

async function post(email: string, url: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const cookie = who[email]!
  return portal.app.inject({
    method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, ...headers },
    payload: new URLSearchParams({ _csrf: await csrfOf(portal.app, cookie), ...fields }).toString(),
  })
}
const get = (email: string, url: string) => portal.app.inject({ method: 'GET', url, headers: { cookie: who[email]! } })
const move = (email: string, id: number, transition: string, extra: Record<string, string> = {}) => post(email, `/toa-soan/bai-viet/${id}/chuyen`, { transition, ...extra })
const version = async (id: number) => String((await portal.db.selectFrom('articles').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version)
const statusOf = async (id: number) => (await portal.db.selectFrom('articles').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status
const fields = (title: string, body: string) => ({ title, lead: 'Sapo.', bodyHtml: `<p>${body}</p>`, categoryId: String(mobilisation), bylineKind: 'T/h', bylineName: 'Lê Hải', tags: 'Dân vận' })
const save = async (email: string, id: number, title: string, body: string, headers: Record<string, string> = {}) =>
  post(email, `/toa-soan/bai-viet/${id}`, { version: await version(id), ...fields(title, body), slug: slugs.get(id)! }, headers)
const slugs = new Map<number, string>()

/** What a reader gets from the running portal (page cache included). */
async function publicText(id: number): Promise<{ status: number; text: string }> {
  const res = await fetch(`${base}/tin-tuc/dan-van/${slugs.get(id)}`)
  return { status: res.status, text: await res.text() }
}

async function write(title: string, body: string, email = REPORTER): Promise<number> {
  const res = await post(email, '/toa-soan/bai-viet', fields(title, body))
  assert.equal(res.statusCode, 303, res.body.slice(0, 300))
  const id = Number(/(\d+)$/.exec(String(res.headers.location))![1])
  slugs.set(id, (await portal.db.selectFrom('articles').select('slug').where('id', '=', id).executeTakeFirstOrThrow()).slug)
  return id
}

async function published(title: string, body: string, author = REPORTER): Promise<number> {
  const id = await write(title, body, author)
  assert.equal((await move(author, id, 'submit')).statusCode, 303)
  assert.equal((await move(EDITOR, id, 'approve')).statusCode, 303)
  assert.equal((await move(author === APPROVER ? DEPUTY : APPROVER, id, 'publish')).statusCode, 303)
  const page = await publicText(id)
  assert.equal(page.status, 200)
  assert.match(page.text, new RegExp(body))
  return id
}

test("an editor's change to a published article does not change the public page until an approver accepts it", async () => {
  const id = await published('Hội nghị dân vận khéo', 'Bản đã duyệt.')
  await publicText(id) // cached now
  const saved = await save(EDITOR, id, 'Hội nghị dân vận khéo', 'Bản biên tập viên sửa.')
  assert.equal(saved.statusCode, 303)
  assert.match((await get(EDITOR, String(saved.headers.location))).body, /Bạn đọc vẫn thấy bản đã duyệt/)
  const live = await publicText(id)
  assert.match(live.text, /Bản đã duyệt\./)
  assert.doesNotMatch(live.text, /Bản biên tập viên sửa/)
  assert.equal(await statusOf(id), 'published')

  const form = parsePage((await get(EDITOR, `/toa-soan/bai-viet/${id}`)).body)
  assert.match(textOf(form, '#f-bodyHtml'), /Bản biên tập viên sửa/, 'the editor goes on from their change')
  assert.match(textOf(form, '.pending-change'), /bản sửa chờ duyệt/)
  const queue = parsePage((await get(APPROVER, '/toa-soan/bai-viet?hang=ban-sua')).body)
  assert.ok(allText(queue, '.queue td a').includes('Hội nghị dân vận khéo'))
  const review = parsePage((await get(APPROVER, `/toa-soan/bai-viet/${id}/ban-sua`)).body)
  assert.ok(allText(review, '.diff ins').some((t) => t.includes('biên tập viên sửa')))

  const seen = await version(id)
  assert.equal((await post(EDITOR, `/toa-soan/bai-viet/${id}/ban-sua/chap-nhan`, { version: seen })).statusCode, 403, 'an editor does not publish')
  assert.equal((await post(APPROVER, `/toa-soan/bai-viet/${id}/ban-sua/chap-nhan`, { version: seen })).statusCode, 303)
  const after = await publicText(id)
  assert.match(after.text, /Bản biên tập viên sửa\./, 'accepting purges the public page')
  assert.equal((await get(APPROVER, `/toa-soan/bai-viet/${id}/ban-sua`)).statusCode, 404)
})

test('a returned change leaves the public page as it was and tells its author why', async () => {
  const id = await published('Bài trả lại bản sửa', 'Nội dung gốc.')
  await save(EDITOR, id, 'Bài trả lại bản sửa', 'Nội dung sửa sai.')
  const noReason = await post(APPROVER, `/toa-soan/bai-viet/${id}/ban-sua/tra-lai`, { version: await version(id), reason: ' ' })
  assert.equal(noReason.statusCode, 422)
  assert.equal((await post(APPROVER, `/toa-soan/bai-viet/${id}/ban-sua/tra-lai`, { version: await version(id), reason: 'Số liệu chưa kiểm chứng' })).statusCode, 303)
  assert.match((await publicText(id)).text, /Nội dung gốc\./)
  assert.match(textOf(parsePage((await get(EDITOR, `/toa-soan/bai-viet/${id}`)).body), '#f-bodyHtml'), /Nội dung gốc/)
  const notices = allText(parsePage((await get(EDITOR, '/toa-soan/bai-viet')).body), '#thong-bao ~ ul li')
  assert.ok(notices.some((n) => n.includes('bị trả lại') && n.includes('Số liệu chưa kiểm chứng')))
})

test("an approver's change to a published article goes live only after a second person accepts it", async () => {
  const id = await published('Bài lãnh đạo sửa sau khi đăng', 'Trước khi sửa.')
  assert.equal((await save(APPROVER, id, 'Bài lãnh đạo sửa sau khi đăng', 'Lãnh đạo tự sửa.')).statusCode, 303)
  assert.match((await publicText(id)).text, /Trước khi sửa\./)
  const own = await post(APPROVER, `/toa-soan/bai-viet/${id}/ban-sua/chap-nhan`, { version: await version(id) })
  assert.equal(own.statusCode, 403)
  assert.match(own.body, /Người sửa không tự duyệt bản sửa của mình/)
  assert.equal((await post(ADMIN, `/toa-soan/bai-viet/${id}/ban-sua/chap-nhan`, { version: await version(id) })).statusCode, 303)
  assert.match((await publicText(id)).text, /Lãnh đạo tự sửa\./)
})

test('an approver who rewrites their own article after it was approved sends it back for review and cannot publish it alone', async () => {
  const id = await write('Bài lãnh đạo tự viết', 'Bản được duyệt.', APPROVER)
  await move(APPROVER, id, 'submit')
  assert.equal((await move(EDITOR, id, 'approve')).statusCode, 303)
  assert.equal((await save(APPROVER, id, 'Bài lãnh đạo tự viết', 'Bản viết lại sau khi duyệt.')).statusCode, 303)
  assert.equal(await statusOf(id), 'in_review', 'the approval is cleared')
  assert.equal((await move(APPROVER, id, 'publish')).statusCode, 409)
  assert.equal((await move(APPROVER, id, 'approve')).statusCode, 403)
  assert.equal((await move(EDITOR, id, 'approve')).statusCode, 303)
  assert.equal((await move(APPROVER, id, 'publish')).statusCode, 303, 'once someone else approved the new text')
  assert.match((await publicText(id)).text, /Bản viết lại sau khi duyệt\./)
})

test('an approver who changes and approves a reporter\'s article does not publish it themselves', async () => {
  const id = await write('Bài phóng viên được lãnh đạo sửa', 'Bản phóng viên.')
  await move(REPORTER, id, 'submit')
  await save(APPROVER, id, 'Bài phóng viên được lãnh đạo sửa', 'Bản lãnh đạo sửa.')
  assert.equal((await move(APPROVER, id, 'approve')).statusCode, 303)
  const alone = await move(APPROVER, id, 'publish')
  assert.equal(alone.statusCode, 403)
  assert.match(alone.body, /cần một người khác/)
  assert.ok(!allText(parsePage((await get(APPROVER, `/toa-soan/bai-viet/${id}`)).body), '.transition button').includes('Xuất bản ngay'))
  assert.equal((await move(DEPUTY, id, 'publish')).statusCode, 303)
})

test('a change to a scheduled article takes it off the schedule: the scheduler never publishes unreviewed text', async () => {
  const id = await write('Bài hẹn giờ bị sửa', 'Bản đã duyệt để hẹn giờ.')
  await move(REPORTER, id, 'submit')
  await move(EDITOR, id, 'approve')
  assert.equal((await move(APPROVER, id, 'schedule', { publishAt: toNewsroomLocalInput(new Date(clock.now().getTime() + 10 * 60_000)) })).statusCode, 303)
  assert.equal((await save(EDITOR, id, 'Bài hẹn giờ bị sửa', 'Bản sửa chưa ai duyệt.')).statusCode, 303)
  assert.equal(await statusOf(id), 'in_review')
  clock.advance(15 * 60_000)
  await portal.scheduler.tick()
  assert.equal((await publicText(id)).status, 404)
})

test('a reporter cannot change an approved or published article at all', async () => {
  const id = await published('Bài phóng viên không sửa được nữa', 'Bản đăng.')
  assert.equal((await save(REPORTER, id, 'Bài phóng viên không sửa được nữa', 'Phóng viên sửa lén.')).statusCode, 403)
  assert.match((await publicText(id)).text, /Bản đăng\./)
})

test('autosave and restoring an old revision of a published article are kept aside like any change', async () => {
  const id = await published('Bài tự lưu và khôi phục', 'Bản đầu tiên.')
  const auto = await save(EDITOR, id, 'Bài tự lưu và khôi phục', 'Bản tự lưu.', { accept: 'application/json' })
  assert.equal(auto.statusCode, 200)
  assert.equal(auto.json().outcome, 'pending')
  assert.match((await publicText(id)).text, /Bản đầu tiên\./)
  await post(APPROVER, `/toa-soan/bai-viet/${id}/ban-sua/tra-lai`, { version: await version(id), reason: 'Chưa cần' })

  const revisions = await portal.db.selectFrom('article_revisions').select('id').where('article_id', '=', id).orderBy('id').execute()
  const restoreAutosaved = await post(EDITOR, `/toa-soan/bai-viet/${id}/phien-ban/${revisions.at(-1)!.id}/khoi-phuc`, { version: await version(id) })
  assert.equal(restoreAutosaved.statusCode, 303)
  assert.match((await publicText(id)).text, /Bản đầu tiên\./, 'a restore does not go live either')
  assert.ok(allText(parsePage((await get(APPROVER, `/toa-soan/bai-viet/${id}/ban-sua`)).body), '.diff ins').some((t) => t.includes('tự lưu')))
})

test('an administrator may let a single approver publish their own changes: they go live at once, and both are in the audit log', async () => {
  const id = await published('Bài ở cơ quan một lãnh đạo', 'Bản cũ.')
  const page = parsePage((await get(ADMIN, `/toa-soan/nguoi-dung/${ids[APPROVER]}`)).body)
  assert.ok(allText(page, '.own-change-grant button').some((b) => b.startsWith('Cho phép tự xuất bản')))
  assert.equal((await post(REPORTER, `/toa-soan/nguoi-dung/${ids[APPROVER]}/tu-xuat-ban`, { granted: '1' })).statusCode, 403)
  assert.equal((await post(ADMIN, `/toa-soan/nguoi-dung/${ids[APPROVER]}/tu-xuat-ban`, { granted: '1' })).statusCode, 303)
  assert.equal((await save(APPROVER, id, 'Bài ở cơ quan một lãnh đạo', 'Bản lãnh đạo sửa và đăng ngay.')).statusCode, 303)
  assert.match((await publicText(id)).text, /Bản lãnh đạo sửa và đăng ngay\./)
  const audit = await portal.db.selectFrom('audit_log').select(['action', 'details']).where((eb) => eb.or([
    eb('action', '=', 'user.grant-own-changes'), eb.and([eb('action', '=', 'article.save'), eb('item_id', '=', String(id))]),
  ])).execute()
  assert.ok(audit.some((a) => a.action === 'user.grant-own-changes'))
  assert.ok(audit.some((a) => a.action === 'article.save' && JSON.parse(a.details).ownChangeGrant === true))
  await post(ADMIN, `/toa-soan/nguoi-dung/${ids[APPROVER]}/tu-xuat-ban`, { granted: '0' })
  await save(APPROVER, id, 'Bài ở cơ quan một lãnh đạo', 'Sau khi thu hồi quyền.')
  assert.doesNotMatch((await publicText(id)).text, /Sau khi thu hồi quyền/)
})
