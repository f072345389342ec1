import assert from 'node:assert/strict'
import { syncBuiltinESMExports } from 'node:module'
import { afterEach, mock, test } from 'node:test'
import zlib, { brotliDecompressSync, gunzipSync } from 'node:zlib'
import Fastify from 'fastify'
import { compressResponses } from './compress-responses.ts'

// Whatever Fastify sends itself (not the public pages, which bring their own copies).

const page = '<!doctype html><title>Tìm kiếm</title>' + '<p>Kết quả tìm kiếm cho “dân vận”: Hội nghị tổng kết công tác dân vận.</p>'.repeat(100)
const list = { data: Array.from({ length: 60 }, (_, i) => ({ id: i, title: `Bài viết số ${i} về công tác dân vận` })) }

async function appWithRoutes() {
  const app = Fastify()
  compressResponses(app)
  app.get('/trang', async (_req, reply) => reply.type('text/html; charset=utf-8').send(page))
  app.post('/trang', async (_req, reply) => reply.code(422).type('text/html; charset=utf-8').send(page))
  app.get('/json', async () => list)
  app.get('/nho', async (_req, reply) => reply.type('text/html; charset=utf-8').send('<p>Ngắn</p>'))
  app.get('/anh', async (_req, reply) => reply.type('image/webp').send(Buffer.alloc(5000, 7)))
  app.get('/trong', async (_req, reply) => reply.code(204).send())
  app.get('/the', async (_req, reply) => reply.header('etag', '"v1"').type('text/css').send(page))
  app.get('/vary', async (_req, reply) => reply.header('vary', 'Cookie').type('text/html').send(page))
  app.get('/da-nen', async (_req, reply) => reply.header('content-encoding', 'gzip').type('text/javascript').send(zlib.gzipSync(page)))
  app.setNotFoundHandler(async (_req, reply) => reply.code(404).type('text/html; charset=utf-8').send(page))
  return app
}

afterEach(() => {
  mock.restoreAll()
  syncBuiltinESMExports()
})

test('HTML, JSON and error pages decompress to the same bytes as the identity answer, by Accept-Encoding', async () => {
  const app = await appWithRoutes()
  for (const [method, url] of [['GET', '/trang'], ['POST', '/trang'], ['GET', '/json'], ['GET', '/khong-co']] as const) {
    const identity = await app.inject({ method, url })
    assert.equal(identity.headers['content-encoding'], undefined, url)
    assert.equal(identity.headers.vary, 'Accept-Encoding', url)
    const br = await app.inject({ method, url, headers: { 'accept-encoding': 'gzip, deflate, br' } })
    assert.equal(br.headers['content-encoding'], 'br', url)
    assert.equal(br.statusCode, identity.statusCode)
    assert.ok(brotliDecompressSync(br.rawPayload).equals(identity.rawPayload), url)
    assert.equal(Number(br.headers['content-length']), br.rawPayload.length)
    assert.ok(br.rawPayload.length < identity.rawPayload.length / 3, `${url}: ${br.rawPayload.length} of ${identity.rawPayload.length}`)
    const gzip = await app.inject({ method, url, headers: { 'accept-encoding': 'gzip' } })
    assert.equal(gzip.headers['content-encoding'], 'gzip', url)
    assert.ok(gunzipSync(gzip.rawPayload).equals(identity.rawPayload), url)
  }
  await app.close()
})

test('small bodies, images, 204s, HEAD, ranges and answers already compressed are left alone', async () => {
  const app = await appWithRoutes()
  const br = { 'accept-encoding': 'br, gzip' }
  const small = await app.inject({ url: '/nho', headers: br })
  assert.equal(small.headers['content-encoding'], undefined)
  assert.equal(small.body, '<p>Ngắn</p>')
  const image = await app.inject({ url: '/anh', headers: br })
  assert.equal(image.headers['content-encoding'], undefined)
  assert.equal(image.rawPayload.length, 5000)
  assert.equal((await app.inject({ url: '/trong', headers: br })).headers['content-encoding'], undefined)
  const head = await app.inject({ method: 'HEAD', url: '/trang', headers: br })
  assert.equal(head.headers['content-encoding'], undefined)
  assert.equal(Number(head.headers['content-length']), Buffer.byteLength(page))
  const ranged = await app.inject({ url: '/trang', headers: { ...br, range: 'bytes=0-99' } })
  assert.equal(ranged.headers['content-encoding'], undefined)
  const already = await app.inject({ url: '/da-nen', headers: br })
  assert.equal(already.headers['content-encoding'], 'gzip')
  assert.equal(gunzipSync(already.rawPayload).toString('utf8'), page)
  await app.close()
})

test('a strong ETag becomes weak once the bytes are compressed, and Vary keeps what the route said', async () => {
  const app = await appWithRoutes()
  const tagged = await app.inject({ url: '/the', headers: { 'accept-encoding': 'gzip' } })
  assert.equal(tagged.headers.etag, 'W/"v1"')
  assert.equal((await app.inject({ url: '/the' })).headers.etag, '"v1"')
  const varied = await app.inject({ url: '/vary', headers: { 'accept-encoding': 'br' } })
  assert.equal(varied.headers.vary, 'Cookie, Accept-Encoding')
  await app.close()
})

test('compressing an answer uses the thread pool, never the synchronous zlib calls', async () => {
  const calls: string[] = []
  for (const name of ['gzipSync', 'brotliCompressSync', 'deflateSync', 'gzip', 'brotliCompress'] as const) {
    const original = zlib[name] as (...args: unknown[]) => unknown
    mock.method(zlib, name, (...args: unknown[]) => {
      calls.push(name)
      return original(...args)
    })
  }
  syncBuiltinESMExports()
  const app = await appWithRoutes()
  await app.inject({ url: '/trang', headers: { 'accept-encoding': 'br' } })
  await app.inject({ url: '/json', headers: { 'accept-encoding': 'gzip' } })
  assert.deepEqual(calls, ['brotliCompress', 'gzip'])
  await app.close()
})

test('while a large answer is compressed, the event loop runs other work', async () => {
  const app = Fastify()
  let otherWorkRan = false
  // Registered first, so it runs just before the compression: other work for the next turn of the loop.
  app.addHook('onSend', (_req, _reply, payload, done) => {
    setImmediate(() => (otherWorkRan = true))
    done(null, payload)
  })
  compressResponses(app)
  // 2.5 MB of text that does not repeat: a fifth of a second of brotli on the thread pool, against
  // the few microseconds the loop needs to reach its next turn. Compressed on the loop, it would
  // finish first (checked by making compression synchronous: this test then fails).
  const big = Array.from({ length: 120_000 }, (_, i) => `<li>${(i * 2654435761 % 4294967296).toString(36)} ${i}</li>`).join('')
  app.get('/lon', async (_req, reply) => reply.type('text/html').send(big))
  let ranBeforeAnswer: boolean | undefined
  const answer = await app.inject({ url: '/lon', headers: { 'accept-encoding': 'br' } }).then((a) => ((ranBeforeAnswer = otherWorkRan), a))
  assert.equal(answer.headers['content-encoding'], 'br')
  assert.equal(ranBeforeAnswer, true)
  await app.close()
})
