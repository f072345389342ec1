import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { directivesOf } from '../support/csp.ts'
import { createUser, signIn } from '../support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'
import { STYLESHEET_URL } from '../../src/features/site/index.ts'
import { readerStyle } from '../../src/features/site/index.ts'
import { PORTAL_MODULES } from '../../src/modules.ts'
import { readerStylesOf } from '../../src/platform/module-list.ts'

// Audit 11.8: every answer of the portal carries the second line of defence, whichever code
// path sends it: a route, the error handler, the router's own errors, the page cache's fast
// path and its 304s, the API, the newsroom.
const SEED_URL = '/tin-tuc/dan-van/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-trien-khai-nhiem-vu-nam-2021'
let portal: TestPortal
let base: string
let newsroomCookie: string
let articleId: number

before(async () => {
  portal = await buildTestPortal({ seed: true })
  await createUser(portal.db, 'reporter', 'phongvien@example.vn')
  newsroomCookie = (await signIn(portal.app, 'phongvien@example.vn')).cookie
  articleId = (await portal.db.selectFrom('articles').select('id').where('slug', '=', SEED_URL.split('/').at(-1)!).executeTakeFirstOrThrow()).id
  base = await portal.listen()
})
after(() => portal.close())

function assertDefended(res: Response, what: string, framing = 'SAMEORIGIN'): Record<string, string[]> {
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff', `${what}: nosniff`)
  assert.equal(res.headers.get('referrer-policy'), 'strict-origin-when-cross-origin', `${what}: referrer policy`)
  assert.equal(res.headers.get('x-frame-options'), framing, `${what}: X-Frame-Options`)
  const header = res.headers.get('content-security-policy')
  assert.ok(header, `${what}: a Content-Security-Policy`)
  return directivesOf(header)
}

/** The portal's own policy: no inline script anywhere, framed by itself only (the newsroom by nobody). */
function assertStrictPolicy(csp: Record<string, string[]>, what: string, area: 'readers' | 'newsroom'): void {
  assert.deepEqual(csp['script-src'], ["'self'"], `${what}: our own scripts only`)
  assert.deepEqual(csp['default-src'], ["'self'"], what)
  assert.deepEqual(csp['object-src'], ["'none'"], what)
  assert.deepEqual(csp['base-uri'], ["'none'"], what)
  assert.deepEqual(csp['form-action'], ["'self'"], what)
  assert.deepEqual(csp['frame-ancestors'], [area === 'readers' ? "'self'" : "'none'"], `${what}: no framing by other sites`)
  // Readers' pages carry the portal's stylesheet (with the modules' reader styles), allowed by its hash; the newsroom links it.
  assert.deepEqual(csp['style-src'], area === 'readers' ? ["'self'", ...readerStyle(readerStylesOf(PORTAL_MODULES)).policy['style-src']!] : ["'self'"], `${what}: no <style> but the portal's own stylesheet, by its hash`)
  assert.ok(!Object.values(csp).flat().includes("'unsafe-eval'"), what)
  const inline = Object.entries(csp).filter(([, sources]) => sources.includes("'unsafe-inline'")).map(([directive]) => directive)
  // The newsroom's rich editor keeps the styles of pasted text (see editorial/editor-policy.ts).
  assert.deepEqual(inline, area === 'readers' ? [] : ['style-src-attr'], `${what}: what may be inline`)
}

const readerPages: [string, string, number][] = [
  ['home', '/', 200],
  ['category', '/tin-tuc/dan-van', 200],
  ['article', SEED_URL, 200],
  ['article, newest comments first', SEED_URL + '?y-kien=moi-nhat', 200],
  ['tag', '/tu-khoa/dan-van-kheo', 200],
  ['search', '/tim-kiem?q=d%C3%A2n+v%E1%BA%ADn', 200],
  ['comment form page', `/y-kien/ARTICLE`, 200],
  ['404', '/khong-co-trang-nay', 404],
  ['400 from a route', '/tin-tuc/dan-van?sau=abc', 400],
  ['400 from the router (a malformed URL)', '/%E0%A4%A', 400],
  ['RSS', '/rss', 200],
  ['sitemap', '/sitemap.xml', 200],
  ['robots.txt', '/robots.txt', 200],
  ['API JSON', '/api/v1/categories', 200],
  ['API error', '/api/v1/articles/abc', 400],
  ['API 404', '/api/v1/articles/999999', 404],
  ['health check', '/healthz', 200],
  ['stylesheet', STYLESHEET_URL, 200],
  ['missing /media file', '/media/uploads/khong-co.jpg', 404],
]

