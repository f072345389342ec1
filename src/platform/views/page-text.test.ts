import assert from 'node:assert/strict'
import { test } from 'node:test'
import { preparePage } from '../cache/page-cache.ts'
import { FixedText, PageText } from './page-text.ts'

const style = new FixedText('<style>body{color:#111}</style>')
const page = (title: string) => new PageText([`<!doctype html><title>${title}</title>`, style, '<p>Dân vận khéo</p>'])

test('a page with fixed parts goes out as the same bytes as its text', () => {
  const text = page('Tin tức')
  assert.equal(text.toString(), '<!doctype html><title>Tin tức</title><style>body{color:#111}</style><p>Dân vận khéo</p>')
  assert.deepEqual(text.bytes(), Buffer.from(text.toString(), 'utf8'))
  assert.deepEqual(text.bytesAndDigest().bytes, Buffer.from(text.toString(), 'utf8'))
})

test("the ETag follows the page's text and its fixed parts", () => {
  const etag = (body: PageText) => preparePage({ contentType: 'text/html; charset=utf-8', cacheControl: 'public', body, tags: [] }).etag
  assert.equal(etag(page('Tin tức')), etag(page('Tin tức')))
  assert.notEqual(etag(page('Tin tức')), etag(page('Tin tuc')))
  const otherStyle = new PageText(['<!doctype html><title>Tin tức</title>', new FixedText('<style>body{color:#222}</style>'), '<p>Dân vận khéo</p>'])
  assert.notEqual(etag(page('Tin tức')), etag(otherStyle))
})

test('a page handed to reply.send() as an object fails loudly instead of going out as JSON', () => {
  assert.throws(() => JSON.stringify(page('x')), /PageText/)
})
