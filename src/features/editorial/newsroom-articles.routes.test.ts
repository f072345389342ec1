import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createCategory } from '../../../test/support/factories.ts'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { toNewsroomLocalInput } from './draft-form.ts'
import { runDueWork } from './scheduler.ts'

let portal: TestPortal
const clock = new TestClock(new Date('2026-11-29T02:00:00Z'))
let mobilisation: number
let economy: number
const who: Record<string, string> = {}

before(async () => {
  portal = await buildTestPortal({ clock })
  const news = await createCategory(portal, 'Tin tức')
  mobilisation = await createCategory(portal, 'Dân vận', news)
  economy = await createCategory(portal, 'Kinh tế')
  await createUser(portal.db, 'reporter', 'phongvien@example.vn')
  await createUser(portal.db, 'editor', 'bientap@example.vn', [mobilisation])
  await createUser(portal.db, 'editor', 'bientap.kinhte@example.vn', [economy])
  await createUser(portal.db, 'approver', 'lanhdao@example.vn')
  for (const email of ['phongvien@example.vn', 'bientap@example.vn', 'bientap.kinhte@example.vn', 'lanhdao@example.vn']) {
    who[email] = (await signIn(portal.app, email)).cookie
  }
})
after(() => portal.close())

async function post(email: string, url: string, fields: Record<string, string>) {
  const cookie = who[email]!
  return portal.app.inject({
    method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    payload: new URLSearchParams({ _csrf: await csrfOf(portal.app, cookie), ...fields }).toString(),
  })
}
/** A save names the version it was made from, as the form's hidden field does. */
async function versionOf(id: number): Promise<string> {
  return String((await portal.db.selectFrom('articles').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version)
}
const save = async (email: string, id: number, fields: Record<string, string>) => post(email, `/toa-soan/bai-viet/${id}`, { version: await versionOf(id), ...fields })
const get = (email: string, url: string) => portal.app.inject({ method: 'GET', url, headers: { cookie: who[email]! } })
const move = (email: string, id: number, transition: string, extra: Record<string, string> = {}) => post(email, `/toa-soan/bai-viet/${id}/chuyen`, { transition, ...extra })

async function writeDraft(title: string, categoryId = mobilisation, email = 'phongvien@example.vn'): Promise<number> {
  const res = await post(email, '/toa-soan/bai-viet', {
    title, lead: 'Sapo của bài.', bodyHtml: '<p>Nội dung <script>alert(1)</script>chính.</p>', categoryId: String(categoryId),
    bylineKind: 'T/h', bylineName: 'Lê Hải', tags: 'Dân vận khéo, Cơ sở',
  })
  assert.equal(res.statusCode, 303, res.body.slice(0, 300))
  return Number(/\/toa-soan\/bai-viet\/(\d+)$/.exec(String(res.headers.location))![1])
}

test('a reporter writes a draft: the body is sanitised and a revision kept', async () => {
  const id = await writeDraft('Bài nháp đầu tiên của phóng viên')
  const page = await get('phongvien@example.vn', `/toa-soan/bai-viet/${id}`)
  assert.equal(page.statusCode, 200)
  const doc = parsePage(page.body)
  assert.equal((doc.querySelector('#f-title') as unknown as { getAttribute(n: string): string }).getAttribute('value'), 'Bài nháp đầu tiên của phóng viên')
  assert.ok(!textOf(doc, '#f-bodyHtml').includes('<script>'))
  assert.equal(allText(doc, '.revisions li').length, 1)
  assert.deepEqual(allText(doc, '.transition button'), ['Gửi duyệt'])
})

test('a form with mistakes comes back with Vietnamese messages beside the fields and what was typed', async () => {
  const res = await post('phongvien@example.vn', '/toa-soan/bai-viet', { title: '', lead: 'Sapo giữ lại', bodyHtml: '<p>Giữ lại</p>', categoryId: '99999' })
  assert.equal(res.statusCode, 422)
  const doc = parsePage(res.body)
  assert.equal(textOf(doc, '#e-title'), 'Xin nhập tiêu đề.')
  assert.equal(textOf(doc, '#e-categoryId'), 'Xin chọn một chuyên mục.')
  assert.equal(textOf(doc, '#f-lead'), 'Sapo giữ lại')
})

test('a reporter cannot write in a category they are not allowed, nor publish', async () => {
  const res = await post('bientap@example.vn', '/toa-soan/bai-viet', { title: 'Bài sai chuyên mục', categoryId: String(economy), bodyHtml: '' })
  assert.equal(res.statusCode, 422)
  assert.match(res.body, /Bạn không được viết bài trong chuyên mục này/)
  const id = await writeDraft('Phóng viên thử tự xuất bản')
  assert.equal((await move('phongvien@example.vn', id, 'publish')).statusCode, 409, 'a draft cannot be published at all')
  await move('phongvien@example.vn', id, 'submit')
  const tryPublish = await move('phongvien@example.vn', id, 'approve')
  assert.equal(tryPublish.statusCode, 403)
})

test('the full path: submit, return with a reason, resubmit, approve, schedule, published on time', async () => {
  const id = await writeDraft('Ra mắt mô hình Dân vận khéo ở An Nhơn')
  assert.equal((await move('phongvien@example.vn', id, 'submit')).statusCode, 303)

  const queue = parsePage((await get('bientap@example.vn', '/toa-soan/bai-viet?hang=cho-bien-tap')).body)
  assert.ok(allText(queue, '.queue td a').includes('Ra mắt mô hình Dân vận khéo ở An Nhơn'))
  assert.match(allText(queue, '.queue-tabs a').find((t) => t.startsWith('Chờ duyệt'))!, /\(\d+\)/)
  assert.equal((await get('bientap.kinhte@example.vn', `/toa-soan/bai-viet/${id}`)).statusCode, 403, 'an editor of Kinh tế cannot open a Dân vận article')
  assert.equal((await move('bientap.kinhte@example.vn', id, 'approve')).statusCode, 403)

  const noReason = await move('bientap@example.vn', id, 'return', { reason: '  ' })
  assert.equal(noReason.statusCode, 422)
  assert.match(noReason.body, /Xin ghi lý do trả lại bài/)
  assert.equal((await move('bientap@example.vn', id, 'return', { reason: 'Bổ sung số liệu năm 2020' })).statusCode, 303)
  const returned = await get('phongvien@example.vn', `/toa-soan/bai-viet/${id}`)
  assert.match(returned.body, /Bài bị trả lại: Bổ sung số liệu năm 2020/)
  const notices = parsePage((await get('phongvien@example.vn', '/toa-soan/bai-viet')).body)
  assert.ok(allText(notices, '#thong-bao ~ ul li').some((n) => n.includes('Ra mắt mô hình') && n.includes('trả lại')))

  await move('phongvien@example.vn', id, 'submit')
  assert.equal((await move('bientap@example.vn', id, 'approve')).statusCode, 303)
  assert.equal((await move('bientap@example.vn', id, 'publish')).statusCode, 403, 'an editor does not publish')

  const past = await move('lanhdao@example.vn', id, 'schedule', { publishAt: toNewsroomLocalInput(new Date(clock.now().getTime() - 60_000)) })
  assert.equal(past.statusCode, 422)
  const at = new Date(clock.now().getTime() + 10 * 60_000)
  assert.equal((await move('lanhdao@example.vn', id, 'schedule', { publishAt: toNewsroomLocalInput(at) })).statusCode, 303)

  const publicUrl = '/tin-tuc/dan-van/ra-mat-mo-hinh-dan-van-kheo-o-an-nhon'
  assert.equal((await portal.app.inject(publicUrl)).statusCode, 404)
  await portal.app.inject('/tin-tuc/dan-van')
  clock.advance(9 * 60_000)
  await portal.scheduler.tick()
  assert.equal((await portal.app.inject(publicUrl)).statusCode, 404, 'not a minute early')
  clock.advance(60_000)
  await portal.scheduler.tick()
  const live = await portal.app.inject(publicUrl)
  assert.equal(live.statusCode, 200)
  assert.equal(textOf(parsePage(live.body), '.byline'), 'T/h: Lê Hải')
  assert.match((await portal.app.inject('/tin-tuc/dan-van')).body, /Ra mắt mô hình Dân vận khéo ở An Nhơn/, 'the category page was purged')
})

test('an author cannot approve their own article', async () => {
  const id = await writeDraft('Bài lãnh đạo tự viết', mobilisation, 'lanhdao@example.vn')
  await move('lanhdao@example.vn', id, 'submit')
  const res = await move('lanhdao@example.vn', id, 'approve')
  assert.equal(res.statusCode, 403)
  assert.match(res.body, /Người viết không tự duyệt bài của mình/)
})

test('overdue publications are caught up at start, and happen once even when two instances tick together', async () => {
  const id = await writeDraft('Bài hẹn giờ lúc máy chủ đang tắt')
  await move('phongvien@example.vn', id, 'submit')
  await move('bientap@example.vn', id, 'approve')
  await move('lanhdao@example.vn', id, 'schedule', { publishAt: toNewsroomLocalInput(new Date(clock.now().getTime() + 5 * 60_000)) })
  clock.advance(60 * 60_000)
  const [a, b] = await Promise.all([runDueWork(portal.db, portal.events, clock), runDueWork(portal.db, portal.events, clock)])
  assert.equal([...a.published, ...b.published].filter((x) => x === id).length, 1)
  const audit = await portal.db.selectFrom('audit_log').select('id').where('action', '=', 'article.publish-scheduled').where('item_id', '=', String(id)).execute()
  assert.equal(audit.length, 1)
})

test('unpublishing takes the article off the site at once; an expiry time does it on time', async () => {
  const id = await writeDraft('Bài sẽ bị gỡ')
  await move('phongvien@example.vn', id, 'submit')
  await move('bientap@example.vn', id, 'approve')
  await move('lanhdao@example.vn', id, 'publish')
  const url = '/tin-tuc/dan-van/bai-se-bi-go'
  assert.equal((await portal.app.inject(url)).statusCode, 200)
  assert.equal((await move('lanhdao@example.vn', id, 'unpublish')).statusCode, 303)
  assert.equal((await portal.app.inject(url)).statusCode, 404)

  const expiring = await writeDraft('Thông báo có thời hạn')
  const saved = await save('phongvien@example.vn', expiring, {
    title: 'Thông báo có thời hạn', bodyHtml: '<p>Hạn một giờ.</p>', categoryId: String(mobilisation),
    expiresAt: toNewsroomLocalInput(new Date(clock.now().getTime() + 60 * 60_000)),
  })
  assert.equal(saved.statusCode, 303)
  await move('phongvien@example.vn', expiring, 'submit')
  await move('bientap@example.vn', expiring, 'approve')
  await move('lanhdao@example.vn', expiring, 'publish')
  assert.equal((await portal.app.inject('/tin-tuc/dan-van/thong-bao-co-thoi-han')).statusCode, 200)
  clock.advance(61 * 60_000)
  await portal.scheduler.tick()
  assert.equal((await portal.app.inject('/tin-tuc/dan-van/thong-bao-co-thoi-han')).statusCode, 404)
})

test('every step is in the audit log', async () => {
  const actions = (await portal.db.selectFrom('audit_log').select('action').execute()).map((r) => r.action)
  for (const action of ['article.create', 'article.save', 'article.submit', 'article.return', 'article.approve', 'article.schedule', 'article.publish', 'article.unpublish', 'article.publish-scheduled', 'article.expire']) {
    assert.ok(actions.includes(action), action)
  }
})

test('the preview shows the article exactly as readers will, before it is published', async () => {
  const id = await writeDraft('Bài xem trước')
  const res = await get('phongvien@example.vn', `/toa-soan/bai-viet/${id}/xem-truoc`)
  assert.equal(res.statusCode, 200)
  const doc = parsePage(res.body)
  assert.equal(textOf(doc, 'h1'), 'Bài xem trước')
  assert.deepEqual(allText(doc, '.breadcrumb li').slice(0, 3), ['Trang chủ', 'Tin tức', 'Dân vận'])
  assert.equal(res.headers['cache-control'], 'no-store')
})

test('an editor sees a readable diff of an earlier save and restores it', async () => {
  const id = await writeDraft('Bài có nhiều lần lưu')
  const saved = await save('phongvien@example.vn', id, {
    title: 'Bài có nhiều lần lưu (sửa)', bodyHtml: '<p>Nội dung đã viết lại hoàn toàn.</p>', categoryId: String(mobilisation), bylineKind: 'T/h', bylineName: 'Lê Hải',
  })
  assert.equal(saved.statusCode, 303)
  const form = parsePage((await get('bientap@example.vn', `/toa-soan/bai-viet/${id}`)).body)
  const links = [...form.querySelectorAll('.revisions a')].map((a) => a.getAttribute('href')!)
  assert.equal(links.length, 2)
  const first = links.at(-1)!
  const diff = parsePage((await get('bientap@example.vn', first)).body)
  assert.deepEqual(allText(diff, '.diff h2'), ['Tiêu đề', 'Sapo', 'Nội dung', 'Từ khóa'])
  assert.match(textOf(diff, '.diff del'), /\(sửa\)/)
  assert.ok(allText(diff, '.diff ins').some((t) => t.includes('chính')))
  assert.equal((await post('bientap@example.vn', `${first}/khoi-phuc`, { version: await versionOf(id) })).statusCode, 303)
  const restored = await portal.db.selectFrom('articles').select(['title', 'body_html']).where('id', '=', id).executeTakeFirstOrThrow()
  assert.equal(restored.title, 'Bài có nhiều lần lưu')
  assert.match(restored.body_html, /Nội dung\s*chính/)
  const after = parsePage((await get('bientap@example.vn', `/toa-soan/bai-viet/${id}`)).body)
  assert.equal(allText(after, '.revisions li').length, 3, 'restoring is itself a new save')
  assert.equal((await post('bientap.kinhte@example.vn', `${first}/khoi-phuc`, { version: await versionOf(id) })).statusCode, 403)
})

test('the lead image is chosen from the media library and shown to readers with its responsive sources', async () => {
  const { insertMedia } = await import('../media/index.ts')
  const reporter = await portal.db.selectFrom('users').select('id').where('email', '=', 'phongvien@example.vn').executeTakeFirstOrThrow()
  const mediaId = await insertMedia(portal.db, {
    storageKey: 'uploads/2026/11/abc', widths: [480, 960, 1600], originalName: 'hoi-nghi.jpg', mime: 'image/jpeg',
    width: 1600, height: 900, bytes: 1000, alt: 'Quang cảnh hội nghị', caption: 'Hội nghị tại Quy Nhơn', uploadedBy: reporter.id,
  }, new Date())
  const id = await writeDraft('Bài có ảnh đại diện')
  const form = parsePage((await get('phongvien@example.vn', `/toa-soan/bai-viet/${id}`)).body)
  // A grid of thumbnails, each a radio button of the article form (it works without JavaScript).
  const choice = [...form.querySelectorAll('#f-leadImageId label')].find((l) => l.textContent!.includes('Quang cảnh hội nghị'))
  assert.ok(choice, 'the library image is offered')
  assert.equal(choice.querySelector('input[type=radio][name=leadImageId]')!.getAttribute('form'), 'bai-viet')
  assert.equal(choice.querySelector('img')!.getAttribute('src'), '/media/uploads/2026/11/abc-480.webp', 'by its smallest copy')
  const fields = { title: 'Bài có ảnh đại diện', bodyHtml: '<p>Nội dung.</p>', categoryId: String(mobilisation) }
  const missing = await save('phongvien@example.vn', id, { ...fields, leadImageId: '999999' })
  assert.equal(missing.statusCode, 422)
  assert.match(missing.body, /Không tìm thấy ảnh này trong thư viện/)
  assert.equal((await save('phongvien@example.vn', id, { ...fields, leadImageId: String(mediaId) })).statusCode, 303)
  await move('phongvien@example.vn', id, 'submit')
  await move('bientap@example.vn', id, 'approve')
  await move('lanhdao@example.vn', id, 'publish')
  const page = parsePage((await portal.app.inject('/tin-tuc/dan-van/bai-co-anh-dai-dien')).body)
  const img = page.querySelector('.lead-image img')!
  assert.equal(img.getAttribute('src'), '/media/uploads/2026/11/abc-1600.webp')
  assert.equal(img.getAttribute('srcset'), '/media/uploads/2026/11/abc-480.webp 480w, /media/uploads/2026/11/abc-960.webp 960w, /media/uploads/2026/11/abc-1600.webp 1600w')
  assert.equal(img.getAttribute('alt'), 'Quang cảnh hội nghị')
  assert.equal(img.getAttribute('height'), '900')
  assert.equal(textOf(page, '.lead-image figcaption'), 'Hội nghị tại Quy Nhơn')
})
