import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { postComment } from '../../../test/support/comments.ts'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

let portal: TestPortal
let categoryId: number
let article: { id: number; slug: string }
let admin: string
let moderatorCookie: string

before(async () => {
  portal = await buildTestPortal()
  categoryId = await createCategory(portal, 'Dân vận')
  article = await createArticle(portal, { categoryId, title: 'Bài để kiểm duyệt', publishedAt: new Date() })
  for (const role of ['administrator', 'moderator', 'reporter', 'editor'] as const) await createUser(portal.db, role, `${role}@example.vn`)
  admin = (await signIn(portal.app, 'administrator@example.vn')).cookie
  moderatorCookie = (await signIn(portal.app, 'moderator@example.vn')).cookie
})
after(() => portal.close())

const get = (url: string, cookie = admin) => portal.app.inject({ method: 'GET', url, headers: { cookie } })
async function post(url: string, fields: Record<string, string | string[]>, cookie = admin) {
  const params = new URLSearchParams({ _csrf: await csrfOf(portal.app, cookie) })
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) params.append(k, one)
  return portal.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie }, payload: params.toString() })
}
async function submitted(body: string, extra: Record<string, string> = {}, articleId = article.id): Promise<number> {
  const res = await postComment(portal.app, articleId, { body, ...extra })
  assert.equal(res.statusCode, 200, res.body.slice(0, 200))
  const row = await portal.db.selectFrom('comments').select('id').where('body', '=', body).orderBy('id', 'desc').executeTakeFirstOrThrow()
  return row.id
}
const statusOf = async (id: number) => (await portal.db.selectFrom('comments').select('status').where('id', '=', id).executeTakeFirst())?.status
const auditActions = async (id: number) => (await portal.db.selectFrom('audit_log').select('action').where('item_type', '=', 'comment').where('item_id', '=', String(id)).orderBy('id').execute()).map((r) => r.action)

test('administrators and moderators have the comments queue; reporters and editors do not', async () => {
  for (const role of ['administrator', 'moderator']) {
    const cookie = (await signIn(portal.app, `${role}@example.vn`)).cookie
    assert.equal((await get('/toa-soan/y-kien', cookie)).statusCode, 200, role)
    assert.equal((await get('/toa-soan/y-kien/cai-dat', cookie)).statusCode, 200, role)
    assert.match((await get('/toa-soan', cookie)).body, /href="\/toa-soan\/y-kien"/)
  }
  for (const role of ['reporter', 'editor']) {
    const cookie = (await signIn(portal.app, `${role}@example.vn`)).cookie
    assert.equal((await get('/toa-soan/y-kien', cookie)).statusCode, 403, role)
    assert.equal((await post('/toa-soan/y-kien/hang-loat', { 'thao-tac': 'approve', ids: '1' }, cookie)).statusCode, 403, role)
    assert.doesNotMatch((await get('/toa-soan', cookie)).body, /href="\/toa-soan\/y-kien"/)
  }
  assert.equal((await portal.app.inject('/toa-soan/y-kien')).statusCode, 303, 'a stranger is sent to sign in')
})

test('the queue counts each status, filters by article and searches text or author, folded', async () => {
  const second = await createArticle(portal, { categoryId, title: 'Bài thứ hai', publishedAt: new Date() })
  await submitted('Đường làng đã được bê tông hóa', { name: 'Phạm Quốc Việt' })
  await submitted('Cảm ơn bài viết', { name: 'Hồ Thị Hoa' }, second.id)
  await submitted('Quảng cáo', { website: 'robot' })
  const doc = parsePage((await get('/toa-soan/y-kien')).body)
  const tabs = allText(doc, '.queue-tabs a')
  assert.match(tabs[0]!, /^Chờ duyệt \(\d+\)$/)
  assert.match(tabs[3]!, /^Thư rác \([1-9]\d*\)$/)
  assert.ok(allText(doc, '.comment-queue .comment-text').includes('Đường làng đã được bê tông hóa'))
  const byArticle = parsePage((await get(`/toa-soan/y-kien?bai=${second.id}`)).body)
  assert.deepEqual(allText(byArticle, '.comment-queue .comment-text'), ['Cảm ơn bài viết'])
  assert.deepEqual(allText(parsePage((await get('/toa-soan/y-kien?tim=be+tong')).body), '.comment-queue .comment-text'), ['Đường làng đã được bê tông hóa'])
  assert.deepEqual(allText(parsePage((await get('/toa-soan/y-kien?tim=ho+thi+hoa')).body), '.comment-queue .comment-text'), ['Cảm ơn bài viết'])
  assert.equal(textOf(parsePage((await get('/toa-soan/y-kien?trang-thai=rac')).body), '.comment-queue td .muted'), 'Lý do: Điền vào ô bẫy dành cho máy (honeypot).')
})

