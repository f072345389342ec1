import assert from 'node:assert/strict'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { test } from 'node:test'
import { PageCache, preparePage, type CachedPage } from './page-cache.ts'
import { BestCompression, compressPage } from './page-compression.ts'

const BODY = 'Hội nghị tổng kết công tác dân vận năm 2020, triển khai nhiệm vụ năm 2021. '.repeat(300)
const page = (body = BODY) => preparePage({ contentType: 'text/html; charset=utf-8', cacheControl: 'public', body, tags: ['article:1'] })

function keptFast(cache: PageCache, key: string): Promise<CachedPage> {
  return compressPage(page(), 'fast').then((fast) => {
    cache.set(key, fast)
    return fast
  })
}

test('the best compression takes the place of the fast one, and decompresses to the page', async () => {
  const cache = new PageCache()
  const best = new BestCompression(cache, (error) => assert.fail(String(error)))
  const fast = await keptFast(cache, '/a')
  best.schedule('/a', fast)
  await best.whenIdle()
  const kept = cache.get('/a')!
  assert.equal(kept.compression, 'best')
  assert.equal(brotliDecompressSync(kept.brotli!.body).toString('utf8'), BODY)
  assert.equal(gunzipSync(kept.gzip!.body).toString('utf8'), BODY)
})

test('a page purged while its best compression runs stays purged', async () => {
  const cache = new PageCache()
  const best = new BestCompression(cache, (error) => assert.fail(String(error)))
  const fast = await keptFast(cache, '/a')
  best.schedule('/a', fast)
  // The compression is on the thread pool now: it cannot finish before this line runs.
  cache.purgeTags(['article:1'])
  await best.whenIdle()
  assert.equal(cache.get('/a'), undefined)
})

test('a page rendered again while the old one was compressing keeps the new version', async () => {
  const cache = new PageCache()
  const best = new BestCompression(cache, (error) => assert.fail(String(error)))
  const old = await keptFast(cache, '/a')
  best.schedule('/a', old)
  cache.purgeTags(['article:1'])
  const fresh = page(BODY + 'Bản đã sửa.')
  cache.set('/a', fresh)
  await best.whenIdle()
  assert.equal(cache.get('/a'), fresh)
})

test('pages scheduled one after another are all compressed, a purged one skipped', async () => {
  const cache = new PageCache()
  const best = new BestCompression(cache, (error) => assert.fail(String(error)))
  const keys = ['/1', '/2', '/3', '/4']
  for (const key of keys) best.schedule(key, await keptFast(cache, key))
  cache.delete('/3')
  await best.whenIdle()
  assert.deepEqual(keys.map((key) => cache.get(key)?.compression), ['best', 'best', undefined, 'best'])
  best.schedule('/5', await keptFast(cache, '/5'))
  await best.whenIdle()
  assert.equal(cache.get('/5')!.compression, 'best')
})
