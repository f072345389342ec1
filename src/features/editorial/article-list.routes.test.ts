import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import type { ArticleStatus } from '../articles/index.ts'
import { listArticles } from './article-list.repository.ts'

// The newsroom's article list, as each role sees it: tabs with counts, title search with or
// without diacritics, filters, pages by keyset, and only the actions the user may take.
let portal: TestPortal
let news: number
let mobilisation: number
let economy: number
const users: Record<string, number> = {}
const cookies: Record<string, string> = {}
const ADMIN = 'quantri@example.vn'
const REPORTER = 'phongvien@example.vn'
const EDITOR = 'bientap@example.vn' // Dân vận only
const APPROVER = 'lanhdao@example.vn'
const MODERATOR = 'kiemduyet@example.vn'

async function article(title: string, categoryId: number, status: ArticleStatus, extra: { authorEmail?: string; publishedAt?: Date; updatedAt?: Date } = {}): Promise<number> {
  const { id } = await createArticle(portal, { title, categoryId, status, ...(extra.publishedAt ? { publishedAt: extra.publishedAt } : {}) })
  await portal.db.updateTable('articles').set({
    author_id: extra.authorEmail ? users[extra.authorEmail]! : null,
    ...(status === 'draft' || status === 'in_review' || status === 'approved' ? { published_at: null } : {}),
    ...(extra.updatedAt ? { updated_at: extra.updatedAt.toISOString() } : {}),
  }).where('id', '=', id).execute()
  return id
}

before(async () => {
  portal = await buildTestPortal()
  news = await createCategory(portal, 'Tin tức')
  mobilisation = await createCategory(portal, 'Dân vận', news)
  economy = await createCategory(portal, 'Kinh tế')
  users[ADMIN] = await createUser(portal.db, 'administrator', ADMIN)
  users[REPORTER] = await createUser(portal.db, 'reporter', REPORTER)
  users[EDITOR] = await createUser(portal.db, 'editor', EDITOR, [mobilisation])
  users[APPROVER] = await createUser(portal.db, 'approver', APPROVER)
  users[MODERATOR] = await createUser(portal.db, 'moderator', MODERATOR)
  for (const email of Object.keys(users)) cookies[email] = (await signIn(portal.app, email)).cookie

  // 32 published articles, one a minute, as an imported portal has: no author.
  for (let i = 1; i <= 32; i++) await article(`Tin kinh tế số ${i}`, economy, 'published', { publishedAt: new Date(Date.UTC(2026, 10, 1, 1, i)), updatedAt: new Date(Date.UTC(2026, 10, 1, 1, i)) })
  await article('Hội nghị tổng kết công tác Dân vận năm 2020', mobilisation, 'published', { publishedAt: new Date('2026-11-20T03:00:00Z'), updatedAt: new Date('2026-11-20T03:00:00Z') })
  await article('Đảng bộ xã An Nhơn đại hội', news, 'published', { publishedAt: new Date('2026-11-25T03:00:00Z'), updatedAt: new Date('2026-11-25T03:00:00Z') })
  await article('Bản nháp về dân vận khéo', mobilisation, 'draft', { authorEmail: REPORTER })
  await article('Bài dân vận chờ duyệt', mobilisation, 'in_review', { authorEmail: REPORTER })
  await article('Bài kinh tế chờ duyệt', economy, 'in_review', { authorEmail: APPROVER })
  await article('Bài đã duyệt chờ đăng', mobilisation, 'approved', { authorEmail: REPORTER })
  await article('Bài hẹn giờ đăng', mobilisation, 'scheduled', { authorEmail: REPORTER, publishedAt: new Date('2030-01-01T01:00:00Z') })
  await article('Bài đã gỡ khỏi trang', economy, 'unpublished')
  await article('Bài đã hết hạn', economy, 'expired')
})
after(() => portal?.close())

const get = (email: string, url: string) => portal.app.inject({ method: 'GET', url, headers: { cookie: cookies[email]! } })
async function page(email: string, url = '/toa-soan/bai-viet') {
  const res = await get(email, url)
  assert.equal(res.statusCode, 200, res.body.slice(0, 500))
  return parsePage(res.body)
}
const titles = (doc: Document) => allText(doc, '.article-list-table tbody td:first-child .article-link')
/** "Tất cả (41)" → { 'Tất cả': 41 } */
function tabCounts(doc: Document): Record<string, number> {
  return Object.fromEntries(allText(doc, '.queue-tabs a').map((text) => { const m = /^(.*) \((\d+)\)$/.exec(text)!; return [m[1]!, Number(m[2])] }))
}

