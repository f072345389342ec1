import assert from 'node:assert/strict'
import { test } from 'node:test'
import Fastify from 'fastify'
import { directivesOf } from '../../../test/support/csp.ts'
import { ContentSecurityPolicy, inlineHash, securityHeaders, sendSecurityHeaders } from './security-headers.ts'

test('the strict start allows only our own scripts, styles and connections, no plugins, no <base>, framing by ourselves only', () => {
  const csp = directivesOf(new ContentSecurityPolicy().toString())
  assert.deepEqual(csp['default-src'], ["'self'"])
  assert.deepEqual(csp['script-src'], ["'self'"])
  assert.deepEqual(csp['style-src'], ["'self'"])
  assert.deepEqual(csp['connect-src'], ["'self'"])
  assert.deepEqual(csp['object-src'], ["'none'"])
  assert.deepEqual(csp['base-uri'], ["'none'"])
  assert.deepEqual(csp['form-action'], ["'self'"])
  assert.deepEqual(csp['frame-ancestors'], ["'self'"])
})

test('a feature adds sources to a directive once, and the rest stays as it was', () => {
  const csp = directivesOf(new ContentSecurityPolicy({ 'img-src': ['https:'] }, { 'img-src': ['https:', 'https://anh.example.vn'] }).toString())
  assert.deepEqual(csp['img-src'], ["'self'", 'https:', 'https://anh.example.vn'])
  assert.deepEqual(csp['script-src'], ["'self'"])
})

test("a source added where 'none' stood replaces it (a click-to-load video's host in frame-src)", () => {
  const csp = directivesOf(new ContentSecurityPolicy({ 'frame-src': ['https://www.youtube-nocookie.com'] }).toString())
  assert.deepEqual(csp['frame-src'], ['https://www.youtube-nocookie.com'])
})

test('style-src-attr starts from what style-src allowed, so adding it takes nothing away', () => {
  const csp = directivesOf(new ContentSecurityPolicy({ 'style-src-attr': ["'unsafe-inline'"] }).toString())
  assert.deepEqual(csp['style-src-attr'], ["'self'", "'unsafe-inline'"])
  assert.deepEqual(csp['style-src'], ["'self'"], '<style> elements stay refused')
})

test('a source that could end the directive or the header is refused at start', () => {
  for (const bad of ["'self'; script-src *", 'https://a.example b.example', "'unsafe-eval", 'https://a.example\r\nx: y', '*']) {
    assert.throws(() => new ContentSecurityPolicy({ 'img-src': [bad] }), /not a CSP source/, bad)
  }
})

test('an inline block is allowed by the SHA-256 of its exact text, as browsers compute it', () => {
  // The well-known hash of the empty string; and of a short script, checked with `openssl dgst -sha256 -binary | base64`.
  assert.equal(inlineHash(''), "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='")
  assert.doesNotThrow(() => new ContentSecurityPolicy({ 'script-src': [inlineHash('console.log(1)')] }))
})

test('the header set: the policy, nosniff, a referrer policy and the old browsers\' framing header', () => {
  const headers = securityHeaders(new ContentSecurityPolicy())
  assert.equal(headers['x-content-type-options'], 'nosniff')
  assert.equal(headers['referrer-policy'], 'strict-origin-when-cross-origin')
  assert.equal(headers['x-frame-options'], 'SAMEORIGIN')
  assert.match(headers['content-security-policy']!, /frame-ancestors 'self'/)
})

test("an area's headers go to its paths only, and a route's own header is kept", async () => {
  const app = Fastify()
  const everywhere = securityHeaders(new ContentSecurityPolicy())
  const newsroom = securityHeaders(new ContentSecurityPolicy().only({ 'frame-ancestors': ["'none'"] }))
  sendSecurityHeaders(app, { everywhere, areas: [{ prefix: '/toa-soan', headers: newsroom }] })
  for (const path of ['/', '/toa-soan', '/toa-soan/bai-viet', '/toa-soan-khac']) app.get(path, async () => 'ok')
  app.get('/media/x', async (_req, reply) => reply.header('content-security-policy', 'sandbox').send('x'))
  const framing = async (url: string) => (await app.inject({ url })).headers['x-frame-options']
  assert.equal(await framing('/'), 'SAMEORIGIN')
  assert.equal(await framing('/toa-soan'), 'DENY')
  assert.equal(await framing('/toa-soan/bai-viet'), 'DENY')
  assert.equal(await framing('/toa-soan?tiep=1'), 'DENY')
  assert.equal(await framing('/toa-soan-khac'), 'SAMEORIGIN', 'a path that only starts with the same letters')
  assert.equal(await framing('/khong-co'), 'SAMEORIGIN', 'the 404 too')
  const media = await app.inject({ url: '/media/x' })
  assert.equal(media.headers['content-security-policy'], 'sandbox')
  assert.equal(media.headers['x-content-type-options'], 'nosniff')
  await app.close()
})
