import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { createCategory } from '../../../test/support/factories.ts'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

// The editor page's routes: a pending change shown as "Có thay đổi chờ duyệt" with its
// difference (in the editor, the lists and the review page), the confirmation page of a
// destructive step, and the editor's scripts served as hashed, compressed assets.
let portal: TestPortal
let mobilisation: number
const who: Record<string, string> = {}
const REPORTER = 'phongvien@example.vn'
const EDITOR = 'bientap@example.vn'
const APPROVER = 'lanhdao@example.vn'

before(async () => {
  portal = await buildTestPortal()
  mobilisation = await createCategory(portal, 'Dân vận', await createCategory(portal, 'Tin tức'))
  await createUser(portal.db, 'reporter', REPORTER)
  await createUser(portal.db, 'editor', EDITOR)
  await createUser(portal.db, 'approver', APPROVER)
  for (const email of [REPORTER, EDITOR, APPROVER]) who[email] = (await signIn(portal.app, email)).cookie
})
after(() => portal.close())

async function post(email: string, url: string, fields: Record<string, string>) {
  const cookie = who[email]!
  return portal.app.inject({
    method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    payload: new URLSearchParams({ _csrf: await csrfOf(portal.app, cookie), ...fields }).toString(),
  })
}
const get = (email: string, url: string, headers: Record<string, string> = {}) => portal.app.inject({ method: 'GET', url, headers: { cookie: who[email]!, ...headers } })
const move = (email: string, id: number, transition: string) => post(email, `/toa-soan/bai-viet/${id}/chuyen`, { transition })
const version = async (id: number) => String((await portal.db.selectFrom('articles').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version)
const form = (title: string, lead: string, body: string) => ({ title, lead, bodyHtml: body, categoryId: String(mobilisation), bylineKind: 'T/h', bylineName: 'Lê Hải' })

async function published(title: string): Promise<number> {
  const res = await post(REPORTER, '/toa-soan/bai-viet', form(title, 'Sapo đã duyệt.', '<p>Đoạn đã <strong>duyệt</strong>.</p>'))
  const id = Number(/(\d+)$/.exec(String(res.headers.location))![1])
  for (const [email, step] of [[REPORTER, 'submit'], [EDITOR, 'approve'], [APPROVER, 'publish']] as const) assert.equal((await move(email, id, step)).statusCode, 303)
  return id
}

test('a change waiting for review: the editor says "Có thay đổi chờ duyệt" and shows the approver the difference of title, lead and body', async () => {
  const id = await published('Hội nghị tổng kết năm')
  const changed = await post(EDITOR, `/toa-soan/bai-viet/${id}`, {
    version: await version(id), ...form('Hội nghị tổng kết năm 2026', 'Sapo đã sửa lại.', '<p>Đoạn đã <strong>biên tập</strong>.</p>'),
  })
  assert.equal(changed.statusCode, 303)

  const approverView = parsePage((await get(APPROVER, `/toa-soan/bai-viet/${id}`)).body)
  assert.equal(textOf(approverView, '.pending-change h2'), 'Có thay đổi chờ duyệt')
  assert.equal(textOf(approverView, '.editor-settings .badge-pending'), 'Có thay đổi chờ duyệt')
  const details = approverView.querySelector('.pending-change details')!
  assert.ok(details.hasAttribute('open'), 'open for whoever may accept it')
  const sections = [...details.querySelectorAll('section.diff')].map((s) => ({
    field: s.querySelector('h3')!.textContent, removed: allText(s, 'del').join('|'), added: allText(s, 'ins').join('|'),
  }))
  assert.deepEqual(sections.filter((s) => ['Tiêu đề', 'Sapo', 'Nội dung'].includes(s.field!)), [
    { field: 'Tiêu đề', removed: '', added: '2026' },
    { field: 'Sapo', removed: 'duyệt', added: 'sửa lại' },
    // The body's text, word by word, not its markup.
    { field: 'Nội dung', removed: 'duyệt', added: 'biên tập' },
  ])
  assert.equal(approverView.querySelector('.pending-change a')!.getAttribute('href'), `/toa-soan/bai-viet/${id}/ban-sua`)
  assert.equal(textOf(approverView, '.pending-change a'), 'Xem và quyết định')

  // Whoever made the change sees it too, closed: they cannot accept it themselves.
  const editorView = parsePage((await get(EDITOR, `/toa-soan/bai-viet/${id}`)).body)
  assert.equal(editorView.querySelector('.pending-change details')!.hasAttribute('open'), false)
  assert.equal(textOf(editorView, '.pending-change a'), 'Xem bản sửa')

  // The review page where it is accepted compares the same fields.
  const review = parsePage((await get(APPROVER, `/toa-soan/bai-viet/${id}/ban-sua`)).body)
  assert.ok(allText(review, '.diff ins').some((t) => t.includes('biên tập')))
  assert.ok(allText(review, '.diff h3').includes('Sapo'))
})

test('the lists mark an article with a pending change, and the mark goes once it is accepted', async () => {
  const id = await published('Bài có bản sửa trong danh sách')
  const untouched = await published('Bài không có bản sửa')
  await post(EDITOR, `/toa-soan/bai-viet/${id}`, { version: await version(id), ...form('Bài có bản sửa trong danh sách', 'Sapo mới.', '<p>Mới.</p>') })
  const rowOf = (page: Document, title: string) => [...page.querySelectorAll('.queue tbody tr')].find((r) => r.querySelector('a')!.textContent === title)

  for (const [email, queue] of [[APPROVER, 'ban-sua'], [REPORTER, 'cua-toi']] as const) {
    const list = parsePage((await get(email, `/toa-soan/bai-viet?hang=${queue}`)).body)
    assert.equal(rowOf(list, 'Bài có bản sửa trong danh sách')?.querySelector('.badge-pending')?.textContent, 'Có thay đổi chờ duyệt', `${queue}: marked`)
  }
  const mine = parsePage((await get(REPORTER, '/toa-soan/bai-viet?hang=cua-toi')).body)
  assert.ok(rowOf(mine, 'Bài không có bản sửa'), 'the other article is listed')
  assert.equal(rowOf(mine, 'Bài không có bản sửa')!.querySelector('.badge-pending'), null, 'and not marked')

  assert.equal((await post(APPROVER, `/toa-soan/bai-viet/${id}/ban-sua/chap-nhan`, { version: await version(id) })).statusCode, 303)
  const after = parsePage((await get(REPORTER, '/toa-soan/bai-viet?hang=cua-toi')).body)
  assert.equal(rowOf(after, 'Bài có bản sửa trong danh sách')!.querySelector('.badge-pending'), null)
  assert.equal(parsePage((await get(APPROVER, `/toa-soan/bai-viet/${id}`)).body).querySelector('.pending-change'), null)
  assert.ok(untouched)
})

test('a destructive step asks on a page of its own without JavaScript; other steps and other people are sent back to the article', async () => {
  const id = await published('Bài hỏi trước khi gỡ')
  const page = await get(APPROVER, `/toa-soan/bai-viet/${id}/chuyen?buoc=unpublish`)
  assert.equal(page.statusCode, 200)
  const doc = parsePage(page.body)
  assert.equal(textOf(doc, 'h1'), 'Gỡ bài này?')
  assert.match(textOf(doc, 'main'), /Bài hỏi trước khi gỡ/)
  const confirm = doc.querySelector('main form[method=post]')!
  assert.equal(confirm.getAttribute('action'), `/toa-soan/bai-viet/${id}/chuyen`)
  assert.equal(confirm.querySelector('input[name=transition]')!.getAttribute('value'), 'unpublish')
  assert.equal(doc.querySelector(`main a[href="/toa-soan/bai-viet/${id}"]`)?.textContent, 'Quay lại bài viết')
  assert.equal((await portal.db.selectFrom('articles').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status, 'published', 'asking changes nothing')

  // The editor page's button is that page's form (GET), with the dialog's form beside it.
  const editor = parsePage((await get(APPROVER, `/toa-soan/bai-viet/${id}`)).body)
  const button = editor.querySelector('form[data-confirm] button')!
  assert.equal(button.textContent, 'Gỡ bài')
  assert.equal(button.getAttribute('class'), 'button-danger')
  assert.equal(button.closest('form')!.getAttribute('method'), 'get')
  assert.ok(editor.querySelector('dialog#xac-nhan-unpublish form[method=post] input[name=transition][value=unpublish]'))

  assert.equal((await get(APPROVER, `/toa-soan/bai-viet/${id}/chuyen?buoc=submit`)).statusCode, 303, 'not a destructive step')
  assert.equal((await get(REPORTER, `/toa-soan/bai-viet/${id}/chuyen?buoc=unpublish`)).statusCode, 303, 'not theirs to take')
  assert.equal((await get(APPROVER, `/toa-soan/bai-viet/${id}/chuyen?buoc=xoa-het`)).statusCode, 400)
})

test('the editor page links its scripts and stylesheet by hash; they are served for a year, compressed, and the list links none', async () => {
  const id = await published('Bài xem tệp của trình soạn thảo')
  const editor = (await get(EDITOR, `/toa-soan/bai-viet/${id}`)).body
  const scripts = [...editor.matchAll(/<script src="([^"]+)" defer><\/script>/g)].map((m) => m[1]!)
  assert.equal(scripts.length, 2, editor.slice(0, 800))
  assert.match(scripts[0]!, /^\/assets\/bien-tap-[0-9a-f]{12}\.js$/)
  assert.match(scripts[1]!, /^\/assets\/soan-thao-[0-9a-f]{12}\.js$/)
  const stylesheet = /<link rel="stylesheet" href="(\/assets\/bien-tap-[0-9a-f]{12}\.css)">/.exec(editor)?.[1]
  assert.ok(stylesheet, 'the editor stylesheet is linked')

  for (const url of [...scripts, stylesheet]) {
    const plain = await portal.app.inject({ method: 'GET', url })
    assert.equal(plain.statusCode, 200, url)
    assert.equal(plain.headers['cache-control'], 'public, max-age=31536000, immutable')
    assert.equal(plain.headers['content-encoding'], undefined)
    const br = await portal.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } })
    assert.equal(br.headers['content-encoding'], 'br', url)
    assert.ok(brotliDecompressSync(br.rawPayload).equals(plain.rawPayload), `${url}: the same bytes`)
    const gzip = await portal.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } })
    assert.equal(gzip.headers['content-encoding'], 'gzip')
    assert.ok(gunzipSync(gzip.rawPayload).equals(plain.rawPayload))
  }
  assert.match((await portal.app.inject({ method: 'GET', url: scripts[1]! })).body, /ProseMirror/)
  assert.equal((await portal.app.inject({ method: 'GET', url: '/assets/soan-thao-000000000000.js' })).statusCode, 404)

  for (const screen of ['/toa-soan', '/toa-soan/bai-viet']) {
    const body = (await get(REPORTER, screen)).body
    // The editor's assets, not an article's address that happens to hold the words ("…-bien-tap-…").
    assert.doesNotMatch(body, /\/assets\/(bien-tap|soan-thao)-/, screen)
  }
})

