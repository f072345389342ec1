import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { postComment } from '../../../test/support/comments.ts'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { allText, parsePage } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

// The newsroom's home page counts what needs each user, from every module's manifest
// (`dashboard`), and tells what was done lately in words, narrowed by their rights.
const clock = new TestClock(new Date('2026-12-07T02:00:00Z')) // 09:00 in Viet Nam
let portal: TestPortal
let mobilisation: number
let economy: number
const cookies: Record<string, string> = {}
const REPORTER = 'phongvien@example.vn'
const EDITOR = 'bientap@example.vn' // Dân vận only
const ECONOMY_EDITOR = 'bientap.kinhte@example.vn'
const APPROVER = 'lanhdao@example.vn'
const MODERATOR = 'kiemduyet@example.vn'
const ADMIN = 'quantri@example.vn'

async function post(email: string, url: string, fields: Record<string, string>) {
  const cookie = cookies[email]!
  const res = await portal.app.inject({
    method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    payload: new URLSearchParams({ _csrf: await csrfOf(portal.app, cookie), ...fields }).toString(),
  })
  assert.ok(res.statusCode === 303, `${url}: ${res.statusCode} ${res.body.slice(0, 300)}`)
  return res
}
async function draft(title: string, categoryId = mobilisation): Promise<number> {
  const res = await post(REPORTER, '/toa-soan/bai-viet', { title, lead: '', bodyHtml: '<p>Nội dung.</p>', categoryId: String(categoryId) })
  return Number(/(\d+)$/.exec(String(res.headers.location))![1])
}
const move = (email: string, id: number, transition: string, extra: Record<string, string> = {}) => post(email, `/toa-soan/bai-viet/${id}/chuyen`, { transition, ...extra })

/** "Chờ tôi duyệt" → 2, from the dashboard's counts. */
async function counts(email: string): Promise<Record<string, number>> {
  const doc = parsePage((await portal.app.inject({ method: 'GET', url: '/toa-soan', headers: { cookie: cookies[email]! } })).body)
  return Object.fromEntries([...doc.querySelectorAll('.dashboard-counts a')].map((a) => [a.querySelector('.dashboard-count-label')!.textContent!, Number(a.querySelector('.dashboard-count')!.textContent)]))
}
async function dashboard(email: string): Promise<Document> {
  return parsePage((await portal.app.inject({ method: 'GET', url: '/toa-soan', headers: { cookie: cookies[email]! } })).body)
}

before(async () => {
  portal = await buildTestPortal({ clock })
  const news = await createCategory(portal, 'Tin tức')
  mobilisation = await createCategory(portal, 'Dân vận', news)
  economy = await createCategory(portal, 'Kinh tế')
  await createUser(portal.db, 'reporter', REPORTER)
  await createUser(portal.db, 'editor', EDITOR, [mobilisation])
  await createUser(portal.db, 'editor', ECONOMY_EDITOR, [economy])
  await createUser(portal.db, 'approver', APPROVER)
  await createUser(portal.db, 'moderator', MODERATOR)
  await createUser(portal.db, 'administrator', ADMIN)
  for (const email of [REPORTER, EDITOR, ECONOMY_EDITOR, APPROVER, MODERATOR, ADMIN]) cookies[email] = (await signIn(portal.app, email)).cookie

  await draft('Bản nháp còn đang viết')
  const returned = await draft('Bài bị trả lại để bổ sung')
  await move(REPORTER, returned, 'submit')
  await move(EDITOR, returned, 'return', { reason: 'Bổ sung số liệu' })
  const waiting = await draft('Bài gửi duyệt về dân vận')
  await move(REPORTER, waiting, 'submit')
  const approved = await draft('Bài đã duyệt, hẹn đăng trưa nay')
  await move(REPORTER, approved, 'submit')
  await move(EDITOR, approved, 'approve')
  await move(APPROVER, approved, 'schedule', { publishAt: '2026-12-07T12:00' })
  const commented = await createArticle(portal, { title: 'Bài có ý kiến', categoryId: economy })
  for (const body of ['Ý kiến thứ nhất.', 'Ý kiến thứ hai.', 'Ý kiến thứ ba.']) assert.equal((await postComment(portal.app, commented.id, { body })).statusCode, 200)
})
after(() => portal?.close())

test('a reporter sees their drafts, what was returned to them, and what is scheduled today', async () => {
  assert.deepEqual(await counts(REPORTER), { 'Bị trả lại cho tôi': 1, 'Bản nháp của tôi': 2, 'Hẹn đăng hôm nay': 1 })
  const doc = await dashboard(REPORTER)
  assert.equal(doc.querySelector('.dashboard-counts li.urgent a')!.getAttribute('href'), '/toa-soan/bai-viet?hang=cua-toi&trang-thai=nhap')
  assert.equal(doc.querySelector('.dashboard-counts li.urgent')!.textContent!.replace(/\s+/g, ' ').trim(), '1 Bị trả lại cho tôi', 'what waits on them comes first')
  assert.ok(!allText(doc, '.quick-links a').includes('Ý kiến bạn đọc'), 'no link they may not follow')
  assert.ok(allText(doc, '.quick-links a').includes('Viết bài mới'))
})

test('reviewers count what waits for their review in their own categories; a publisher what waits to go out', async () => {
  assert.equal((await counts(EDITOR))['Chờ tôi duyệt'], 1)
  assert.equal((await counts(ECONOMY_EDITOR))['Chờ tôi duyệt'], 0, 'Dân vận is not theirs')
  const approver = await counts(APPROVER)
  assert.equal(approver['Chờ tôi duyệt'], 1)
  assert.equal(approver['Đã duyệt, chờ xuất bản'], 0)
  assert.equal(approver['Hẹn đăng hôm nay'], 1)
  const tomorrow = await dashboard(APPROVER)
  assert.equal(tomorrow.querySelector('a[href^="/toa-soan/bai-viet?hang=hen-gio"]')!.getAttribute('href'), '/toa-soan/bai-viet?hang=hen-gio&tu=2026-12-07&den=2026-12-07')
})

test('a moderator sees the comments waiting, and nothing of the articles', async () => {
  assert.deepEqual(await counts(MODERATOR), { 'Ý kiến chờ duyệt': 3 })
  const doc = await dashboard(MODERATOR)
  assert.equal(doc.querySelector('.dashboard-counts li.urgent a')!.getAttribute('href'), '/toa-soan/y-kien?trang-thai=cho-duyet')
  assert.deepEqual(allText(doc, '.activity li'), [], 'no article activity for who opens no article')
})

test('recent activity is told in words, only about what the user may open, newest first', async () => {
  const editor = allText(await dashboard(EDITOR), '.activity li')
  assert.match(editor[0]!, /Người dùng approver đã hẹn giờ đăng bài «Bài đã duyệt, hẹn đăng trưa nay»/)
  assert.ok(editor.some((line) => /Người dùng editor đã trả lại bài «Bài bị trả lại để bổ sung»/.test(line)))
  assert.deepEqual(allText(await dashboard(ECONOMY_EDITOR), '.activity li'), [], 'an editor of Kinh tế sees nothing of Dân vận')
  const admin = await dashboard(ADMIN)
  assert.ok(admin.querySelector('.activity a[href^="/toa-soan/bai-viet/"]'), 'each article linked to its editor')
  assert.ok(admin.querySelector('a[href="/toa-soan/nhat-ky"]'), 'the whole log for who may read it')
  assert.equal((await dashboard(EDITOR)).querySelector('a[href="/toa-soan/nhat-ky"]'), null)
})
