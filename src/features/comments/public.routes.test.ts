import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { postComment, solved } from '../../../test/support/comments.ts'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { ABUSE_LIMITS } from './abuse-control.ts'
import { findComments, setCommentStatus } from './comment.repository.ts'

let portal: TestPortal
const clock = new TestClock(new Date('2026-11-29T02:00:00Z'))
let categoryId: number
let article: { id: number; slug: string }
let other: { id: number; slug: string }

before(async () => {
  portal = await buildTestPortal({ clock })
  categoryId = await createCategory(portal, 'Dân vận')
  article = await createArticle(portal, { categoryId, title: 'Bài nhận ý kiến', publishedAt: new Date('2026-11-20T00:00:00Z') })
  other = await createArticle(portal, { categoryId, title: 'Bài khác nhận ý kiến', publishedAt: new Date('2026-11-20T00:00:00Z') })
})
after(() => portal.close())

const page = (path: string) => portal.app.inject(path)
const rowsOf = (articleId: number) => portal.db.selectFrom('comments').selectAll().where('article_id', '=', articleId).orderBy('id').execute()
// Approves as a moderator does (setCommentStatus also marks the article as having comments).
const approve = async (id: number) => {
  moderatorId ??= await createUser(portal.db, 'moderator', 'kiem-duyet@example.vn')
  const [comment] = await findComments(portal.db, [id])
  await setCommentStatus(portal.db, [id], 'approved', moderatorId, clock.now())
  portal.events.emit('comments.changed', { articleId: comment!.articleId })
}
let moderatorId: number | undefined

test('the article page shows the form, and no comment before one is approved', async () => {
  const doc = parsePage((await page(`/dan-van/${article.slug}`)).body)
  assert.equal(textOf(doc, '#y-kien-ban-doc'), 'Ý kiến bạn đọc')
  assert.equal(doc.querySelector('#gui-y-kien')!.getAttribute('action'), `/y-kien/${article.id}`)
  for (const id of ['#c-name', '#c-email', '#c-body']) assert.ok(doc.querySelector(id), id)
  assert.match(textOf(doc, '.comments'), /Chưa có ý kiến nào/)
})

test('a comment posted without JavaScript is saved (NFC, with address and browser) before the answer, and awaits moderation', async () => {
  const res = await postComment(portal.app, article.id, { name: ' Trần Thị Bình ', email: 'Binh@Example.VN', body: 'Bài viết rất hay.\r\nCảm ơn ban biên tập.'.normalize('NFD') }, { ip: '198.51.100.7' })
  assert.equal(res.statusCode, 200)
  assert.equal(res.headers['set-cookie'], undefined)
  assert.equal(res.headers['cache-control'], 'no-store')
  const doc = parsePage(res.body)
  assert.equal(textOf(doc, 'h1'), 'Ý kiến của bạn đang chờ kiểm duyệt')
  assert.equal(doc.querySelector('.comment-answer a')!.getAttribute('href'), `/dan-van/${article.slug}#y-kien`)
  const [row] = await rowsOf(article.id)
  assert.equal(row!.status, 'pending')
  assert.equal(row!.author_name, 'Trần Thị Bình')
  assert.equal(row!.author_email, 'binh@example.vn')
  assert.equal(row!.body, 'Bài viết rất hay.\nCảm ơn ban biên tập.')
  assert.equal(row!.ip, '198.51.100.7')
  assert.equal(row!.user_agent, 'Trình duyệt thử')
  assert.doesNotMatch((await page(`/dan-van/${article.slug}`)).body, /Bài viết rất hay/)
})

test('with JavaScript the answer is JSON, and field errors come keyed by field', async () => {
  const ok = await postComment(portal.app, article.id, { body: 'Gửi bằng fetch.' }, { json: true })
  assert.equal(ok.statusCode, 200)
  assert.deepEqual(ok.json(), { status: 'pending', message: 'Ý kiến của bạn đang chờ kiểm duyệt. Cảm ơn bạn!' })
  const bad = await postComment(portal.app, article.id, { name: '', email: 'khong-phai-thu', body: '' }, { json: true })
  assert.equal(bad.statusCode, 422)
  assert.deepEqual(Object.keys(bad.json().error.fields).sort(), ['body', 'email', 'name'])
})