test('the bar says where the text stands: saved at its time, or refused with the typed text kept', async () => {
  const id = await published('Bài xem trạng thái lưu')
  const { updated_at: updatedAt } = await portal.db.selectFrom('articles').select('updated_at').where('id', '=', id).executeTakeFirstOrThrow()
  const local = new Date(new Date(updatedAt).getTime() + 7 * 3600_000).toISOString().slice(11, 16)
  const opened = parsePage((await get(EDITOR, `/toa-soan/bai-viet/${id}`)).body)
  assert.equal(textOf(opened, '.editor-bar [role=status]'), `Đã lưu lúc ${local}`)
  assert.equal(textOf(opened, '.editor-bar .button-primary'), 'Lưu')
  assert.equal(opened.querySelector('.editor-bar button')!.getAttribute('form'), 'bai-viet', 'the bar saves the article form')

  const refused = await post(EDITOR, `/toa-soan/bai-viet/${id}`, { version: await version(id), ...form('', 'Sapo giữ lại.', '<p>Giữ lại.</p>') })
  assert.equal(refused.statusCode, 422)
  const again = parsePage(refused.body)
  assert.equal(textOf(again, '.editor-bar [role=status]'), 'Chưa lưu: xin xem các ô được đánh dấu và bấm Lưu.')
  assert.equal(textOf(again, '#f-lead'), 'Sapo giữ lại.')
  assert.equal(textOf(parsePage((await get(EDITOR, '/toa-soan/bai-viet/moi')).body), '.editor-bar [role=status]'), 'Bài mới, chưa lưu')
})
