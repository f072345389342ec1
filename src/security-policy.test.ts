import assert from 'node:assert/strict'
import { test } from 'node:test'
import { directivesOf } from '../test/support/csp.ts'
import { loadConfig } from './config.ts'
import { PORTAL_MODULES } from './modules.ts'
import type { PortalModule } from './platform/module.ts'
import { NEWSROOM_PREFIX, portalSecurityHeaders } from './security-policy.ts'

/** The portal's own modules' policy, with MEDIA_PUBLIC_URL set or not. */
const headersFor = (mediaPublicUrl?: string, modules: readonly PortalModule[] = PORTAL_MODULES) =>
  portalSecurityHeaders(modules, loadConfig(mediaPublicUrl ? { MEDIA_PUBLIC_URL: mediaPublicUrl } : {}))

const readersOf = (areas: ReturnType<typeof portalSecurityHeaders>) => directivesOf(areas.everywhere['content-security-policy']!)
const newsroomOf = (areas: ReturnType<typeof portalSecurityHeaders>) =>
  directivesOf(areas.areas!.find((a) => a.prefix === NEWSROOM_PREFIX)!.headers['content-security-policy']!)

test("readers' pages allow no inline script or style at all, not even style attributes", () => {
  const header = headersFor().everywhere['content-security-policy']!
  assert.doesNotMatch(header, /unsafe-inline|unsafe-eval/)
})

test('images of article bodies may come from other sites over https', () => {
  assert.ok(readersOf(headersFor())['img-src']!.includes('https:'))
})

test("MEDIA_PUBLIC_URL's origin is allowed for images, on readers' pages and in the newsroom", () => {
  const areas = headersFor('http://anh.example.vn:9000/toasoan-media')
  assert.ok(readersOf(areas)['img-src']!.includes('http://anh.example.vn:9000'))
  assert.ok(newsroomOf(areas)['img-src']!.includes('http://anh.example.vn:9000'))
  assert.ok(!readersOf(headersFor())['img-src']!.some((s) => s.includes('anh.example.vn')))
})

test("the newsroom allows the editor's style attributes (pasted text), and still no inline script or <style>", () => {
  const csp = newsroomOf(headersFor())
  assert.ok(csp['style-src-attr']!.includes("'unsafe-inline'"))
  assert.deepEqual(csp['style-src'], ["'self'"], 'the newsroom links the stylesheet: no <style> at all')
  assert.deepEqual(csp['script-src'], ["'self'"])
})

test('the newsroom is framed by nobody, readers\' pages by the portal only', () => {
  const areas = headersFor()
  assert.deepEqual(newsroomOf(areas)['frame-ancestors'], ["'none'"])
  assert.equal(areas.areas![0]!.headers['x-frame-options'], 'DENY')
  assert.deepEqual(readersOf(areas)['frame-ancestors'], ["'self'"])
  assert.equal(areas.everywhere['x-frame-options'], 'SAMEORIGIN')
})

test("readers' pages may frame only YouTube's privacy-enhanced player and play only the portal's own videos; the newsroom frames nothing", () => {
  const areas = headersFor()
  assert.deepEqual(readersOf(areas)['frame-src'], ['https://www.youtube-nocookie.com'])
  assert.deepEqual(readersOf(areas)['media-src'], ["'self'"])
  assert.deepEqual(newsroomOf(areas)['frame-src'], ["'none'"])
  const cdn = headersFor('https://anh.example.vn/media')
  assert.deepEqual(readersOf(cdn)['media-src'], ["'self'", 'https://anh.example.vn'], 'videos linked at MEDIA_PUBLIC_URL play too')
})

test("a module's declared sources land in the policy of the pages it names, and nowhere else", () => {
  const maps: PortalModule = { name: 'maps', title: 'Bản đồ', policy: { readers: { 'frame-src': ['https://maps.example.vn'] } } }
  const studio: PortalModule = {
    name: 'studio', title: 'Phòng thu',
    policy: ({ config }) => ({ newsroom: { 'media-src': [`https://${new URL(config.publicUrl).hostname}.studio.example.vn`] } }),
  }
  const areas = headersFor(undefined, [...PORTAL_MODULES, maps, studio])
  assert.deepEqual(readersOf(areas)['frame-src'], ['https://www.youtube-nocookie.com', 'https://maps.example.vn'])
  assert.deepEqual(newsroomOf(areas)['frame-src'], ["'none'"])
  assert.ok(newsroomOf(areas)['media-src']!.some((s) => s.endsWith('.studio.example.vn')), 'a declaration may read the config')
  assert.deepEqual(readersOf(areas)['media-src'], ["'self'"])
  assert.deepEqual(readersOf(headersFor())['frame-src'], ['https://www.youtube-nocookie.com'], 'without the module, its source is not allowed')
})
