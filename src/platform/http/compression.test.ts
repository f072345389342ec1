import assert from 'node:assert/strict'
import { test } from 'node:test'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { compressed, compressedCopies, isCompressibleType, preferredEncoding } from './compression.ts'

test('brotli is preferred when a browser lists it, gzip otherwise, nothing for identity or no header', () => {
  assert.equal(preferredEncoding('gzip, deflate, br, zstd'), 'br')
  assert.equal(preferredEncoding('gzip, deflate'), 'gzip')
  assert.equal(preferredEncoding('GZIP'), 'gzip')
  assert.equal(preferredEncoding('identity'), undefined)
  assert.equal(preferredEncoding('deflate'), undefined)
  assert.equal(preferredEncoding(''), undefined)
  assert.equal(preferredEncoding(undefined), undefined)
})

test('weights are obeyed: a refused encoding (q=0) is never chosen, a higher weight wins, * stands for the rest', () => {
  assert.equal(preferredEncoding('br;q=0, gzip'), 'gzip')
  assert.equal(preferredEncoding('br;q=0, gzip;q=0'), undefined)
  assert.equal(preferredEncoding('gzip;q=1.0, br;q=0.5'), 'gzip')
  assert.equal(preferredEncoding('gzip;q=0.5, br;q=0.5'), 'br')
  assert.equal(preferredEncoding('*'), 'br')
  assert.equal(preferredEncoding('*;q=0'), undefined)
  assert.equal(preferredEncoding('gzip, *;q=0'), 'gzip')
  assert.equal(preferredEncoding('x-gzip;q=0.8'), 'gzip')
  assert.equal(preferredEncoding('br;q=nonsense, gzip'), 'gzip')
})

test('text, JSON, XML, scripts and SVG are compressed; images, PDF, fonts and video are not', () => {
  for (const type of ['text/html; charset=utf-8', 'text/css; charset=utf-8', 'text/javascript; charset=utf-8', 'application/json; charset=utf-8',
    'application/problem+json', 'application/rss+xml; charset=utf-8', 'application/xml', 'image/svg+xml', 'application/manifest+json']) {
    assert.ok(isCompressibleType(type), type)
  }
  for (const type of ['image/jpeg', 'image/webp', 'application/pdf', 'font/woff2', 'video/mp4', 'application/octet-stream', 'application/jsonp-ish', undefined]) {
    assert.ok(!isCompressibleType(type), String(type))
  }
})

test('every level gives bytes that decompress to the body', async () => {
  const body = Buffer.from('Hội nghị tổng kết công tác dân vận năm 2020. '.repeat(500), 'utf8')
  for (const level of ['response', 'fast', 'best', 'asset'] as const) {
    assert.ok(brotliDecompressSync(await compressed(body, 'br', level)).equals(body), level)
    assert.ok(gunzipSync(await compressed(body, 'gzip', level)).equals(body), level)
  }
  const copies = await compressedCopies(body, 'asset')
  assert.ok(copies.brotli.length < body.length / 10)
  assert.ok(gunzipSync(copies.gzip).equals(body))
})
