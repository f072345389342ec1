import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { parseXml } from '../../../test/support/xml.ts'

// Over real HTTP: the page-cache fast path answers before Fastify, and only a listening
// server reaches it.
let portal: TestPortal
let base: string
let news: number
let mobilisation: number

before(async () => {
  portal = await buildTestPortal()
  news = await createCategory(portal, 'Tin tức')
  mobilisation = await createCategory(portal, 'Dân vận', news)
  await createArticle(portal, { title: 'Bài đầu tiên', categoryId: mobilisation, publishedAt: new Date('2021-01-01T00:00:00Z') })
  base = await portal.listen()
})
after(() => portal.close())

const titles = async (path: string) => [...parseXml(await (await fetch(base + path)).text()).querySelectorAll('item > title')].map((el) => el.textContent)

test('feeds and the sitemap are anonymous and cached: no cookie, Cache-Control, an ETag that answers 304', async () => {
  for (const path of ['/rss', '/rss/tin-tuc/dan-van', '/sitemap.xml']) {
    const first = await fetch(base + path)
    assert.equal(first.status, 200, path)
    assert.equal(first.headers.get('set-cookie'), null)
    assert.match(first.headers.get('cache-control') ?? '', /^public, max-age=\d+/)
    const etag = first.headers.get('etag')
    assert.ok(etag, path)
    assert.ok(portal.cache.get(path), `${path} is kept`)
    const again = await fetch(base + path, { headers: { 'if-none-match': etag } })
    assert.equal(again.status, 304, path)
  }
})

test('the default address is http://HOST:PORT from the configuration', async () => {
  assert.match(await (await fetch(base + '/rss')).text(), /<link>http:\/\/127\.0\.0\.1:3000\/<\/link>/)
})

test('publishing, editing and unpublishing an article purge the portal\'s and its categories\' feeds and the sitemap', async () => {
  for (const path of ['/rss', '/rss/tin-tuc', '/rss/tin-tuc/dan-van']) assert.deepEqual(await titles(path), ['Bài đầu tiên'])
  await fetch(base + '/sitemap.xml')

  const fresh = await createArticle(portal, { title: 'Bài mới xuất bản', categoryId: mobilisation, publishedAt: new Date('2021-02-01T00:00:00Z') })
  for (const path of ['/rss', '/rss/tin-tuc', '/rss/tin-tuc/dan-van']) assert.deepEqual(await titles(path), ['Bài mới xuất bản', 'Bài đầu tiên'], path)
  assert.match(await (await fetch(base + '/sitemap.xml')).text(), new RegExp(fresh.slug))

  await portal.db.updateTable('articles').set({ title: 'Bài mới đã sửa' }).where('id', '=', fresh.id).execute()
  portal.events.emit('article.changed', { articleId: fresh.id, categoryIds: [mobilisation] })
  assert.deepEqual(await titles('/rss/tin-tuc'), ['Bài mới đã sửa', 'Bài đầu tiên'])

  await portal.db.updateTable('articles').set({ status: 'unpublished' }).where('id', '=', fresh.id).execute()
  portal.events.emit('article.changed', { articleId: fresh.id, categoryIds: [mobilisation] })
  assert.deepEqual(await titles('/rss'), ['Bài đầu tiên'])
  assert.doesNotMatch(await (await fetch(base + '/sitemap.xml')).text(), new RegExp(fresh.slug))
})

test('renaming a category purges the feeds that show its name', async () => {
  await fetch(base + '/rss/tin-tuc/dan-van')
  await portal.db.updateTable('categories').set({ name: 'Công tác dân vận' }).where('id', '=', mobilisation).execute()
  portal.events.emit('category.changed', { categoryId: mobilisation })
  const doc = parseXml(await (await fetch(base + '/rss/tin-tuc/dan-van')).text())
  assert.match(doc.querySelector('channel > title')?.textContent ?? '', /^Công tác dân vận - /)
})
