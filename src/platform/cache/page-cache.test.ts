import assert from 'node:assert/strict'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { test } from 'node:test'
import { PageCache, preparePage } from './page-cache.ts'
import { compressPage } from './page-compression.ts'

const page = (body: string, tags: string[]) => preparePage({ contentType: 'text/html; charset=utf-8', cacheControl: 'public', body, tags })

test('a prepared page is encoded once, with an ETag of its bytes', () => {
  const body = 'Dân vận khéo '.repeat(200)
  const p = page(body, [])
  assert.equal(p.identity.body.toString('utf8'), body)
  assert.equal(page(body, []).etag, p.etag)
  assert.notEqual(page(body + '.', []).etag, p.etag)
})

test('its compressed copies, fast or best, decompress to the page and keep its ETag', async () => {
  const body = 'Dân vận khéo, những việc khó mấy cũng xong. '.repeat(400)
  const p = page(body, [])
  for (const level of ['fast', 'best'] as const) {
    const compressed = await compressPage(p, level)
    assert.equal(compressed.compression, level)
    assert.equal(gunzipSync(compressed.gzip!.body).toString('utf8'), body)
    assert.equal(brotliDecompressSync(compressed.brotli!.body).toString('utf8'), body)
    assert.equal(compressed.etag, p.etag)
    assert.ok(compressed.brotli!.headers.includes('br'))
  }
  const tiny = page('Ngắn', [])
  assert.equal(await compressPage(tiny, 'best'), tiny, 'a page under 1 KB is not worth compressing')
})

test('replacing a page does nothing once the cache no longer holds that page', () => {
  const cache = new PageCache()
  const first = page('bản 1', ['article:1'])
  cache.set('/a', first)
  assert.equal(cache.replace('/a', first, page('bản 1, nén', ['article:1'])), true)
  const kept = cache.get('/a')!
  cache.purgeTags(['article:1'])
  assert.equal(cache.replace('/a', kept, page('cũ', ['article:1'])), false)
  assert.equal(cache.get('/a'), undefined)
  const second = page('bản 2', ['article:1'])
  cache.set('/a', second)
  assert.equal(cache.replace('/a', kept, page('cũ', ['article:1'])), false)
  assert.equal(cache.get('/a'), second)
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

test('a purge of some tags moves the generation (a page rendered across it is not kept); a purge of none does not', () => {
  const cache = new PageCache()
  const before = cache.generation
  cache.purgeTags([])
  assert.equal(cache.generation, before, 'nothing purged: pages rendered meanwhile may be kept')
  cache.purgeTags(['article:1'])
  assert.equal(cache.generation, before + 1)
})
