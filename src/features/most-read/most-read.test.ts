import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { allText, parsePage } from '../../../test/support/html.ts'
import { TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { ViewCounter } from './view-counter.ts'

let portal: TestPortal
let base: string
let category: number
const silent = { warn() {} } as never

before(async () => {
  portal = await buildTestPortal()
  category = await createCategory(portal, 'Dân vận')
  base = await portal.listen()
})
after(() => portal.close())

const viewsOf = async (articleId: number) =>
  (await portal.db.selectFrom('article_views').select(['day', 'views']).where('article_id', '=', articleId).orderBy('day').execute())
    .map((r) => [r.day, Number(r.views)])

test('a reader counts once an article in half an hour, and an address that reads too much stops counting', async () => {
  const clock = new TestClock(new Date('2026-12-02T03:00:00Z'))
  const counter = new ViewCounter(portal.db, clock, silent, { flushMs: 60_000, repeatAfterMs: 30 * 60_000, perAddressHourly: 3, maxAddresses: 1000 })
  const a = await createArticle(portal, { title: 'Bài được đọc lại', categoryId: category })
  const b = await createArticle(portal, { title: 'Bài thứ hai', categoryId: category })
  assert.equal(counter.record(a.id, '203.0.113.5'), true)
  assert.equal(counter.record(a.id, '203.0.113.5'), false, 'a reload is not another view')
  assert.equal(counter.record(a.id, '203.0.113.6'), true, 'another reader is')
  clock.advance(31 * 60_000)
  assert.equal(counter.record(a.id, '203.0.113.5'), true, 'half an hour later it counts again')
  assert.equal(counter.record(b.id, '203.0.113.5'), true)
  assert.equal(counter.record(b.id, '203.0.113.7'), true)
  assert.equal(counter.record(999_999, '203.0.113.5'), false, 'the fourth in an hour from one address is a robot')
  await counter.flush()
  assert.deepEqual(await viewsOf(a.id), [['2026-12-02', 3]])
  assert.deepEqual(await viewsOf(b.id), [['2026-12-02', 2]])
  await counter.flush()
  assert.deepEqual(await viewsOf(a.id), [['2026-12-02', 3]], 'a flush with nothing new adds nothing')
})

test('instances add up by the newsroom\'s day, and views of unpublished or unknown articles are dropped', async () => {
  const clock = new TestClock(new Date('2026-12-02T16:59:00Z')) // 23:59 in Viet Nam
  const options = { flushMs: 60_000, repeatAfterMs: 60_000, perAddressHourly: 100, maxAddresses: 1000 }
  const one = new ViewCounter(portal.db, clock, silent, options)
  const two = new ViewCounter(portal.db, clock, silent, options)
  const read = await createArticle(portal, { title: 'Bài đọc quanh nửa đêm', categoryId: category })
  const draft = await createArticle(portal, { title: 'Bản nháp', categoryId: category, status: 'draft' })
  one.record(read.id, '198.51.100.1')
  two.record(read.id, '198.51.100.2')
  two.record(draft.id, '198.51.100.2')
  two.record(2_000_000_000, '198.51.100.2')
  await Promise.all([one.flush(), two.flush()])
  clock.advance(2 * 60_000) // 00:01 the next day there
  one.record(read.id, '198.51.100.1')
  await one.flush()
  assert.deepEqual(await viewsOf(read.id), [['2026-12-02', 2], ['2026-12-03', 1]])
  assert.deepEqual(await viewsOf(draft.id), [])
})

test('a beacon from the portal\'s page is counted with no cookie; a bad id is 400 and another site\'s page 403', async () => {
  const { id } = await createArticle(portal, { title: 'Bài nhận lượt đọc', categoryId: category })
  const res = await fetch(`${base}/luot-doc/${id}`, { method: 'POST', headers: { origin: base } })
  assert.equal(res.status, 204)
  assert.equal(res.headers.get('set-cookie'), null)
  assert.equal(res.headers.get('cache-control'), 'no-store')
  for (const bad of ['0', 'abc', '1.5', '99999999999', '-1']) assert.equal((await fetch(`${base}/luot-doc/${bad}`, { method: 'POST' })).status, 400, bad)
  assert.equal((await fetch(`${base}/luot-doc/${id}`, { method: 'POST', headers: { origin: 'https://evil.example' } })).status, 403)
  assert.equal((await fetch(`${base}/luot-doc/${id}`, { method: 'POST', headers: { origin: 'null' } })).status, 403)
  await portal.views.flush()
  assert.deepEqual((await viewsOf(id)).map(([, n]) => n), [1])
})

test('a beacon for a draft answers exactly as one for an article that does not exist, and counts nothing', async () => {
  const draft = await createArticle(portal, { title: 'Bản nháp chưa ai được biết', categoryId: category, status: 'draft' })
  const pending = await createArticle(portal, { title: 'Bài đang chờ duyệt', categoryId: category, status: 'in_review' })
  const unknown = await fetch(`${base}/luot-doc/1999999999`, { method: 'POST', headers: { origin: base } })
  assert.equal(unknown.status, 404)
  const unknownBody = await unknown.text()
  for (const id of [draft.id, pending.id]) {
    const res = await fetch(`${base}/luot-doc/${id}`, { method: 'POST', headers: { origin: base } })
    assert.equal(res.status, unknown.status)
    assert.equal(res.headers.get('content-type'), unknown.headers.get('content-type'))
    assert.equal(await res.text(), unknownBody)
  }
  await portal.views.flush()
  assert.deepEqual(await viewsOf(draft.id), [])
})

test('"Đọc nhiều" lists the week\'s most read in every sidebar; a change purges the cached pages, unpublishing takes one off at once', async () => {
  const hot = await createArticle(portal, { title: 'Bài đọc nhiều nhất tuần', categoryId: category })
  const warm = await createArticle(portal, { title: 'Bài đọc nhiều thứ nhì', categoryId: category })
  await portal.mostRead.refreshNow()
  await fetch(base + '/')
  assert.ok(portal.cache.get('/'), 'the home page is cached')

  for (let i = 0; i < 30; i++) portal.views.record(hot.id, `192.0.2.${i}`)
  for (let i = 0; i < 20; i++) portal.views.record(warm.id, `192.0.2.${i}`)
  await portal.views.flush()
  await portal.mostRead.refreshNow()
  assert.equal(portal.cache.get('/'), undefined, 'a new list purges the pages that show it')
  for (const path of ['/', '/dan-van', `/dan-van/${hot.slug}`]) {
    const list = allText(parsePage(await (await fetch(base + path)).text()), '.most-read-block li')
    assert.deepEqual(list.slice(0, 2), ['Bài đọc nhiều nhất tuần', 'Bài đọc nhiều thứ nhì'], path)
  }
  const doc = parsePage(await (await fetch(base + '/')).text())
  assert.equal(doc.querySelector('.most-read-block a')?.getAttribute('href'), `/dan-van/${hot.slug}`)

  await portal.db.updateTable('articles').set({ status: 'unpublished' }).where('id', '=', hot.id).execute()
  portal.events.emit('article.changed', { articleId: hot.id, categoryIds: [category] })
  await portal.mostRead.refreshNow()
  assert.equal(allText(parsePage(await (await fetch(base + '/')).text()), '.most-read-block li')[0], 'Bài đọc nhiều thứ nhì')
})

test('an article page carries the counting script; the script is immutable and sets no cookie', async () => {
  const { id, slug } = await createArticle(portal, { title: 'Bài có đoạn mã đếm', categoryId: category })
  const html = await (await fetch(`${base}/dan-van/${slug}`)).text()
  const src = new RegExp(`<script src="(/assets/luot-doc-[0-9a-f]{12}\\.js)" data-article-id="${id}" defer></script>`).exec(html)?.[1]
  assert.ok(src)
  const script = await fetch(base + src)
  assert.equal(script.headers.get('cache-control'), 'public, max-age=31536000, immutable')
  assert.equal(script.headers.get('set-cookie'), null)
  assert.match(await script.text(), /sendBeacon/)
  assert.doesNotMatch(await (await fetch(base + '/dan-van')).text(), /luot-doc-/, 'category pages count nothing')
})
