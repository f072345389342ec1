import assert from 'node:assert/strict'
import { gunzipSync } from 'node:zlib'
import { after, before, test } from 'node:test'
import { createArticle, createCategory } from '../support/factories.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

let portal: TestPortal
let base: string
let categoryId: number

before(async () => {
  portal = await buildTestPortal()
  categoryId = await createCategory(portal, 'Dân vận')
  await createCategory(portal, 'Kinh tế')
  base = await portal.listen()
})
after(() => portal.close())

test('anonymous pages set no cookie and carry Cache-Control with stale-while-revalidate and an ETag', async () => {
  const { slug } = await createArticle(portal, { categoryId })
  for (const path of ['/', '/dan-van', `/dan-van/${slug}`, '/api/v1/categories']) {
    for (const attempt of ['miss', 'hit']) {
      const res = await fetch(base + path)
      assert.equal(res.status, 200, `${path} ${attempt}`)
      assert.equal(res.headers.get('set-cookie'), null)
      assert.match(res.headers.get('cache-control')!, /public.*stale-while-revalidate=\d+/)
      assert.match(res.headers.get('etag')!, /^W\/".+"$/)
    }
  }
})

test('If-None-Match with the current ETag answers 304 without a body', async () => {
  const first = await fetch(base + '/dan-van')
  const etag = first.headers.get('etag')!
  const res = await fetch(base + '/dan-van', { headers: { 'if-none-match': etag } })
  assert.equal(res.status, 304)
  assert.equal(await res.text(), '')
  assert.equal((await fetch(base + '/dan-van', { headers: { 'if-none-match': `W/"old", ${etag}` } })).status, 304)
  assert.equal((await fetch(base + '/dan-van', { headers: { 'if-none-match': 'W/"old"' } })).status, 200)
})

test('a cached page is served from memory, without the database, until its article changes', async () => {
  const { id, slug } = await createArticle(portal, { title: 'Bài sẽ bị gỡ khỏi cơ sở dữ liệu', categoryId })
  const path = `/dan-van/${slug}`
  assert.equal((await fetch(base + path)).status, 200)
  // Removed behind the portal's back: only the cache can still answer.
  await portal.db.deleteFrom('articles').where('id', '=', id).execute()
  const cached = await fetch(base + path)
  assert.equal(cached.status, 200)
  assert.match(await cached.text(), /Bài sẽ bị gỡ khỏi cơ sở dữ liệu/)
  portal.events.emit('article.changed', { articleId: id, categoryIds: [categoryId] })
  assert.equal((await fetch(base + path)).status, 404)
})

test('publishing purges the article, its category and the home page, and leaves other categories cached', async () => {
  await fetch(base + '/')
  await fetch(base + '/dan-van')
  await fetch(base + '/kinh-te')
  const { slug } = await createArticle(portal, { title: 'Tin mới đăng về dân vận', categoryId, publishedAt: new Date() })
  assert.equal(portal.cache.get('/'), undefined)
  assert.equal(portal.cache.get('/dan-van'), undefined)
  assert.ok(portal.cache.get('/kinh-te'), 'an unrelated category stays cached')
  assert.match(await (await fetch(base + '/dan-van')).text(), new RegExp(slug))
  assert.match(await (await fetch(base + '/')).text(), /Tin mới đăng về dân vận/)
})

test('compressed copies are served to clients that accept them', async () => {
  const plain = await (await fetch(base + '/dan-van')).text()
  const res = await fetch(base + '/dan-van', { headers: { 'accept-encoding': 'gzip' } })
  assert.equal(res.headers.get('vary'), 'Accept-Encoding')
  // fetch decodes gzip itself; the raw bytes are checked through node:http below.
  assert.equal(await res.text(), plain)
  const raw = await new Promise<Buffer>((resolve, reject) => {
    import('node:http').then(({ get }) => get(base + '/dan-van', { headers: { 'accept-encoding': 'gzip' } }, (r) => {
      assert.equal(r.headers['content-encoding'], 'gzip')
      const chunks: Buffer[] = []
      r.on('data', (c) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject)
    }))
  })
  assert.equal(gunzipSync(raw).toString('utf8'), plain)
})

test('HEAD answers with headers only, from the cache too', async () => {
  await fetch(base + '/dan-van')
  const res = await fetch(base + '/dan-van', { method: 'HEAD' })
  assert.equal(res.status, 200)
  assert.equal(await res.text(), '')
  assert.ok(Number(res.headers.get('content-length')) > 0)
})

test('a page rendered while its article was being changed is sent but not kept', async () => {
  const own = await buildTestPortal()
  try {
    const category = await createCategory(own, 'Thời sự')
    const { id, slug } = await createArticle(own, { title: 'Bài đang được sửa', categoryId: category })
    const path = `/thoi-su/${slug}`
    // The purge lands between the request's arrival and its answer.
    own.app.addHook('preHandler', async (req) => {
      if (req.url === path) own.events.emit('article.changed', { articleId: id, categoryIds: [category] })
    })
    assert.equal((await own.app.inject(path)).statusCode, 200)
    assert.equal(own.cache.get(path), undefined)
  } finally {
    await own.close()
  }
})

test('a shared link\'s tracking parameters reach the cached page: one copy, and no 400 from the API', async () => {
  const { slug } = await createArticle(portal, { title: 'Bài được chia sẻ trên Facebook', categoryId })
  const path = `/dan-van/${slug}`
  const first = await fetch(base + path)
  assert.equal(first.status, 200)
  const entries = portal.cache.size
  for (const tracking of ['?fbclid=IwAR0a1', '?fbclid=IwAR0b2', '?utm_source=zalo&utm_medium=social&zarsrc=31', '?gclid=x']) {
    const res = await fetch(base + path + tracking)
    assert.equal(res.status, 200, tracking)
    assert.equal(res.headers.get('etag'), first.headers.get('etag'), tracking)
  }
  assert.equal(portal.cache.size, entries, 'no new cache entry per click')
  assert.equal((await fetch(base + '/api/v1/categories?utm_source=newsletter&fbclid=1')).status, 200)
  assert.equal((await fetch(base + '/api/v1/categories?khong-co=1')).status, 400, 'other unknown parameters are still refused by the API')
})
