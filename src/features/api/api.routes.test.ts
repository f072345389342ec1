import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { apiContract, type ApiContract } from '../../../test/support/api-contract.ts'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

let portal: TestPortal
// Every reply below is checked against the schema its route declares for its status.
let api: ApiContract
let news: number
let mobilisation: number

before(async () => {
  portal = await buildTestPortal()
  api = await apiContract(portal.app)
  news = await createCategory(portal, 'Tin tức')
  mobilisation = await createCategory(portal, 'Dân vận', news)
})
after(() => portal.close())

test('categories are listed with their parents and portal paths', async () => {
  const res = await api.inject('/api/v1/categories')
  assert.equal(res.statusCode, 200)
  const { data } = res.json() as { data: { id: number; slug: string; parentId: number | null; path: string }[] }
  const child = data.find((c) => c.slug === 'dan-van')!
  assert.equal(child.parentId, news)
  assert.equal(child.path, '/tin-tuc/dan-van')
})

test('articles of a category come newest first, a page at a time, by cursor', async () => {
  for (let i = 0; i < 5; i++) await createArticle(portal, { title: `Tin API số ${i}`, categoryId: mobilisation, publishedAt: new Date(Date.UTC(2021, 2, 1, i)) })
  const seen: string[] = []
  let url: string | undefined = '/api/v1/categories/tin-tuc/articles?limit=2'
  while (url) {
    const page = (await api.inject(url)).json() as { data: { title: string; url: string }[]; nextCursor: string | null }
    assert.ok(page.data.length <= 2)
    seen.push(...page.data.map((a) => a.title))
    url = page.nextCursor ? `/api/v1/categories/tin-tuc/articles?limit=2&cursor=${page.nextCursor}` : undefined
  }
  assert.deepEqual(seen, ['Tin API số 4', 'Tin API số 3', 'Tin API số 2', 'Tin API số 1', 'Tin API số 0'])
})

test('one article carries its body, byline as data and category', async () => {
  const { id } = await createArticle(portal, { title: 'Bài đọc qua API', categoryId: mobilisation, bylineKind: 'Theo', bylineName: 'Báo Bình Định', tags: ['Chuyển đổi số'] })
  const res = await api.inject(`/api/v1/articles/${id}`)
  assert.equal(res.statusCode, 200)
  const { data } = res.json() as { data: Record<string, unknown> & { category: { slug: string }; tags: { name: string }[] } }
  assert.equal(data.title, 'Bài đọc qua API')
  assert.equal(data.byline, 'Theo: Báo Bình Định')
  assert.equal(data.bylineKind, 'Theo')
  assert.equal(data.url, '/tin-tuc/dan-van/bai-doc-qua-api')
  assert.equal(data.category.slug, 'dan-van')
  assert.deepEqual(data.tags.map((t) => t.name), ['Chuyển đổi số'])
})

test('a draft is not in the API', async () => {
  const { id } = await createArticle(portal, { title: 'Bản nháp API', categoryId: mobilisation, status: 'draft' })
  assert.equal((await api.inject(`/api/v1/articles/${id}`)).statusCode, 404)
})

test('a number too large to be finite is a 400, not a trip to the database', async () => {
  // Ajv turns the text "1e309" into Infinity and skips minimum/maximum for it; on PostgreSQL it was a 500.
  for (const url of ['/api/v1/articles/1e309', '/api/v1/categories/tin-tuc/articles?limit=1e309', '/api/v1/articles/-1e309']) {
    const res = await api.inject(url)
    assert.equal(res.statusCode, 400, url)
    assert.equal((res.json() as { error: { code: string } }).error.code, 'invalid_request', url)
  }
})

test('the OpenAPI document describes every public endpoint', async () => {
  const res = await portal.app.inject('/api/v1/openapi.json')
  assert.equal(res.statusCode, 200)
  const doc = res.json() as { openapi: string; paths: Record<string, unknown> }
  assert.match(doc.openapi, /^3\./)
  assert.deepEqual(Object.keys(doc.paths).sort(), ['/alerts', '/articles/{id}', '/categories', '/categories/{slug}/articles', '/documents', '/documents/{id}', '/search'])
})

test('the contract check catches a reply that leaves out a declared field or answers an undeclared status', async () => {
  assert.deepEqual(api.problems('GET', '/api/v1/categories', 200, '{"data":[]}'), [])
  assert.match(api.problems('GET', '/api/v1/categories', 200, '{"data":[{"id":1,"slug":"a","name":"A","path":"/a"}]}').join(), /parentId/)
  assert.match(api.problems('GET', '/api/v1/articles/1', 418, '{}').join(), /does not declare/)
})
