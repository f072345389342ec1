import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createDocument, createIssuer, createKind } from '../../../test/support/documents.factory.ts'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { parsePage, textOf } from '../../../test/support/html.ts'
import { TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { RATING_LIMITS } from './ratings.service.ts'

let portal: TestPortal
const clock = new TestClock(new Date('2026-12-07T02:00:00Z'))
let article: { id: number; slug: string }
let english: { id: number; slug: string }
let document: { id: number; slug: string }

before(async () => {
  portal = await buildTestPortal({ clock })
  const categoryId = await createCategory(portal, 'Dân vận')
  article = await createArticle(portal, { categoryId, title: 'Thủ tục đăng ký tạm trú', publishedAt: new Date('2026-12-01T00:00:00Z') })
  english = await createArticle(portal, { categoryId, title: 'Temporary residence', language: 'en', publishedAt: new Date('2026-12-01T00:00:00Z') })
  document = await createDocument(portal, { kindId: await createKind(portal, 'Quyết định'), issuerId: await createIssuer(portal, 'UBND tỉnh'), number: '15/2026/QĐ-UBND' })
})
after(() => portal.close())

let readerNumber = 0
/** Posts the rating form as a browser would, from a reader's own address unless one is given. */
function rate(kind: string, id: number | string, fields: Record<string, string>, options: { ip?: string; json?: boolean; headers?: Record<string, string> } = {}) {
  return portal.app.inject({
    method: 'POST', url: `/danh-gia/${kind}/${id}`, payload: new URLSearchParams(fields).toString(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': options.ip ?? `198.51.100.${(++readerNumber % 250) + 1}`, 'user-agent': 'Trình duyệt thử',
      accept: options.json ? 'application/json' : 'text/html', ...options.headers,
    },
  })
}
const rowsOf = (kind: string, id: number) => portal.db.selectFrom('content_ratings').selectAll().where('kind', '=', kind).where('item_id', '=', id).orderBy('id').execute()

test('the article page asks "Thông tin này có hữu ích không?" with a form posting to /danh-gia/article/<id>', async () => {
  const doc = parsePage((await portal.app.inject(`/dan-van/${article.slug}`)).body)
  assert.equal(textOf(doc, '.rating legend'), 'Thông tin này có hữu ích không?')
  const form = doc.querySelector('form.rating-form')!
  assert.equal(form.getAttribute('action'), `/danh-gia/article/${article.id}`)
  assert.deepEqual([...form.querySelectorAll('input[name="huu-ich"]')].map((i) => i.getAttribute('value')), ['co', 'khong'])
  assert.deepEqual([...form.querySelectorAll('input[name="ly-do"]')].map((i) => i.parentElement!.textContent!.trim()), ['Thiếu thông tin', 'Khó hiểu', 'Không chính xác', 'Đã cũ', 'Khác'])
  assert.equal(form.querySelector('textarea[name="gop-y"]')!.getAttribute('maxlength'), '500')
})

test('the cached article page sets no cookie and is the same bytes for every reader', async () => {
  const one = await portal.app.inject({ url: `/dan-van/${article.slug}`, headers: { 'x-forwarded-for': '203.0.113.1', 'user-agent': 'Một' } })
  await rate('article', article.id, { 'huu-ich': 'co' }, { ip: '203.0.113.1', headers: { 'user-agent': 'Một' } })
  const two = await portal.app.inject({ url: `/dan-van/${article.slug}`, headers: { 'x-forwarded-for': '203.0.113.2', 'user-agent': 'Hai' } })
  const again = await portal.app.inject({ url: `/dan-van/${article.slug}`, headers: { 'x-forwarded-for': '203.0.113.1', 'user-agent': 'Một' } })
  for (const res of [one, two, again]) assert.equal(res.headers['set-cookie'], undefined)
  assert.equal(two.body, one.body)
  assert.equal(again.body, one.body)
})

test('a document page and an English article page carry the form, the English one in English', async () => {
  const doc = parsePage((await portal.app.inject(`/van-ban/${document.slug}`)).body)
  assert.equal(doc.querySelector('form.rating-form')!.getAttribute('action'), `/danh-gia/document/${document.id}`)
  const en = parsePage((await portal.app.inject(`/en/${english.slug}`)).body)
  assert.equal(textOf(en, '.rating legend'), 'Was this information helpful?')
  assert.equal(en.querySelector('form.rating-form input[name="ngon-ngu"]')!.getAttribute('value'), 'en')
  assert.equal(en.querySelector('.rating-survey a')!.getAttribute('href'), '/en/survey')
})

test('a "yes" without JavaScript is counted and answered with a thank-you page linking back, no cookie, no store', async () => {
  const before = (await rowsOf('document', document.id)).length
  const res = await rate('document', document.id, { 'huu-ich': 'co', 'ly-do': 'kho-hieu' })
  assert.equal(res.statusCode, 200)
  assert.equal(res.headers['set-cookie'], undefined)
  assert.equal(res.headers['cache-control'], 'no-store')
  const doc = parsePage(res.body)
  assert.equal(textOf(doc, 'h1'), 'Cảm ơn bạn đã đánh giá')
  assert.equal(doc.querySelector('.rating-answer a')!.getAttribute('href'), `/van-ban/${document.slug}`)
  const rows = await rowsOf('document', document.id)
  assert.equal(rows.length, before + 1)
  // A "yes" keeps no reason.
  assert.deepEqual({ helpful: rows.at(-1)!.helpful, reason: rows.at(-1)!.reason }, { helpful: 1, reason: '' })
})

test('a "no" keeps its reason and the comment (NFC, at most 500 characters), and never the address', async () => {
  const res = await rate('article', article.id, { 'huu-ich': 'khong', 'ly-do': 'da-cu', 'gop-y': ' Thông tin đã cũ, xin cập nhật. '.normalize('NFD') }, { ip: '192.0.2.77', json: true })
  assert.equal(res.statusCode, 200)
  assert.deepEqual(res.json(), { counted: true, message: 'Cảm ơn bạn' })
  const row = (await rowsOf('article', article.id)).at(-1)!
  assert.deepEqual({ helpful: row.helpful, reason: row.reason, comment: row.comment, day: row.day }, { helpful: 0, reason: 'da-cu', comment: 'Thông tin đã cũ, xin cập nhật.', day: '2026-12-07' })
  assert.doesNotMatch(JSON.stringify(row), /192\.0\.2\.77/)
})

test('one reader counts once per item per day; two readers twice; the same reader again the next day', async () => {
  const item = await createArticle(portal, { categoryId: (await portal.db.selectFrom('categories').select('id').executeTakeFirstOrThrow()).id, title: 'Bài đếm đánh giá' })
  const first = await rate('article', item.id, { 'huu-ich': 'co' }, { ip: '203.0.113.50', json: true })
  const repeat = await rate('article', item.id, { 'huu-ich': 'khong' }, { ip: '203.0.113.50', json: true })
  assert.equal(first.json().counted, true)
  assert.equal(repeat.statusCode, 200)
  assert.equal(repeat.json().counted, false)
  await rate('article', item.id, { 'huu-ich': 'co' }, { ip: '203.0.113.51' })
  // The same address with another browser is another reader (approximate, as the README says).
  await rate('article', item.id, { 'huu-ich': 'co' }, { ip: '203.0.113.50', headers: { 'user-agent': 'Trình duyệt khác' } })
  assert.equal((await rowsOf('article', item.id)).length, 3)
  // The same reader's answer on another item counts there.
  assert.equal((await rate('document', document.id, { 'huu-ich': 'co' }, { ip: '203.0.113.50', json: true })).json().counted, true)
  clock.advance(24 * 60 * 60 * 1000)
  try {
    assert.equal((await rate('article', item.id, { 'huu-ich': 'co' }, { ip: '203.0.113.50', json: true })).json().counted, true)
    const rows = await rowsOf('article', item.id)
    assert.equal(rows.length, 4)
    assert.deepEqual(rows.map((r) => r.day), ['2026-12-07', '2026-12-07', '2026-12-07', '2026-12-08'])
    // A new day has a new key: the same reader's marks cannot be linked across days.
    assert.notEqual(rows[3]!.reader_mark, rows[0]!.reader_mark)
  } finally {
    clock.advance(-24 * 60 * 60 * 1000)
  }
})

test('an unknown kind, a missing or unpublished item, or a malformed id is 404', async () => {
  const draft = await createArticle(portal, { categoryId: (await portal.db.selectFrom('categories').select('id').executeTakeFirstOrThrow()).id, title: 'Bản nháp', status: 'draft' })
  for (const [kind, id] of [['bai-hat', article.id], ['article', 999999], ['article', draft.id], ['article', 'abc'], ['article', '0'], ['Article', article.id]] as const) {
    const res = await rate(kind, id, { 'huu-ich': 'co' })
    assert.equal(res.statusCode, 404, `${kind}/${id}`)
    const json = await rate(kind, id, { 'huu-ich': 'co' }, { json: true })
    assert.equal(json.statusCode, 404)
    assert.equal(json.json().error.code, 'not_found')
  }
})

test('an unknown reason, a missing answer or a long comment is 400 in Vietnamese, and nothing is stored', async () => {
  const before = (await rowsOf('article', article.id)).length
  const cases = [
    [{ 'huu-ich': 'khong', 'ly-do': 'chan-qua' }, 'Lý do không có trong danh sách.'],
    [{ 'huu-ich': 'co-le' }, 'Xin chọn Có hoặc Không.'],
    [{ 'huu-ich': 'khong', 'gop-y': 'a'.repeat(501) }, 'Góp ý dài quá 500 ký tự.'],
  ] as const
  for (const [fields, message] of cases) {
    const res = await rate('article', article.id, fields)
    assert.equal(res.statusCode, 400)
    assert.equal(textOf(parsePage(res.body), '.rating-answer [role="alert"]'), message)
    const json = await rate('article', article.id, fields, { json: true })
    assert.equal(json.statusCode, 400)
    assert.equal(json.json().error.message, message)
  }
  // In English from the English form.
  const en = await rate('article', article.id, { 'huu-ich': 'khong', 'ly-do': 'x', 'ngon-ngu': 'en' }, { json: true })
  assert.equal(en.json().error.message, 'That reason is not in the list.')
  assert.equal((await rowsOf('article', article.id)).length, before)
})

test('a post from another site is refused', async () => {
  const res = await rate('article', article.id, { 'huu-ich': 'co' }, { json: true, headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } })
  assert.equal(res.statusCode, 403)
  assert.equal(res.json().error.code, 'cross_site')
})

test('one address is limited like comments: past the limit it gets 429 with Retry-After, and nothing is stored', async () => {
  const ip = '203.0.113.99'
  const items = [article, document]
  for (let i = 0; i < RATING_LIMITS.ratings.max; i++) {
    // Different browsers, so that each answer is a new reader's, as a script's would be.
    const res = await rate(i % 2 ? 'document' : 'article', items[i % 2]!.id, { 'huu-ich': 'co' }, { ip, json: true, headers: { 'user-agent': `Máy ${i}` } })
    assert.equal(res.statusCode, 200, `answer ${i}`)
  }
  const before = (await rowsOf('article', article.id)).length
  const refused = await rate('article', article.id, { 'huu-ich': 'co' }, { ip, headers: { 'user-agent': 'Máy cuối' } })
  assert.equal(refused.statusCode, 429)
  assert.ok(Number(refused.headers['retry-after']) >= 60)
  assert.match(textOf(parsePage(refused.body), '[role="alert"]'), /Xin thử lại sau \d+ phút/)
  assert.equal((await rowsOf('article', article.id)).length, before)
  // Another address is not held back.
  assert.equal((await rate('article', article.id, { 'huu-ich': 'co' }, { ip: '203.0.113.98' })).statusCode, 200)
})
