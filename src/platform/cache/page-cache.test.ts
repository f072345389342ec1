import assert from 'node:assert/strict'
import { gunzipSync } from 'node:zlib'
import { test } from 'node:test'
import { PageCache, preparePage } from './page-cache.ts'

const page = (body: string, tags: string[]) => preparePage({ contentType: 'text/html; charset=utf-8', cacheControl: 'public', body, tags })

test('a prepared page is encoded and compressed once, with an ETag of its bytes', () => {
  const body = 'Dân vận khéo '.repeat(200)
  const p = page(body, [])
  assert.equal(p.identity.body.toString('utf8'), body)
  assert.equal(gunzipSync(p.gzip!.body).toString('utf8'), body)
  assert.equal(page(body, []).etag, p.etag)
  assert.notEqual(page(body + '.', []).etag, p.etag)
})

test('purging a tag drops exactly the pages that carry it', () => {
  const cache = new PageCache()
  cache.set('/a', page('a', ['article:1', 'category:1']))
  cache.set('/b', page('b', ['article:2', 'category:1']))
  cache.set('/c', page('c', ['article:3', 'category:2']))
  assert.equal(cache.purgeTags(['article:1']), 1)
  assert.equal(cache.get('/a'), undefined)
  assert.ok(cache.get('/b') && cache.get('/c'))
  cache.purgeTags(['category:1'])
  assert.equal(cache.get('/b'), undefined)
  assert.ok(cache.get('/c'))
})

test('the oldest pages are dropped when the byte budget is exceeded', () => {
  const cache = new PageCache(250)
  for (const key of ['/1', '/2', '/3']) cache.set(key, page('x'.repeat(100), ['t']))
  assert.equal(cache.get('/1'), undefined)
  assert.ok(cache.get('/2') && cache.get('/3'))
  assert.equal(cache.purgeTags(['t']), 2)
  assert.equal(cache.size, 0)
})
