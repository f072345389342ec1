import assert from 'node:assert/strict'
import { test } from 'node:test'
import { directivesOf } from '../test/support/csp.ts'
import { NEWSROOM_PREFIX, portalSecurityHeaders } from './security-policy.ts'

const readersOf = (areas: ReturnType<typeof portalSecurityHeaders>) => directivesOf(areas.everywhere['content-security-policy']!)
const newsroomOf = (areas: ReturnType<typeof portalSecurityHeaders>) =>
  directivesOf(areas.areas!.find((a) => a.prefix === NEWSROOM_PREFIX)!.headers['content-security-policy']!)

test("readers' pages allow no inline script or style at all, not even style attributes", () => {
  const header = portalSecurityHeaders({ mediaPublicUrl: undefined }).everywhere['content-security-policy']!
  assert.doesNotMatch(header, /unsafe-inline|unsafe-eval/)
})

test('images of article bodies may come from other sites over https', () => {
  assert.ok(readersOf(portalSecurityHeaders({ mediaPublicUrl: undefined }))['img-src']!.includes('https:'))
})

test("MEDIA_PUBLIC_URL's origin is allowed for images, on readers' pages and in the newsroom", () => {
  const areas = portalSecurityHeaders({ mediaPublicUrl: 'http://anh.example.vn:9000/toasoan-media' })
  assert.ok(readersOf(areas)['img-src']!.includes('http://anh.example.vn:9000'))
  assert.ok(newsroomOf(areas)['img-src']!.includes('http://anh.example.vn:9000'))
  assert.ok(!readersOf(portalSecurityHeaders({ mediaPublicUrl: undefined }))['img-src']!.some((s) => s.includes('anh.example.vn')))
})

test("the newsroom allows the editor's style attributes (pasted text), and still no inline script or <style>", () => {
  const csp = newsroomOf(portalSecurityHeaders({ mediaPublicUrl: undefined }))
  assert.ok(csp['style-src-attr']!.includes("'unsafe-inline'"))
  assert.deepEqual(csp['style-src'], ["'self'"], 'the newsroom links the stylesheet: no <style> at all')
  assert.deepEqual(csp['script-src'], ["'self'"])
})

test('the newsroom is framed by nobody, readers\' pages by the portal only', () => {
  const areas = portalSecurityHeaders({ mediaPublicUrl: undefined })
  assert.deepEqual(newsroomOf(areas)['frame-ancestors'], ["'none'"])
  assert.equal(areas.areas![0]!.headers['x-frame-options'], 'DENY')
  assert.deepEqual(readersOf(areas)['frame-ancestors'], ["'self'"])
  assert.equal(areas.everywhere['x-frame-options'], 'SAMEORIGIN')
})

test("readers' pages may frame only YouTube's privacy-enhanced player and play only the portal's own videos; the newsroom frames nothing", () => {
  const areas = portalSecurityHeaders({ mediaPublicUrl: undefined })
  assert.deepEqual(readersOf(areas)['frame-src'], ['https://www.youtube-nocookie.com'])
  assert.deepEqual(readersOf(areas)['media-src'], ["'self'"])
  assert.deepEqual(newsroomOf(areas)['frame-src'], ["'none'"])
  const cdn = portalSecurityHeaders({ mediaPublicUrl: 'https://anh.example.vn/media' })
  assert.deepEqual(readersOf(cdn)['media-src'], ["'self'", 'https://anh.example.vn'], 'videos linked at MEDIA_PUBLIC_URL play too')
})