test('bulk approve publishes under the article, is in the audit log, and purges the cached page', async () => {
  const a = await submitted('Ý kiến duyệt hàng loạt một')
  const b = await submitted('Ý kiến duyệt hàng loạt hai')
  const path = `/dan-van/${article.slug}`
  await portal.app.inject(path)
  await portal.app.inject(`${path}?y-kien=moi-nhat`)
  assert.ok(portal.cache.get(path) && portal.cache.get(`${path}?y-kien=moi-nhat`))
  const res = await post('/toa-soan/y-kien/hang-loat', { 'thao-tac': 'approve', ids: [String(a), String(b)], 'tro-lai': '/toa-soan/y-kien?trang-thai=cho-duyet', 'xac-nhan': '1' }, moderatorCookie)
  assert.equal(res.statusCode, 303)
  assert.equal(res.headers.location, '/toa-soan/y-kien?trang-thai=cho-duyet')
  assert.equal(portal.cache.get(path), undefined)
  assert.equal(portal.cache.get(`${path}?y-kien=moi-nhat`), undefined, 'both orders go')
  assert.deepEqual([await statusOf(a), await statusOf(b)], ['approved', 'approved'])
  assert.deepEqual(await auditActions(a), ['comment.approve'])
  const shown = allText(parsePage((await portal.app.inject(path)).body), '.comment-list .comment-text')
  assert.ok(shown.includes('Ý kiến duyệt hàng loạt một') && shown.includes('Ý kiến duyệt hàng loạt hai'))
})

test('a bulk action says what it will do first ("Duyệt 2 ý kiến?") and does nothing until confirmed', async () => {
  const a = await submitted('Ý kiến chờ xác nhận một')
  const b = await submitted('Ý kiến chờ xác nhận hai')
  const asked = await post('/toa-soan/y-kien/hang-loat', { 'thao-tac': 'approve', ids: [String(a), String(b)], 'tro-lai': '/toa-soan/y-kien?trang-thai=cho-duyet' }, moderatorCookie)
  assert.equal(asked.statusCode, 200)
  const page = parsePage(asked.body)
  assert.equal(textOf(page, 'h1'), 'Duyệt 2 ý kiến?')
  assert.deepEqual(allText(page, '.bulk-chosen .comment-text').sort(), ['Ý kiến chờ xác nhận hai', 'Ý kiến chờ xác nhận một'])
  assert.equal(textOf(page, '.confirm-actions button'), 'Duyệt 2 ý kiến')
  assert.equal(page.querySelector('.confirm-actions a')!.getAttribute('href'), '/toa-soan/y-kien?trang-thai=cho-duyet', 'going back loses nothing')
  assert.deepEqual([await statusOf(a), await statusOf(b)], ['pending', 'pending'])
  // The confirmation's own form carries the same ids and does it.
  const fields = new URLSearchParams()
  for (const input of page.querySelectorAll('.confirm-actions input[type=hidden]')) if (input.getAttribute('name') !== '_csrf') fields.append(input.getAttribute('name')!, input.getAttribute('value')!)
  fields.append('thao-tac', page.querySelector('.confirm-actions button')!.getAttribute('value')!)
  const done = await post('/toa-soan/y-kien/hang-loat', Object.fromEntries([...new Set(fields.keys())].map((k) => [k, fields.getAll(k).length > 1 ? fields.getAll(k) : fields.get(k)!])), moderatorCookie)
  assert.equal(done.statusCode, 303)
  assert.deepEqual([await statusOf(a), await statusOf(b)], ['approved', 'approved'])

  const deleting = parsePage((await post('/toa-soan/y-kien/hang-loat', { 'thao-tac': 'delete', ids: String(a) }, moderatorCookie)).body)
  assert.equal(textOf(deleting, 'h1'), 'Xóa hẳn 1 ý kiến?')
  assert.match(deleting.querySelector('.confirm-actions button')!.getAttribute('class')!, /button-danger/)
  const none = parsePage((await post('/toa-soan/y-kien/hang-loat', { 'thao-tac': 'approve' }, moderatorCookie)).body)
  assert.match(textOf(none, '.form-error'), /Chưa chọn ý kiến nào/)
})