test('a form with mistakes comes back (422) with Vietnamese messages beside the fields and what was typed', async () => {
  const cases: [Record<string, string>, string, string][] = [
    [{ name: '  ' }, '#e-name', 'Xin nhập họ và tên.'],
    [{ email: '' }, '#e-email', 'Xin nhập thư điện tử.'],
    [{ email: 'an@' }, '#e-email', 'Địa chỉ thư điện tử không hợp lệ, ví dụ: nguyenvana@gmail.com.'],
    [{ body: ' \n ' }, '#e-body', 'Xin nhập nội dung ý kiến.'],
    [{ body: 'ý'.repeat(2001) }, '#e-body', 'Ý kiến dài quá 2000 ký tự (hiện có 2001 ký tự).'],
    [{ body: 'Xem https://a.example/1 và http://b.example/2 và www.c.example' }, '#e-body', 'Ý kiến có quá nhiều liên kết: tối đa 2 liên kết.'],
    [{ name: 'N'.repeat(81) }, '#e-name', 'Họ và tên dài quá 80 ký tự.'],
    [{ replyTo: '999999' }, '#e-replyTo', 'Không tìm thấy ý kiến bạn muốn trả lời.'],
  ]
  for (const [fields, selector, message] of cases) {
    const res = await postComment(portal.app, article.id, { body: 'Nội dung giữ lại', ...fields })
    assert.equal(res.statusCode, 422, selector)
    const doc = parsePage(res.body)
    assert.equal(textOf(doc, selector), message)
    if (!fields.body) assert.equal(textOf(doc, '#c-body'), 'Nội dung giữ lại')
  }
  assert.equal((await rowsOf(article.id)).filter((r) => r.body === 'Nội dung giữ lại').length, 0)
})

test('a post from another site is refused; from our own pages or with no Origin it is taken', async () => {
  const cross = await postComment(portal.app, article.id, { body: 'Từ trang lạ' }, { headers: { origin: 'https://evil.example' } })
  assert.equal(cross.statusCode, 403)
  const fetchSite = await postComment(portal.app, article.id, { body: 'Từ trang lạ 2' }, { headers: { 'sec-fetch-site': 'cross-site' } })
  assert.equal(fetchSite.statusCode, 403)
  const same = await postComment(portal.app, article.id, { body: 'Từ chính trang' }, { headers: { origin: 'http://portal.example:8080', host: 'portal.example:8080', 'sec-fetch-site': 'same-origin' } })
  assert.equal(same.statusCode, 200)
  assert.equal((await rowsOf(article.id)).filter((r) => r.body.startsWith('Từ trang lạ')).length, 0)
})

test('a filled honeypot lands in the spam folder with the reason, and the robot is told nothing', async () => {
  const res = await postComment(portal.app, article.id, { body: 'Mua hàng giá rẻ', website: 'http://spam.example' })
  assert.equal(res.statusCode, 200)
  const row = (await rowsOf(article.id)).find((r) => r.body === 'Mua hàng giá rẻ')!
  assert.equal(row.status, 'spam')
  assert.match(row.spam_reason, /honeypot/)
})