test('the administrator sees every article, in tabs by state with their counts, the current tab marked', async () => {
  const doc = await page(ADMIN)
  assert.deepEqual(tabCounts(doc), { 'Tất cả': 41, 'Của tôi': 0, 'Chờ duyệt': 2, 'Đã duyệt': 1, 'Hẹn giờ': 1, 'Đã đăng': 34, 'Đã gỡ': 2, 'Bản sửa chờ duyệt': 0 })
  assert.equal(textOf(doc, '.queue-tabs [aria-current="page"]'), 'Tất cả (41)')
  assert.equal(titles(doc).length, 30, 'a page of 30')
  assert.match(textOf(doc, '.list-summary'), /Có 41 bài/)

  const published = await page(ADMIN, '/toa-soan/bai-viet?hang=da-dang')
  assert.equal(textOf(published, '.queue-tabs [aria-current="page"]'), 'Đã đăng (34)')
  assert.deepEqual(titles(published).slice(0, 2), ['Đảng bộ xã An Nhơn đại hội', 'Hội nghị tổng kết công tác Dân vận năm 2020'], 'newest published first')
  const row = published.querySelector('.article-list-table tbody tr')!
  assert.deepEqual(allText(row, 'td').slice(1, 4), ['Đã xuất bản', 'Tin tức', '—'], 'status, category, author')
  assert.match(textOf(row as unknown as Document, 'td:nth-child(5)'), /Đăng lúc 25\/11\/2026 10:00/)
})

test('pages follow by keyset: "Xem tiếp" carries the last row, not an offset, and no article shows twice or is missed', async () => {
  const first = await page(ADMIN, '/toa-soan/bai-viet?hang=da-dang')
  const next = first.querySelector('a[rel="next"]')!.getAttribute('href')!
  assert.match(next, /[?&]sau=\d+-\d+/)
  assert.doesNotMatch(next, /offset|trang=/)
  const second = await page(ADMIN, next)
  assert.equal(titles(second).length, 4)
  assert.equal(second.querySelector('a[rel="next"]'), null)
  const all = [...titles(first), ...titles(second)]
  assert.equal(new Set(all).size, 34)
  assert.equal(all.at(-1), 'Tin kinh tế số 1')
  // The scheduled tab goes soonest first; a malformed cursor is only ignored.
  assert.equal((await get(ADMIN, '/toa-soan/bai-viet?hang=da-dang&sau=abc')).statusCode, 200)
})

test('a few words of a title find it, typed with or without diacritics, đ included', async () => {
  for (const query of ['dan van', 'Dân vận', 'DAN VAN', 'tong ket cong tac dan va']) {
    const doc = await page(ADMIN, `/toa-soan/bai-viet?tim=${encodeURIComponent(query)}`)
    assert.deepEqual(titles(doc).sort(), ['Bài dân vận chờ duyệt', 'Bản nháp về dân vận khéo', 'Hội nghị tổng kết công tác Dân vận năm 2020'].filter((t) => query.length < 10 || t.startsWith('Hội')).sort(), query)
  }
  const dang = await page(ADMIN, '/toa-soan/bai-viet?hang=da-dang&tim=dang+bo')
  assert.deepEqual(titles(dang), ['Đảng bộ xã An Nhơn đại hội'])
  assert.match(textOf(dang, '.list-summary'), /Có 1 bài có “dang bo” trong tiêu đề/)
  assert.equal(dang.querySelector<HTMLInputElement>('#tim')!.getAttribute('value'), 'dang bo', 'the search stays in its box')
  // The counts follow the search, and each tab keeps it.
  const counts = tabCounts(dang)
  assert.equal(counts['Tất cả'], 1)
  assert.equal(counts['Chờ duyệt'], 0)
  assert.match(dang.querySelector('.queue-tabs a')!.getAttribute('href')!, /tim=dang\+bo/)
  // Inside a word is not a word: "an van" is not "Dân vận".
  const none = await page(ADMIN, '/toa-soan/bai-viet?tim=an+van')
  assert.deepEqual(titles(none), [])
  assert.match(textOf(none, '.list-summary'), /Không có bài nào có “an van” trong tiêu đề/)
})

