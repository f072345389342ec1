import assert from 'node:assert/strict'
import { createServer, get, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, test } from 'node:test'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { createArticle, createCategory } from '../support/factories.ts'
import { TestNginx } from '../support/nginx.ts'
import { eventually } from '../support/wait.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// deploy/nginx/toasoan.conf in front of two instances of one portal joined by Redis.
const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379'
let a: TestPortal
let b: TestPortal
let nginx: TestNginx
let categoryId: number

before(async () => {
  a = await buildTestPortal({ env: { REDIS_URL } })
  b = await buildTestPortal({ env: { REDIS_URL }, sameDatabaseAs: a })
  const ports = await Promise.all([a.listen(), b.listen()]).then((urls) => urls.map((u) => Number(new URL(u).port)) as [number, number])
  await eventually(() => a.relay?.state === 'up' && b.relay?.state === 'up', 'both instances reach Redis')
  categoryId = await createCategory(a, 'Dân vận')
  nginx = await TestNginx.start(ports)
})
after(async () => {
  await nginx.stop()
  await b.close()
  await a.close()
})

const viaNginx = (path: string, headers: Record<string, string> = {}) => fetch(nginx.url + path, { headers, signal: AbortSignal.timeout(10_000) })

/** The bytes nginx sends, undecoded (fetch would decode them). */
function rawViaNginx(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(nginx.url + path, { agent: false, headers, timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
    }).on('error', reject)
  })
}

test('nginx keeps anonymous pages, hides the X-Accel-Expires header, and lets signed-in readers through', async () => {
  await createArticle(a, { title: 'Trang được nginx giữ', categoryId })
  const first = await viaNginx('/dan-van')
  assert.equal(first.status, 200)
  const second = await viaNginx('/dan-van')
  assert.equal(second.headers.get('x-cache-status'), 'HIT')
  assert.equal(second.headers.get('x-accel-expires'), null)
  assert.equal(second.headers.get('set-cookie'), null)
  assert.match(second.headers.get('cache-control')!, /public/)
  const personal = await viaNginx('/dan-van', { cookie: 'ts_session=abc' })
  assert.equal(personal.headers.get('x-cache-status'), 'BYPASS')
})

test('newsroom pages and answers that set a cookie are never kept by nginx', async () => {
  for (let i = 0; i < 2; i++) {
    const res = await viaNginx('/toa-soan/dang-nhap')
    assert.equal(res.status, 200)
    assert.notEqual(res.headers.get('x-cache-status'), 'HIT', `request ${i}`)
    assert.match(res.headers.get('cache-control')!, /no-store/)
  }
})

test('a publish on one instance shows through nginx within about a second, whichever instance answers', async () => {
  await viaNginx('/dan-van')
  await viaNginx('/dan-van')
  await createArticle(a, { title: 'Tin vừa đăng qua nginx', categoryId })
  const publishedAt = Date.now()
  await eventually(async () => /Tin vừa đăng qua nginx/.test(await (await viaNginx('/dan-van')).text()), 'the new article shows through nginx', 5000)
  const seenAfterMs = Date.now() - publishedAt
  // From then on, no reader gets the old page again.
  for (let i = 0; i < 10; i++) assert.match(await (await viaNginx('/dan-van')).text(), /Tin vừa đăng qua nginx/, `read ${i} after ${seenAfterMs} ms`)
})

test('answers come through nginx compressed by Accept-Encoding, each encoding kept apart in its cache', async () => {
  const { slug } = await createArticle(a, { title: 'Trang nén qua nginx', categoryId })
  const path = `/dan-van/${slug}`
  const identity = await rawViaNginx(path)
  assert.equal(identity.status, 200, JSON.stringify(identity.headers))
  assert.equal(identity.headers['content-encoding'], undefined)
  assert.match(identity.body.toString('utf8'), /Trang nén qua nginx/)
  for (let i = 0; i < 2; i++) {
    const br = await rawViaNginx(path, { 'accept-encoding': 'gzip, deflate, br' })
    assert.equal(br.headers['content-encoding'], 'br', `request ${i}`)
    assert.match(String(br.headers.vary), /Accept-Encoding/)
    assert.ok(brotliDecompressSync(br.body).equals(identity.body), `request ${i}`)
    const gzip = await rawViaNginx(path, { 'accept-encoding': 'gzip' })
    assert.equal(gzip.headers['content-encoding'], 'gzip', `request ${i}`)
    assert.ok(gunzipSync(gzip.body).equals(identity.body), `request ${i}`)
    const plain = await rawViaNginx(path)
    assert.equal(plain.headers['content-encoding'], undefined, `request ${i}`)
    assert.ok(plain.body.equals(identity.body), `request ${i}`)
  }
})

test('nginx gzips text that reaches it uncompressed, for any client that asks', async () => {
  // An upstream that never compresses (an app whose compression a change turned off) behind the same configuration.
  const page = '<!doctype html><html lang="vi"><title>Trang</title>' + '<p>Hội nghị tổng kết công tác dân vận.</p>'.repeat(100)
  const plain = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page))
  await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve))
  const port = (plain.address() as AddressInfo).port
  const front = await TestNginx.start([port, port])
  try {
    const answer = await new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      get(front.url + '/trang', { agent: false, headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
      }).on('error', reject)
    })
    assert.equal(answer.headers['content-encoding'], 'gzip')
    assert.match(String(answer.headers.vary), /Accept-Encoding/)
    assert.equal(gunzipSync(answer.body).toString('utf8'), page)
  } finally {
    await front.stop()
    await new Promise((resolve) => plain.close(resolve))
  }
})

test('with one instance gone, nginx keeps serving from the other', async () => {
  const { slug } = await createArticle(a, { title: 'Bài đọc khi một máy tắt', categoryId })
  await a.app.close()
  // A ts_ cookie makes nginx ask an instance every time, so each answer proves one is there.
  for (let i = 0; i < 6; i++) {
    const res = await viaNginx(`/dan-van/${slug}`, { cookie: 'ts_probe=1' })
    assert.equal(res.status, 200, `request ${i}`)
    assert.equal(res.headers.get('x-cache-status'), 'BYPASS')
  }
})