test('an address that posts fast must pass a challenge: by proof of work, or by answering in words', async () => {
  const ip = '192.0.2.10'
  for (let i = 0; i < ABUSE_LIMITS.fast.after; i++) {
    assert.equal((await postComment(portal.app, article.id, { body: `Nhanh ${i}` }, { ip })).statusCode, 200)
  }
  const asked = await postComment(portal.app, article.id, { body: 'Nhanh lần ba' }, { ip, json: true })
  assert.equal(asked.statusCode, 422)
  assert.equal(asked.json().error.code, 'challenge_required')
  const { token, bits } = asked.json().challenge
  const answer = solved(token, bits)
  const passed = await postComment(portal.app, article.id, { body: 'Nhanh lần ba', ...answer }, { ip, json: true })
  assert.equal(passed.statusCode, 200)
  const reused = await postComment(portal.app, article.id, { body: 'Nhanh lần bốn', ...answer }, { ip, json: true })
  assert.equal(reused.statusCode, 422, 'a solved challenge works once')

  // Without JavaScript: the form comes back with a question in Vietnamese words.
  const form = parsePage((await postComment(portal.app, article.id, { body: 'Không có JavaScript' }, { ip })).body)
  assert.match(textOf(doc(form), '.challenge label'), /^\S+ cộng \S+ bằng mấy\? \(viết bằng số\)$/)
  const wrong = await postComment(portal.app, article.id, { body: 'Không có JavaScript', challenge: tokenOf(form), answer: '99' }, { ip })
  assert.equal(wrong.statusCode, 422)
  assert.equal(textOf(parsePage(wrong.body), '#e-challenge'), 'Câu trả lời kiểm tra chưa đúng. Xin thử lại.')
  const again = parsePage(wrong.body)
  const right = await postComment(portal.app, article.id, { body: 'Không có JavaScript', challenge: tokenOf(again), answer: String(sumOf(textOf(again, '.challenge label'))) }, { ip })
  assert.equal(right.statusCode, 200)

  clock.advance(ABUSE_LIMITS.fast.windowMs)
  assert.equal((await postComment(portal.app, article.id, { body: 'Sau mười phút' }, { ip })).statusCode, 200, 'a quiet address is asked nothing')
})

const doc = (d: Document) => d
const tokenOf = (d: Document) => d.querySelector('input[name=challenge]')!.getAttribute('value')!
function sumOf(question: string): number {
  const words = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']
  const [, a, b] = /^(\S+) cộng (\S+)/.exec(question)!
  return words.indexOf(a!.toLowerCase()) + words.indexOf(b!)
}

test('one address is limited per hour (429, with what was typed kept); others still post', async () => {
  clock.advance(ABUSE_LIMITS.perAddress.windowMs)
  const ip = '192.0.2.20'
  let challenge: { challenge: string; nonce: string } | undefined
  for (let i = 0; i < ABUSE_LIMITS.perAddress.max; i++) {
    let res = await postComment(portal.app, article.id, { body: `Giới hạn ${i}`, ...challenge }, { ip, json: true })
    if (res.statusCode === 422) {
      const { token, bits } = res.json().challenge
      res = await postComment(portal.app, article.id, { body: `Giới hạn ${i}`, ...solved(token, bits) }, { ip, json: true })
    }
    assert.equal(res.statusCode, 200, `comment ${i}`)
  }
  const limited = await postComment(portal.app, article.id, { body: 'Một ý kiến quá giới hạn' }, { ip })
  assert.equal(limited.statusCode, 429)
  assert.ok(Number(limited.headers['retry-after']) > 0)
  const form = parsePage(limited.body)
  assert.match(textOf(form, '.form-message'), /Xin thử lại sau \d+ phút/)
  assert.equal(textOf(form, '#c-body'), 'Một ý kiến quá giới hạn')
  assert.equal((await postComment(portal.app, article.id, { body: 'Người khác vẫn gửi được' }, { ip: '192.0.2.21' })).statusCode, 200)
})

test('one article is limited per hour, whoever posts', async () => {
  clock.advance(ABUSE_LIMITS.perArticle.windowMs)
  const target = await createArticle(portal, { categoryId, title: 'Bài bị gửi dồn dập' })
  for (let i = 0; i < ABUSE_LIMITS.perArticle.max; i++) {
    assert.equal((await postComment(portal.app, target.id, { body: `Dồn dập số ${i}` }, { ip: `10.1.${Math.floor(i / 200)}.${i % 200}` })).statusCode, 200)
  }
  assert.equal((await postComment(portal.app, target.id, { body: 'Quá nhiều' }, { ip: '10.9.9.9' })).statusCode, 429)
  assert.equal((await postComment(portal.app, other.id, { body: 'Bài khác vẫn nhận' }, { ip: '10.9.9.9' })).statusCode, 200)
})

