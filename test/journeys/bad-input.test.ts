import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { apiContract, type ApiContract } from '../support/api-contract.ts'
import { createArticle, createCategory } from '../support/factories.ts'
import { parsePage, textOf } from '../support/html.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

let portal: TestPortal
let base: string
let contract: ApiContract

before(async () => {
  portal = await buildTestPortal()
  const categoryId = await createCategory(portal, 'Dân vận')
  await createArticle(portal, { title: 'Bài hợp lệ', categoryId })
  base = await portal.listen()
  contract = await apiContract(portal.app)
})
after(() => portal.close())

// Over real HTTP: malformed URLs must be handled before and by the router, not only by inject().
const pages: [string, number][] = [
  ['/khong-ton-tai', 404],
  ['/dan-van/khong-co-bai-nay', 404],
  ['/%E0%A4%A', 400],
  ['/dan-van/%ZZ', 400],
  ['/' + 'a'.repeat(5000), 404],
  ['/dan-van/' + 'x-'.repeat(300) + 'y', 404],
  ['/Dan-Van', 404],
  ['/dan-van/bai<script>', 404],
  ['/dan-van?sau=abc', 400],
  ['/dan-van?sau=99999999999999999999-1', 400],
  ['/dan-van?sau=1-1&sau=2-2', 400],
  ['/dan-van/../../etc/passwd', 404],
  ['/media/../../package.json', 404],
  ['/a/b/c/d/e/f/g/h/i/j', 404],
]

for (const [path, status] of pages) {
  test(`GET ${path.slice(0, 60)} answers ${status} with a Vietnamese page`, async () => {
    const res = await fetch(base + path)
    assert.equal(res.status, status)
    assert.match(res.headers.get('content-type')!, /text\/html/)
    const body = await res.text()
    const doc = parsePage(body)
    assert.ok(doc.querySelector('a[href="/"]'), 'a way back to the home page')
    assert.match(textOf(doc, 'main'), status === 404 ? /Không tìm thấy trang/ : /không hợp lệ/)
    // A stack trace's lines ("    at fn (file.ts:12:3)"); the word "stack" alone is in the carried stylesheet.
    assert.ok(!/\bat [^\n]*\.[jt]s:\d+|\n\s+at \S+ \(/.test(body), 'no stack trace')
  })
}

const api: [string, number, string][] = [
  ['/api/v1/articles/abc', 400, 'invalid_request'],
  ['/api/v1/articles/-1', 400, 'invalid_request'],
  ['/api/v1/articles/99999999999999', 400, 'invalid_request'],
  ['/api/v1/articles/999999', 404, 'not_found'],
  ['/api/v1/categories/dan-van/articles?cursor=xyz', 400, 'invalid_request'],
  ['/api/v1/categories/dan-van/articles?limit=5000', 400, 'invalid_request'],
  ['/api/v1/categories/dan-van/articles?unexpected=1', 400, 'invalid_request'],
  ['/api/v1/categories?x=1', 400, 'invalid_request'],
  ['/api/v1/categories/khong-co/articles', 404, 'not_found'],
  ['/api/v1/nothing-here', 404, 'not_found'],
  ['/api/v1/articles/%E0%A4%A', 400, 'fst_err_bad_url'],
]

for (const [path, status, code] of api) {
  test(`GET ${path} answers ${status} JSON with code ${code}`, async () => {
    const res = await fetch(base + path)
    assert.equal(res.status, status)
    assert.match(res.headers.get('content-type')!, /application\/json/)
    const text = await res.text()
    const body = JSON.parse(text) as { error: { code: string; message: string } }
    assert.equal(body.error.code, code)
    assert.equal(typeof body.error.message, 'string')
    // A route's refusal has the shape the route declares (an address with no route has none).
    if (path !== '/api/v1/nothing-here') assert.deepEqual(contract.problems('GET', path, status, text), [])
  })
}

test('unexpected query strings on a page redirect to the clean URL; a shared link\'s tracking ones are simply ignored', async () => {
  const res = await fetch(base + '/dan-van?khong-ro=abc', { redirect: 'manual' })
  assert.equal(res.status, 301)
  assert.equal(res.headers.get('location'), '/dan-van')
  const shared = await fetch(base + '/dan-van?fbclid=abc&utm_source=zalo', { redirect: 'manual' })
  assert.equal(shared.status, 200, 'no extra redirect for every click from Facebook or Zalo')
})

test('a trailing slash redirects to the URL without it', async () => {
  const res = await fetch(base + '/dan-van/', { redirect: 'manual' })
  assert.equal(res.status, 301)
  assert.equal(res.headers.get('location'), '/dan-van')
})

test('a path that starts with two slashes never redirects to another site', async () => {
  for (const path of ['//evil.example/', '//evil.example//', '/%2Fevil.example/', '/\\evil.example/']) {
    const res = await fetch(base + path, { redirect: 'manual' })
    const location = res.headers.get('location')
    assert.ok(location === null || (location.startsWith('/') && !location.startsWith('//') && !location.startsWith('/\\')), `${path} → ${res.status} ${location}`)
  }
})

test('a POST to a page is refused with 404, not a 500', async () => {
  const res = await fetch(base + '/dan-van', { method: 'POST', body: 'a=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } })
  assert.equal(res.status, 404)
})
