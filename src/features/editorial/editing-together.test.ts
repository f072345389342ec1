import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createCategory } from '../../../test/support/factories.ts'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

// Two people with one article open: the later save from an old version is refused with both
// versions compared, nothing typed is lost, and each sees who else has the article open.
let portal: TestPortal
const clock = new TestClock(new Date('2026-12-04T02:00:00Z'))
let mobilisation: number
const who: Record<string, string> = {}
const REPORTER = 'phongvien@example.vn'
const EDITOR = 'bientap@example.vn'

before(async () => {
  portal = await buildTestPortal({ clock })
  mobilisation = await createCategory(portal, 'Dân vận')
  const reporter = await createUser(portal.db, 'reporter', REPORTER)
  const editor = await createUser(portal.db, 'editor', EDITOR)
  await portal.db.updateTable('users').set({ name: 'Trần Thị Bình' }).where('id', '=', reporter).execute()
  await portal.db.updateTable('users').set({ name: 'Nguyễn Văn An' }).where('id', '=', editor).execute()
  for (const email of [REPORTER, EDITOR]) who[email] = (await signIn(portal.app, email)).cookie
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
const form = (title: string, body: string) => ({ title, bodyHtml: `<p>${body}</p>`, categoryId: String(mobilisation), lead: '' })

/** Opens the editor as a person would: the form's version is the one its save will name. */
async function open(email: string, id: number): Promise<{ version: string; doc: Document }> {
  const doc = parsePage((await get(email, `/toa-soan/bai-viet/${id}`)).body)
  return { version: doc.querySelector('input[name=version]')?.getAttribute('value') ?? '', doc }
}

async function write(title: string): Promise<number> {
  const res = await post(REPORTER, '/toa-soan/bai-viet', form(title, 'Bản đầu.'))
  const id = Number(/(\d+)$/.exec(String(res.headers.location))![1])
  await post(REPORTER, `/toa-soan/bai-viet/${id}/chuyen`, { transition: 'submit' })
  return id
}

test('of two saves made from one version the later is refused, with both versions compared and the typed text kept', async () => {
  const id = await write('Bài hai người cùng sửa')
  const editor = await open(EDITOR, id)
  const reporterCopy = await open(EDITOR, id) // the same version, as the second person saw it
  assert.equal((await post(EDITOR, `/toa-soan/bai-viet/${id}`, { version: editor.version, ...form('Bài hai người cùng sửa', 'Biên tập viên thêm số liệu.') })).statusCode, 303)

  const late = await post(EDITOR, `/toa-soan/bai-viet/${id}`, { version: reporterCopy.version, ...form('Bài hai người cùng sửa', 'Một câu khác hẳn.') })
  assert.equal(late.statusCode, 409)
  const doc = parsePage(late.body)
  assert.match(textOf(doc, '.edit-conflict'), /vừa được người khác lưu/)
  assert.match(textOf(doc, '.edit-conflict'), /Nguyễn Văn An/)
  assert.ok(allText(doc, '.edit-conflict del').some((t) => t.includes('số liệu')))
  assert.ok(allText(doc, '.edit-conflict ins').some((t) => t.includes('khác hẳn')))
  assert.match(textOf(doc, '#f-bodyHtml'), /Một câu khác hẳn\./, 'the refused text is still in the form')
  const stored = await portal.db.selectFrom('articles').select(['body_html', 'version']).where('id', '=', id).executeTakeFirstOrThrow()
  assert.match(stored.body_html, /thêm số liệu/, 'the first save is not overwritten')
  assert.equal(doc.querySelector('input[name=version]')!.getAttribute('value'), String(stored.version), 'saving again, after merging, is allowed')
  assert.equal((await post(EDITOR, `/toa-soan/bai-viet/${id}`, { version: String(stored.version), ...form('Bài hai người cùng sửa', 'Đã gộp hai bản.') })).statusCode, 303)
})

test('an autosave from an older version answers 409 with a Vietnamese message and the comparison', async () => {
  const id = await write('Bài tự lưu bị chặn')
  const first = await open(EDITOR, id)
  const ok = await post(EDITOR, `/toa-soan/bai-viet/${id}`, { version: first.version, ...form('Bài tự lưu bị chặn', 'Bản tự lưu thứ nhất.') }, { accept: 'application/json' })
  assert.equal(ok.statusCode, 200)
  assert.equal(ok.json().version, Number(first.version) + 1)
  const stale = await post(EDITOR, `/toa-soan/bai-viet/${id}`, { version: first.version, ...form('Bài tự lưu bị chặn', 'Bản cũ tự lưu.') }, { accept: 'application/json' })
  assert.equal(stale.statusCode, 409)
  const answer = stale.json() as { error: { code: string; message: string }; conflictHtml: string }
  assert.equal(answer.error.code, 'edit_conflict')
  assert.match(answer.error.message, /vừa được người khác lưu/)
  assert.match(answer.conflictHtml, /<ins>[^<]*cũ/)
  const missing = await post(EDITOR, `/toa-soan/bai-viet/${id}`, form('Bài tự lưu bị chặn', 'Không rõ phiên bản.'), { accept: 'application/json' })
  assert.equal(missing.statusCode, 409, 'a save that names no version is refused too')
})

test('the editor names who else has the article open, on page load and by heartbeat', async () => {
  const id = await write('Bài có hai người mở')
  const alone = await open(REPORTER, id)
  assert.equal(textOf(alone.doc, '#dang-mo'), '')
  const editor = await open(EDITOR, id)
  assert.equal(textOf(editor.doc, '#dang-mo'), 'Trần Thị Bình đang mở bài này.')
  const beat = await portal.app.inject({ method: 'POST', url: `/toa-soan/bai-viet/${id}/dang-mo`, headers: { cookie: who[REPORTER]!, 'x-csrf-token': await csrfOf(portal.app, who[REPORTER]!) } })
  assert.equal(beat.statusCode, 200)
  assert.deepEqual(beat.json().others, ['Nguyễn Văn An'])
  clock.advance(2 * 60_000)
  assert.equal(textOf((await open(REPORTER, id)).doc, '#dang-mo'), '', 'a tab silent for two minutes is gone')
  const pageOf = (doc: Document) => doc.querySelector('#dang-mo')!.getAttribute('data-presence-page')!
  const before = await open(REPORTER, id)
  const reloaded = await open(REPORTER, id)
  await post(REPORTER, `/toa-soan/bai-viet/${id}/dang-mo`, { roi: '1', trang: pageOf(before.doc) })
  assert.equal(textOf((await open(EDITOR, id)).doc, '#dang-mo'), 'Trần Thị Bình đang mở bài này.', 'the goodbye of a page replaced by a reload changes nothing')
  await post(REPORTER, `/toa-soan/bai-viet/${id}/dang-mo`, { roi: '1', trang: pageOf(reloaded.doc) })
  assert.equal(textOf((await open(EDITOR, id)).doc, '#dang-mo'), '', 'leaving frees the article at once')
})