test('duplicates: the same reader sending again is one comment; the same text by others, or on another article, is spam', async () => {
  const text = 'Đề nghị nâng cấp đường liên xã An Nhơn.'
  await postComment(portal.app, article.id, { body: text, email: 'lan@example.vn' })
  await postComment(portal.app, article.id, { body: text, email: 'lan@example.vn' })
  assert.equal((await rowsOf(article.id)).filter((r) => r.body === text).length, 1, 'a double click is not two comments')
  await postComment(portal.app, article.id, { body: 'ĐỀ NGHỊ nâng cấp đường liên xã An Nhơn', email: 'khac@example.vn' })
  const copy = (await rowsOf(article.id)).find((r) => r.author_email === 'khac@example.vn')!
  assert.equal(copy.status, 'spam')
  assert.match(copy.spam_reason, /Trùng nội dung với ý kiến #\d+ ở cùng bài/)
  await postComment(portal.app, other.id, { body: text, email: 'lan@example.vn' })
  const elsewhere = (await rowsOf(other.id)).find((r) => r.body === text)!
  assert.equal(elsewhere.status, 'spam')
  assert.match(elsewhere.spam_reason, /ở bài khác/)
})

test('the blocklist catches "đảng", "dang", "Đ.ả.n.g" and "d a n g", and lets "đang" through', async () => {
  await portal.db.insertInto('comment_settings').values({ key: 'blocklist', value: 'đảng' }).execute()
  portal.events.emit('comment-settings.changed', { everyArticle: false })
  const verdicts: Record<string, string> = {}
  // Different sentences: the same words folded would be caught as duplicates first.
  for (const body of ['Một: nói xấu đảng', 'Hai: noi xau dang', 'Ba: nói xấu Đ.ả.n.g', 'Bốn: noi xau d a n g', 'Năm: tôi đang đọc báo']) {
    await postComment(portal.app, other.id, { body })
    const row = (await rowsOf(other.id)).find((r) => r.body === body)!
    verdicts[body] = row.status
    if (row.status === 'spam') assert.equal(row.spam_reason, 'Có từ bị chặn: “đảng”.')
  }
  assert.deepEqual(verdicts, { 'Một: nói xấu đảng': 'spam', 'Hai: noi xau dang': 'spam', 'Ba: nói xấu Đ.ả.n.g': 'spam', 'Bốn: noi xau d a n g': 'spam', 'Năm: tôi đang đọc báo': 'pending' })
})

test('approved comments show name, time and escaped text with line breaks, never the e-mail; links are plain text unless allowed', async () => {
  await postComment(portal.app, article.id, { name: 'Lê <b>Hải</b>', email: 'hai.bimat@example.vn', body: '<script>alert(1)</script>\nDòng hai https://example.vn/a' })
  const row = (await rowsOf(article.id)).find((r) => r.author_email === 'hai.bimat@example.vn')!
  await approve(row.id)
  const res = await page(`/dan-van/${article.slug}`)
  assert.doesNotMatch(res.body, /hai\.bimat@example\.vn/)
  assert.doesNotMatch(res.body, /<script>alert/)
  const d = parsePage(res.body)
  const item = d.querySelector(`#y-kien-${row.id}`)!
  assert.equal(item.querySelector('.comment-author')!.textContent, 'Lê <b>Hải</b>')
  assert.equal(item.querySelector('.comment-text')!.textContent, '<script>alert(1)</script>\nDòng hai https://example.vn/a')
  assert.equal(item.querySelectorAll('.comment-text a').length, 0)
  assert.ok(item.querySelector('time[datetime]'))

  await portal.db.updateTable('comments').set({ links_allowed: 1 }).where('id', '=', row.id).execute()
  portal.events.emit('comments.changed', { articleId: article.id })
  const link = parsePage((await page(`/dan-van/${article.slug}`)).body).querySelector(`#y-kien-${row.id} .comment-text a`)!
  assert.equal(link.getAttribute('href'), 'https://example.vn/a')
  assert.equal(link.getAttribute('rel'), 'nofollow ugc noopener')
})

test('replies go under their comment; comments read oldest or newest first; other queries go to the canonical page', async () => {
  const fresh = await createArticle(portal, { categoryId, title: 'Bài để trả lời' })
  await postComment(portal.app, fresh.id, { name: 'Người thứ nhất', body: 'Ý kiến thứ nhất' })
  clock.advance(60_000)
  await postComment(portal.app, fresh.id, { name: 'Người thứ hai', body: 'Ý kiến thứ hai' })
  for (const r of await rowsOf(fresh.id)) await approve(r.id)
  const [first] = await rowsOf(fresh.id)
  const replyForm = parsePage((await page(`/y-kien/${fresh.id}?tra-loi=${first!.id}`)).body)
  assert.match(textOf(replyForm, '.replying-to'), /Trả lời ý kiến của Người thứ nhất/)
  assert.equal(replyForm.querySelector('input[name=replyTo]')!.getAttribute('value'), String(first!.id))
  clock.advance(60_000)
  await postComment(portal.app, fresh.id, { name: 'Người trả lời', body: 'Tôi đồng ý', replyTo: String(first!.id) })
  const reply = (await rowsOf(fresh.id)).at(-1)!
  assert.equal(reply.parent_id, first!.id)
  await approve(reply.id)

  const oldest = parsePage((await page(`/dan-van/${fresh.slug}`)).body)
  assert.deepEqual(allText(oldest, '.comment-list > li > .comment-meta .comment-author'), ['Người thứ nhất', 'Người thứ hai'])
  assert.deepEqual(allText(oldest, `#y-kien-${first!.id} .comment-replies .comment-author`), ['Người trả lời'])
  const newest = await page(`/dan-van/${fresh.slug}?y-kien=moi-nhat`)
  assert.equal(newest.statusCode, 200)
  assert.deepEqual(allText(parsePage(newest.body), '.comment-list > li > .comment-meta .comment-author'), ['Người thứ hai', 'Người thứ nhất'])
  assert.equal(parsePage(newest.body).querySelector('link[rel=canonical]')!.getAttribute('href'), `${portal.config.publicUrl}/dan-van/${fresh.slug}`)
  const odd = await page(`/dan-van/${fresh.slug}?y-kien=cu-nhat`)
  assert.equal(odd.statusCode, 301)
  assert.equal(odd.headers.location, `/dan-van/${fresh.slug}`)
})

test('in a category without moderation a clean comment is published at once; spam still is not', async () => {
  const open = await createCategory(portal, 'Giao lưu trực tuyến')
  const target = await createArticle(portal, { categoryId: open, title: 'Bài không cần duyệt' })
  await portal.db.insertInto('comment_unmoderated_categories').values({ category_id: open }).execute()
  portal.events.emit('comment-settings.changed', { everyArticle: false })
  const res = await postComment(portal.app, target.id, { body: 'Đăng ngay không cần duyệt' })
  assert.equal(textOf(parsePage(res.body), 'h1'), 'Ý kiến của bạn đã được đăng')
  assert.match((await page(`/giao-luu-truc-tuyen/${target.slug}`)).body, /Đăng ngay không cần duyệt/)
  await postComment(portal.app, target.id, { body: 'Thư rác của máy', website: 'x' })
  assert.doesNotMatch((await page(`/giao-luu-truc-tuyen/${target.slug}`)).body, /Thư rác của máy/)
})

test('closed comments: per article, and after N days; the form gives way to a notice', async () => {
  const target = await createArticle(portal, { categoryId, title: 'Bài đóng ý kiến', publishedAt: new Date(clock.now().getTime() - 3 * 86_400_000) })
  await portal.db.insertInto('comment_closed_articles').values({ article_id: target.id, closed_at: clock.now().toISOString() }).execute()
  portal.events.emit('comment-settings.changed', { everyArticle: true })
  const closed = await postComment(portal.app, target.id, { body: 'Muộn rồi' })
  assert.equal(closed.statusCode, 403)
  assert.match(closed.body, /Bài viết này đã đóng ý kiến bạn đọc/)
  const d = parsePage((await page(`/dan-van/${target.slug}`)).body)
  assert.equal(d.querySelector('#gui-y-kien'), null)
  assert.equal(textOf(d, '.comments-closed'), 'Bài viết này đã đóng ý kiến bạn đọc.')

  const recent = await createArticle(portal, { categoryId, title: 'Bài mới đăng hai ngày', publishedAt: new Date(clock.now().getTime() - 2 * 86_400_000) })
  await portal.db.insertInto('comment_settings').values({ key: 'close_after_days', value: '1' }).execute()
  portal.events.emit('comment-settings.changed', { everyArticle: true })
  assert.equal((await postComment(portal.app, recent.id, { body: 'Sau một ngày' }, { json: true })).json().error.code, 'comments_closed')
  await portal.db.updateTable('comment_settings').set({ value: '7' }).where('key', '=', 'close_after_days').execute()
  portal.events.emit('comment-settings.changed', { everyArticle: true })
  assert.equal((await postComment(portal.app, recent.id, { body: 'Trong bảy ngày' })).statusCode, 200)
})

test('an unknown or unpublished article takes no comment (404); a comment sent before unpublishing stays', async () => {
  assert.equal((await postComment(portal.app, 999999, {})).statusCode, 404)
  const target = await createArticle(portal, { categoryId, title: 'Bài sẽ gỡ', publishedAt: clock.now() })
  await postComment(portal.app, target.id, { body: 'Gửi trước khi gỡ' })
  await portal.db.updateTable('articles').set({ status: 'unpublished' }).where('id', '=', target.id).execute()
  assert.equal((await postComment(portal.app, target.id, { body: 'Gửi sau khi gỡ' })).statusCode, 404)
  assert.deepEqual((await rowsOf(target.id)).map((r) => [r.body, r.status]), [['Gửi trước khi gỡ', 'pending']])
})

test('an article is marked once a comment of it is approved, and stays marked: the page looks comments up only then', async () => {
  const fresh = await createArticle(portal, { categoryId, title: 'Bài chưa có ý kiến nào', publishedAt: clock.now() })
  const markOf = async () => (await portal.db.selectFrom('articles').select('has_approved_comments').where('id', '=', fresh.id).executeTakeFirstOrThrow()).has_approved_comments
  const posted = await postComment(portal.app, fresh.id, { name: 'Người đọc', body: 'Ý kiến chờ duyệt' })
  assert.equal(posted.statusCode, 200, parsePage(posted.body).querySelector('main')?.textContent ?? '')
  assert.equal(await markOf(), 0, 'a pending comment does not mark it')
  const [row] = await rowsOf(fresh.id)
  await approve(row!.id)
  assert.equal(await markOf(), 1)
  assert.deepEqual(allText(parsePage((await page(`/dan-van/${fresh.slug}`)).body), '.comment-author'), ['Người đọc'])
  await setCommentStatus(portal.db, [row!.id], 'rejected', moderatorId!, clock.now())
  portal.events.emit('comments.changed', { articleId: fresh.id })
  assert.equal(await markOf(), 1, 'never cleared: a race could otherwise hide an approved comment')
  assert.deepEqual(allText(parsePage((await page(`/dan-van/${fresh.slug}`)).body), '.comment-author'), [])
})