for (const [what, path, status] of readerPages) {
  test(`${what} (${status}) carries the security headers`, async () => {
    const url = path.replace('ARTICLE', String(articleId))
    const res = await fetch(base + url, { redirect: 'manual' })
    assert.equal(res.status, status, `${what}: status`)
    await res.arrayBuffer()
    assertStrictPolicy(assertDefended(res, what), what, 'readers')
  })
}

const newsroom = async (what: string, path: string, status: number, init: RequestInit = {}) => {
  const res = await fetch(base + path, { redirect: 'manual', ...init })
  assert.equal(res.status, status, `${what}: status`)
  await res.arrayBuffer()
  assertStrictPolicy(assertDefended(res, what, 'DENY'), what, 'newsroom')
}

test('a cached page served by the fast path, and its 304, carry the same headers', async () => {
  const first = await fetch(base + SEED_URL)
  await first.arrayBuffer()
  assert.ok(portal.cache.get(SEED_URL), 'the article is in the page cache now')
  const hit = await fetch(base + SEED_URL)
  assert.equal(hit.status, 200)
  await hit.arrayBuffer()
  assertStrictPolicy(assertDefended(hit, 'cache hit'), 'cache hit', 'readers')
  assert.equal(hit.headers.get('content-security-policy'), first.headers.get('content-security-policy'))

  const head = await fetch(base + SEED_URL, { method: 'HEAD' })
  assertStrictPolicy(assertDefended(head, 'HEAD of a cache hit'), 'HEAD', 'readers')

  const notModified = await fetch(base + SEED_URL, { headers: { 'if-none-match': hit.headers.get('etag')! } })
  assert.equal(notModified.status, 304)
  assertStrictPolicy(assertDefended(notModified, '304 of a cache hit'), '304', 'readers')
})

test('a /media file keeps its own sandboxing policy, with nosniff and the rest', async () => {
  const res = await fetch(base + '/media/demo/tru-so.svg')
  assert.equal(res.status, 200)
  await res.arrayBuffer()
  const csp = assertDefended(res, '/media')
  assert.deepEqual(csp['default-src'], ["'none'"])
  assert.ok('sandbox' in csp)

  const again = await fetch(base + '/media/demo/tru-so.svg', { headers: { 'if-none-match': res.headers.get('etag')! } })
  assert.equal(again.status, 304)
  assert.ok('sandbox' in assertDefended(again, '/media 304'))
})

test('the newsroom: sign-in page, signed-in pages and a refused form, framed by nobody; the editor scripts defended as assets', async () => {
  await newsroom('sign-in page', '/toa-soan/dang-nhap', 200)
  await newsroom('signed out, sent to sign in', '/toa-soan', 303)
  await newsroom('dashboard', '/toa-soan', 200, { headers: { cookie: newsroomCookie } })
  await newsroom('article editor', '/toa-soan/bai-viet/moi', 200, { headers: { cookie: newsroomCookie } })
  await newsroom('a form without its CSRF token', '/toa-soan/dang-nhap', 403, { method: 'POST', body: new URLSearchParams({ email: 'a@b.vn', password: 'x' }) })
  // The editor's scripts are hashed assets beside the portal's others: defended as they are.
  const editor = await (await fetch(base + '/toa-soan/bai-viet/moi', { headers: { cookie: newsroomCookie } })).text()
  const scripts = [...editor.matchAll(/<script src="(\/assets\/(?:bien-tap|soan-thao)-[^"]+)"/g)].map((m) => m[1]!)
  assert.equal(scripts.length, 2, editor.slice(0, 600))
  for (const script of scripts) {
    const res = await fetch(base + script)
    assert.equal(res.status, 200, script)
    await res.arrayBuffer()
    assertStrictPolicy(assertDefended(res, `editor script ${script}`), script, 'readers')
  }
  await newsroom('newsroom 404', '/toa-soan/khong-co', 404, { headers: { cookie: newsroomCookie } })
})

test("a reader's form with errors and the view beacon carry them too", async () => {
  const comment = await fetch(`${base}/y-kien/${articleId}`, { method: 'POST', headers: { origin: base }, body: new URLSearchParams({ name: '', email: '', body: '' }) })
  assert.equal(comment.status, 422)
  await comment.arrayBuffer()
  assertStrictPolicy(assertDefended(comment, 'comment form with errors'), 'comment form with errors', 'readers')

  const beacon = await fetch(`${base}/luot-doc/${articleId}`, { method: 'POST', headers: { origin: base } })
  assert.equal(beacon.status, 204)
  assertDefended(beacon, 'view beacon')
})