test('reject, spam and delete, in bulk, each audited; a rejected comment leaves the page', async () => {
  const shown = await submitted('Sẽ bị từ chối sau khi duyệt')
  const spam = await submitted('Sẽ thành thư rác')
  const gone = await submitted('Sẽ bị xóa')
  await post('/toa-soan/y-kien/hang-loat', { 'thao-tac': 'approve', ids: String(shown), 'xac-nhan': '1' })
  await post('/toa-soan/y-kien/hang-loat', { 'thao-tac': 'reject', ids: String(shown), 'xac-nhan': '1' })
  await post('/toa-soan/y-kien/hang-loat', { 'thao-tac': 'spam', ids: String(spam), 'xac-nhan': '1' })
  await post('/toa-soan/y-kien/hang-loat', { 'thao-tac': 'delete', ids: String(gone), 'xac-nhan': '1' })
  assert.equal(await statusOf(shown), 'rejected')
  assert.equal(await statusOf(spam), 'spam')
  assert.equal(await statusOf(gone), undefined)
  assert.deepEqual(await auditActions(shown), ['comment.approve', 'comment.reject'])
  assert.deepEqual(await auditActions(gone), ['comment.delete'])
  const deleted = await portal.db.selectFrom('audit_log').select('details').where('action', '=', 'comment.delete').where('item_id', '=', String(gone)).executeTakeFirstOrThrow()
  assert.equal(JSON.parse(deleted.details).text, 'Sẽ bị xóa', 'what was deleted is kept in the log')
  assert.doesNotMatch((await portal.app.inject(`/dan-van/${article.slug}`)).body, /Sẽ bị từ chối/)
  assert.equal((await post('/toa-soan/y-kien/hang-loat', { 'thao-tac': 'burn', ids: String(spam) })).statusCode, 400)
})

test('a moderator fixes a typo, allows links and replies as the organisation; the reply is published with the approval', async () => {
  const id = await submitted('Xin hỏi lịch tiếp dân cua tháng này? Xem https://example.vn/lich')
  const form = await get(`/toa-soan/y-kien/${id}`, moderatorCookie)
  assert.equal(form.statusCode, 200)
  assert.match(textOf(parsePage(form.body), '.comment-facts'), /an@example\.vn/)
  const saved = await post(`/toa-soan/y-kien/${id}`, { body: 'Xin hỏi lịch tiếp dân của tháng này? Xem https://example.vn/lich', replyText: 'Lịch tiếp dân đăng vào ngày 1 hằng tháng.', linksAllowed: '1', 'thao-tac': 'luu' }, moderatorCookie)
  assert.equal(saved.statusCode, 303)
  assert.doesNotMatch((await portal.app.inject(`/dan-van/${article.slug}`)).body, /Lịch tiếp dân đăng/, 'not before the approval')
  await post(`/toa-soan/y-kien/${id}`, { body: 'Xin hỏi lịch tiếp dân của tháng này? Xem https://example.vn/lich', replyText: 'Lịch tiếp dân đăng vào ngày 1 hằng tháng.', linksAllowed: '1', 'thao-tac': 'luu-duyet' }, moderatorCookie)
  const item = parsePage((await portal.app.inject(`/dan-van/${article.slug}`)).body).querySelector(`#y-kien-${id}`)!
  assert.match(item.querySelector('.comment-text')!.textContent!, /tiếp dân của tháng/)
  assert.equal(item.querySelector('.comment-text a')!.getAttribute('rel'), 'nofollow ugc noopener')
  assert.equal(item.querySelector('.official-reply .comment-meta')!.textContent, 'Tòa Soạn trả lời')
  assert.equal(item.querySelector('.official-reply .comment-text')!.textContent, 'Lịch tiếp dân đăng vào ngày 1 hằng tháng.')
  assert.deepEqual(await auditActions(id), ['comment.edit', 'comment.reply', 'comment.approve'])
  const empty = await post(`/toa-soan/y-kien/${id}`, { body: '  ', replyText: '', 'thao-tac': 'luu' }, moderatorCookie)
  assert.equal(empty.statusCode, 422)
  assert.equal(textOf(parsePage(empty.body), '#e-body'), 'Nội dung ý kiến không được để trống.')
})

