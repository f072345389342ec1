import assert from 'node:assert/strict'
import { get, type IncomingHttpHeaders } from 'node:http'
import { after, before, test } from 'node:test'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { createArticle, createCategory } from '../support/factories.ts'
import { createUser, signIn } from '../support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// Every kind of answer a reader or the newsroom gets, over real HTTP (the page cache's fast
// path included), compressed by Accept-Encoding and the same bytes once decompressed.

let portal: TestPortal
let base: string
let cookie: string
let articlePath: string

before(async () => {
  portal = await buildTestPortal()
  base = await portal.listen()
  const categoryId = await createCategory(portal, 'Dân vận')
  for (let i = 0; i < 12; i++) {
    const { slug } = await createArticle(portal, {
      title: `Hội nghị tổng kết công tác dân vận số ${i}`, categoryId,
      lead: 'Sáng 12/01, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2020, triển khai nhiệm vụ năm 2021.',
      bodyHtml: '<p>Hội nghị đánh giá kết quả thực hiện công tác dân vận của hệ thống chính trị trong năm qua.</p>'.repeat(20),
    })
    articlePath = `/dan-van/${slug}`
  }
  await portal.search.whenIdle()
  await createUser(portal.db, 'administrator', 'quantri@example.vn')
  cookie = (await signIn(portal.app, 'quantri@example.vn')).cookie
})
after(() => portal.close())

interface Answer { status: number; headers: IncomingHttpHeaders; body: Buffer }

/** Raw bytes, as sent (fetch would decode them). */
function request(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    get(base + path, { agent: false, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
    }).on('error', reject)
  })
}

// Each newsroom answer masks the CSRF token afresh: the rest must be byte for byte the same.
const withoutTokens = (body: Buffer) => body.toString('utf8').replace(/name="_csrf" value="[^"]+"/g, 'name="_csrf" value=""')

async function assertCompressedLikeIdentity(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const identity = await request(path, headers)
  assert.equal(identity.headers['content-encoding'], undefined, `${path} without Accept-Encoding`)
  assert.match(String(identity.headers.vary), /Accept-Encoding/, path)
  assert.ok(identity.body.length >= 1024, `${path}: ${identity.body.length} bytes`)
  const br = await request(path, { ...headers, 'accept-encoding': 'gzip, deflate, br' })
  assert.equal(br.status, identity.status, path)
  assert.equal(br.headers['content-encoding'], 'br', path)
  assert.match(String(br.headers.vary), /Accept-Encoding/, path)
  const gzip = await request(path, { ...headers, 'accept-encoding': 'gzip' })
  assert.equal(gzip.headers['content-encoding'], 'gzip', path)
  assert.equal(withoutTokens(brotliDecompressSync(br.body)), withoutTokens(identity.body), `${path} in brotli`)
  assert.equal(withoutTokens(gunzipSync(gzip.body)), withoutTokens(identity.body), `${path} in gzip`)
  assert.ok(br.body.length < identity.body.length / 2, `${path}: ${br.body.length} of ${identity.body.length} bytes`)
  return identity
}

test('a kept public page and an API answer from the page cache', async () => {
  await assertCompressedLikeIdentity('/dan-van')
  await assertCompressedLikeIdentity(articlePath)
  await assertCompressedLikeIdentity('/api/v1/categories/dan-van/articles')
})

test('pages that are never kept: a 404, search results, the API search', async () => {
  assert.equal((await assertCompressedLikeIdentity('/khong-co-trang-nay')).status, 404)
  const results = await assertCompressedLikeIdentity('/tim-kiem?q=dan+van')
  assert.match(results.body.toString('utf8'), /Hội nghị tổng kết/)
  const api = await assertCompressedLikeIdentity('/api/v1/search?q=dan+van')
  assert.match(String(api.headers['content-type']), /application\/json/)
})

test('newsroom pages and the editor script', async () => {
  await assertCompressedLikeIdentity('/toa-soan/nhat-ky?hanh-dong=dang', { cookie })
  const form = await request('/toa-soan/bai-viet/moi', { cookie })
  const script = /<script[^>]+src="(\/assets\/soan-thao-[^"]+\.js)"/.exec(form.body.toString('utf8'))?.[1]
  assert.ok(script, 'the article form loads the editor')
  const identity = await assertCompressedLikeIdentity(script, { cookie })
  assert.match(String(identity.headers['cache-control']), /immutable/)
  assert.ok(identity.body.length > 100_000, 'the whole bundle')
})