test('filters by category (with its sub-categories), author, state and dates; a bad date is said, not a 500', async () => {
  const inNews = await page(ADMIN, `/toa-soan/bai-viet?chuyen-muc=${news}`)
  assert.equal(tabCounts(inNews)['Tất cả'], 6, 'Tin tức and Dân vận under it')
  assert.ok(titles(inNews).every((t) => !t.startsWith('Tin kinh tế')))

  const byReporter = await page(ADMIN, `/toa-soan/bai-viet?tac-gia=${users[REPORTER]}`)
  assert.deepEqual(titles(byReporter).sort(), ['Bài dân vận chờ duyệt', 'Bài hẹn giờ đăng', 'Bài đã duyệt chờ đăng', 'Bản nháp về dân vận khéo'].sort())
  assert.ok(allText(byReporter, '#loc-tac-gia option').includes('Người dùng reporter'))

  const drafts = await page(ADMIN, '/toa-soan/bai-viet?hang=tat-ca&trang-thai=nhap')
  assert.deepEqual(titles(drafts), ['Bản nháp về dân vận khéo'])

  // Dates are days in Viet Nam: 20/11 10:00 there is 03:00 UTC.
  const dated = await page(ADMIN, '/toa-soan/bai-viet?hang=da-dang&tu=2026-11-20&den=2026-11-24')
  assert.deepEqual(titles(dated), ['Hội nghị tổng kết công tác Dân vận năm 2020'])
  const wrong = await get(ADMIN, '/toa-soan/bai-viet?tu=2026-02-30&den=hom-qua')
  assert.equal(wrong.statusCode, 200)
  const doc = parsePage(wrong.body)
  assert.match(textOf(doc, '#loi-from'), /Ngày không hợp lệ/)
  assert.equal(doc.querySelector('#loc-den')!.getAttribute('aria-invalid'), 'true')
  assert.equal(titles(doc).length, 30, 'the list is shown without the bad dates')
  const reversed = parsePage((await get(ADMIN, '/toa-soan/bai-viet?tu=2026-11-25&den=2026-11-20')).body)
  assert.match(textOf(reversed, '#loi-from'), /phải trước/)
  assert.equal((await get(ADMIN, '/toa-soan/bai-viet?tim=a&tim=b')).statusCode, 400, 'a shape no form sends')
})

test('a reporter sees only their own articles; an editor of Dân vận sees Dân vận and their own, never Kinh tế', async () => {
  const reporter = await page(REPORTER)
  assert.equal(tabCounts(reporter)['Tất cả'], 4)
  assert.equal(tabCounts(reporter)['Của tôi'], 4)
  assert.equal(reporter.querySelector('#loc-tac-gia'), null, 'no author filter for who sees only their own')
  assert.equal(tabCounts(reporter)['Bản sửa chờ duyệt'], undefined, 'no publisher tab')

  const editor = await page(EDITOR)
  assert.deepEqual(titles(editor).sort(), ['Bài dân vận chờ duyệt', 'Bài hẹn giờ đăng', 'Bài đã duyệt chờ đăng', 'Bản nháp về dân vận khéo', 'Hội nghị tổng kết công tác Dân vận năm 2020'].sort())
  const economyOnly = await page(EDITOR, `/toa-soan/bai-viet?chuyen-muc=${economy}`)
  assert.deepEqual(titles(economyOnly), [], 'a filter does not widen what a user may see')

  const moderator = await page(MODERATOR)
  assert.match(textOf(moderator, 'main'), /Vai trò của bạn không làm việc với bài viết/)
})