test('settings: moderation off per category, close after N days, the blocklist; all audited', async () => {
  const open = await createCategory(portal, 'Giao lưu trực tuyến')
  const bad = await post('/toa-soan/y-kien/cai-dat', { moderated: String(categoryId), closeAfterDays: 'ba', blocklist: '' })
  assert.equal(bad.statusCode, 422)
  assert.match(textOf(parsePage(bad.body), '#e-closeAfterDays'), /Số ngày phải là một số nguyên/)
  const res = await post('/toa-soan/y-kien/cai-dat', { moderated: String(categoryId), closeAfterDays: '30', blocklist: 'đảng\n  \nphản động' })
  assert.equal(res.statusCode, 303)
  const page = parsePage((await get('/toa-soan/y-kien/cai-dat')).body)
  assert.equal(page.querySelector(`input[name=moderated][value="${open}"]`)!.hasAttribute('checked'), false)
  assert.equal(page.querySelector(`input[name=moderated][value="${categoryId}"]`)!.hasAttribute('checked'), true)
  assert.equal(page.querySelector('#f-blocklist')!.textContent, 'đảng\nphản động')
  assert.equal(page.querySelector('#f-closeAfterDays')!.getAttribute('value'), '30')
  assert.equal((await portal.db.selectFrom('audit_log').select('action').where('action', '=', 'comment.settings').execute()).length, 1, 'the refused form changed nothing')

  const target = await createArticle(portal, { categoryId: open, title: 'Hỏi đáp không cần duyệt', publishedAt: new Date() })
  await postComment(portal.app, target.id, { body: 'Hỏi ngay đáp ngay' })
  assert.match((await portal.app.inject(`/giao-luu-truc-tuyen/${target.slug}`)).body, /Hỏi ngay đáp ngay/)
  await postComment(portal.app, target.id, { body: 'Bọn p.h.a.n d.o.n.g' })
  assert.equal((await portal.db.selectFrom('comments').select('status').where('body', '=', 'Bọn p.h.a.n d.o.n.g').executeTakeFirstOrThrow()).status, 'spam')
})

test('closing and reopening an article from the queue purges its page and is audited', async () => {
  const path = `/dan-van/${article.slug}`
  await portal.app.inject(path)
  assert.ok(portal.cache.get(path))
  assert.equal((await post(`/toa-soan/y-kien/bai/${article.id}/dong`, {})).statusCode, 303)
  assert.equal(portal.cache.get(path), undefined)
  assert.equal(parsePage((await portal.app.inject(path)).body).querySelector('#gui-y-kien'), null)
  assert.equal((await postComment(portal.app, article.id, { body: 'Khi đã đóng' })).statusCode, 403)
  assert.match(textOf(parsePage((await get(`/toa-soan/y-kien?bai=${article.id}`)).body), '.notice'), /Mở lại ý kiến cho bài này/)
  await post(`/toa-soan/y-kien/bai/${article.id}/mo`, {})
  assert.ok(parsePage((await portal.app.inject(path)).body).querySelector('#gui-y-kien'))
  const actions = (await portal.db.selectFrom('audit_log').select('action').where('item_type', '=', 'article').where('item_id', '=', String(article.id)).execute()).map((r) => r.action)
  assert.deepEqual(actions, ['comment.close-article', 'comment.open-article'])
})

test('a comment on an article unpublished later stays in the queue and can still be approved', async () => {
  const target = await createArticle(portal, { categoryId, title: 'Bài sau này bị gỡ', publishedAt: new Date() })
  const id = await submitted('Ý kiến trước khi gỡ bài', {}, target.id)
  await portal.db.updateTable('articles').set({ status: 'unpublished' }).where('id', '=', target.id).execute()
  const queue = parsePage((await get(`/toa-soan/y-kien?bai=${target.id}`)).body)
  assert.deepEqual(allText(queue, '.comment-queue .comment-text'), ['Ý kiến trước khi gỡ bài'])
  assert.match(textOf(queue, '.comment-queue tbody'), /bài không còn đăng/)
  await post('/toa-soan/y-kien/hang-loat', { 'thao-tac': 'approve', ids: String(id), 'xac-nhan': '1' })
  assert.equal(await statusOf(id), 'approved')
})

test('every moderation form needs the CSRF token', async () => {
  const res = await portal.app.inject({
    method: 'POST', url: '/toa-soan/y-kien/hang-loat', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: admin },
    payload: 'thao-tac=delete&ids=1',
  })
  assert.equal(res.statusCode, 403)
})