test('each row offers only what the user may do: approve for reviewers, withdraw (confirmed first) for publishers', async () => {
  const reviewQueue = await page(EDITOR, '/toa-soan/bai-viet?hang=cho-duyet')
  const row = reviewQueue.querySelector('.article-list-table tbody tr')!
  assert.deepEqual(allText(row, '.row-actions .button-primary'), ['Duyệt'])
  assert.deepEqual(allText(row, '.row-actions a'), ['Sửa', 'Trả lại…', 'Xem trước'])
  const reporterQueue = await page(REPORTER, '/toa-soan/bai-viet?hang=cho-duyet')
  assert.equal(reporterQueue.querySelectorAll('.row-actions button').length, 0, 'a reporter cannot approve')
  assert.deepEqual(allText(reporterQueue, '.row-actions a'), ['Mở', 'Xem trước'], 'nor edit past the draft')
  // The former queue addresses still lead to their tabs.
  assert.equal(textOf(await page(EDITOR, '/toa-soan/bai-viet?hang=cho-bien-tap'), '.queue-tabs [aria-current="page"]'), 'Chờ duyệt (1)')

  // Approving from the list comes back to the same list.
  const here = '/toa-soan/bai-viet?hang=cho-duyet'
  const form = row.querySelector('form')!
  const approve = await portal.app.inject({
    method: 'POST', url: form.getAttribute('action')!, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies[EDITOR]! },
    payload: new URLSearchParams({ _csrf: await csrfOf(portal.app, cookies[EDITOR]!), transition: 'approve', 'tro-lai': here }).toString(),
  })
  assert.equal(approve.statusCode, 303)
  assert.equal(approve.headers.location, here)

  const publishedRow = (await page(APPROVER, '/toa-soan/bai-viet?hang=da-dang&tim=dang+bo')).querySelector('.article-list-table tbody tr')!
  const withdraw = publishedRow.querySelector('a.button-danger')!
  assert.match(withdraw.textContent!, /^Gỡ bài/)
  assert.deepEqual(allText(publishedRow, '.row-actions .button-primary'), [], 'a destructive step is never the primary button')
  // The editor's confirmation page, with the way back to this list.
  const href = withdraw.getAttribute('href')!
  assert.match(href, /^\/toa-soan\/bai-viet\/\d+\/chuyen\?buoc=unpublish&tro-lai=/)
  const confirm = await page(APPROVER, href)
  assert.equal(textOf(confirm, 'h1'), 'Gỡ bài này?')
  assert.match(textOf(confirm, '.confirm-page'), /Đảng bộ xã An Nhơn đại hội/)
  assert.equal(confirm.querySelector('.confirm-actions a')!.getAttribute('href'), '/toa-soan/bai-viet?hang=da-dang&tim=dang+bo')
  assert.equal(confirm.querySelector('.confirm-actions input[name="tro-lai"]')!.getAttribute('value'), '/toa-soan/bai-viet?hang=da-dang&tim=dang+bo')
  assert.equal((await get(EDITOR, href)).statusCode, 403, 'the confirmation page is the article\'s, under its rights')
  // A return address elsewhere is not followed.
  const elsewhere = parsePage((await get(APPROVER, href.replace(/tro-lai=[^&]+/, 'tro-lai=https%3A%2F%2Fevil.example'))).body)
  assert.equal(elsewhere.querySelector('.confirm-actions input[name="tro-lai"]'), null)
  assert.match(elsewhere.querySelector('.confirm-actions a')!.getAttribute('href')!, /^\/toa-soan\/bai-viet\/\d+$/)
})

test('soonest-first lists page forward by the same keyset, rows of one instant split by id', async () => {
  const reach = { everything: true } as const
  const query = { reach, statuses: ['published'] as ArticleStatus[], clock: 'published_at' as const, ascending: true, limit: 3 }
  const first = await listArticles(portal.db, query)
  assert.deepEqual(first.map((r) => r.title), ['Tin kinh tế số 1', 'Tin kinh tế số 2', 'Tin kinh tế số 3'])
  const last = first.at(-1)!
  const next = await listArticles(portal.db, { ...query, after: { at: last.publishedAt!, id: last.id } })
  assert.deepEqual(next.map((r) => r.title), ['Tin kinh tế số 4', 'Tin kinh tế số 5', 'Tin kinh tế số 6'])
  // Two articles at the same instant: neither is lost between pages.
  const same = new Date('2026-11-01T01:03:00.000Z')
  const twin = await article('Tin cùng giờ với số 3', economy, 'published', { publishedAt: same })
  const split = await listArticles(portal.db, { ...query, limit: 3 })
  const resumed = await listArticles(portal.db, { ...query, after: { at: split.at(-1)!.publishedAt!, id: split.at(-1)!.id } })
  assert.deepEqual([...split, ...resumed].map((r) => r.id).filter((id) => id === twin).length, 1)
  await portal.db.deleteFrom('articles').where('id', '=', twin).execute()
})
