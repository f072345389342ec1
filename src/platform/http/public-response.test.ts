import assert from 'node:assert/strict'
import { EventEmitter } from 'node:events'
import { get, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { syncBuiltinESMExports } from 'node:module'
import { afterEach, mock, test } from 'node:test'
import zlib, { brotliDecompressSync, gunzipSync } from 'node:zlib'
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify'
import { PageCache, preparePage } from '../cache/page-cache.ts'
import { createCachedServer } from './cached-server.ts'
import { handOverFill, PageFills } from './page-fills.ts'
import { createPublicResponder, type PublicResponder } from './public-response.ts'

// The responder and the fast path together, over real HTTP (app.inject() never reaches the
// fast path), with a route whose renders the tests count and hold back.

type Render = (req: FastifyRequest, reply: FastifyReply, responder: PublicResponder) => Promise<unknown>

async function openPortalLike(render: Render) {
  const cache = new PageCache()
  const app = Fastify({ serverFactory: (handler) => createCachedServer(cache, handler) })
  const responder = createPublicResponder(app, cache, true)
  app.get('/tin-tuc/:slug', (req, reply) => render(req, reply, responder))
  await app.listen({ port: 0, host: '127.0.0.1' })
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  /** Resolves once `count` requests have reached the server (whether or not they reach a route). */
  const arrivals = (count: number) => new Promise<void>((resolve) => {
    let arrived = 0
    app.server.on('request', () => {
      if (++arrived === count) resolve()
    })
  })
  return { app, cache, responder, base, arrivals }
}

interface Answer { status: number; headers: IncomingHttpHeaders; body: Buffer }

/** One request on a connection of its own, raw bytes back (no decoding, unlike fetch). */
function request(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
    }).on('error', reject)
  })
}

const articleBody = (version: number) => `<h1>Bản ${version}</h1>` + '<p>Hội nghị tổng kết công tác dân vận năm 2020.</p>'.repeat(200)
const html = { contentType: 'text/html; charset=utf-8', tags: ['article:1', 'layout'] }

function gate() {
  let open!: () => void
  const opened = new Promise<void>((resolve) => { open = resolve })
  return { opened, open }
}

afterEach(() => {
  mock.restoreAll()
  syncBuiltinESMExports()
})

test('filling the cache never compresses on the event loop, and the kept copies decompress to the page', async () => {
  const synchronous: string[] = []
  const asynchronous: string[] = []
  for (const name of ['gzipSync', 'brotliCompressSync', 'deflateSync', 'deflateRawSync'] as const) {
    const original = zlib[name] as (...args: unknown[]) => Buffer
    mock.method(zlib, name, (...args: unknown[]) => {
      synchronous.push(name)
      return original(...args)
    })
  }
  for (const name of ['gzip', 'brotliCompress'] as const) {
    const original = zlib[name] as (...args: unknown[]) => void
    mock.method(zlib, name, (...args: unknown[]) => {
      asynchronous.push(name)
      return original(...args)
    })
  }
  syncBuiltinESMExports()
  const { app, cache, responder, base } = await openPortalLike(async (req, reply, responder) => responder.send(req, reply, { ...html, body: articleBody(1) }))
  try {
    const first = await request(`${base}/tin-tuc/bai-1`, { 'accept-encoding': 'br, gzip' })
    assert.equal(first.status, 200)
    assert.deepEqual(synchronous, [])
    await responder.whenCompressed()
    assert.deepEqual(synchronous, [])
    assert.ok(asynchronous.includes('gzip') && asynchronous.includes('brotliCompress'), `async zlib used: ${asynchronous.join(', ')}`)

    assert.equal(first.headers['content-encoding'], 'br')
    assert.equal(brotliDecompressSync(first.body).toString('utf8'), articleBody(1))
    const kept = cache.get('/tin-tuc/bai-1')!
    assert.equal(kept.compression, 'best')
    assert.equal(brotliDecompressSync(kept.brotli!.body).toString('utf8'), articleBody(1))
    assert.equal(gunzipSync(kept.gzip!.body).toString('utf8'), articleBody(1))
    const gzipped = await request(`${base}/tin-tuc/bai-1`, { 'accept-encoding': 'gzip' })
    assert.equal(gunzipSync(gzipped.body).toString('utf8'), articleBody(1))
  } finally {
    await app.close()
  }
})

test('a purge while the best compression runs leaves no stale page in the cache', async () => {
  let portal: Awaited<ReturnType<typeof openPortalLike>> | undefined
  const original = zlib.brotliCompress as (...args: unknown[]) => void
  mock.method(zlib, 'brotliCompress', (...args: unknown[]) => {
    const options = args[1] as zlib.BrotliOptions
    // The moment the best compression starts, the article changes.
    if (options.params?.[zlib.constants.BROTLI_PARAM_QUALITY] === 9) portal?.cache.purgeTags(['article:1'])
    return original(...args)
  })
  syncBuiltinESMExports()
  portal = await openPortalLike(async (req, reply, responder) => responder.send(req, reply, { ...html, body: articleBody(1) }))
  try {
    assert.equal((await request(`${portal.base}/tin-tuc/bai-1`)).status, 200)
    await portal.responder.whenCompressed()
    assert.equal(portal.cache.get('/tin-tuc/bai-1'), undefined)
  } finally {
    await portal.app.close()
  }
})

test('readers asking at once for a page missing from the cache wait for one render and get its bytes', async () => {
  const readers = 12
  const held = gate()
  let renders = 0
  const { app, base, arrivals } = await openPortalLike(async (req, reply, responder) => {
    const version = ++renders
    await held.opened
    return responder.send(req, reply, { ...html, body: articleBody(version) })
  })
  try {
    const everyone = arrivals(readers)
    const answers = Promise.all(Array.from({ length: readers }, (_, i) => request(`${base}/tin-tuc/bai-1`, i % 2 ? { 'accept-encoding': 'gzip' } : {})))
    await everyone
    held.open()
    const received = await answers
    assert.equal(renders, 1)
    for (const [i, answer] of received.entries()) {
      assert.equal(answer.status, 200)
      const body = i % 2 ? gunzipSync(answer.body) : answer.body
      assert.equal(body.toString('utf8'), articleBody(1))
    }
    assert.equal(new Set(received.map((a) => a.headers.etag)).size, 1)
  } finally {
    await app.close()
  }
})

test('a render that fails is not handed on: the readers who waited for it render the page themselves', async () => {
  const readers = 6
  const held = gate()
  let renders = 0
  const { app, base, arrivals } = await openPortalLike(async (req, reply, responder) => {
    const attempt = ++renders
    await held.opened
    if (attempt === 1) throw new Error('database busy')
    return responder.send(req, reply, { ...html, body: articleBody(2) })
  })
  try {
    const everyone = arrivals(readers)
    const answers = Promise.all(Array.from({ length: readers }, () => request(`${base}/tin-tuc/bai-1`)))
    await everyone
    held.open()
    const statuses = (await answers).map((a) => a.status).sort()
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 500])
    assert.equal(renders, readers)
  } finally {
    await app.close()
  }
})

test('a reader who arrives after a purge does not get the page rendered before it', async () => {
  const held = gate()
  let renders = 0
  const { app, cache, base, arrivals } = await openPortalLike(async (req, reply, responder) => {
    const version = ++renders
    if (version === 1) await held.opened
    return responder.send(req, reply, { ...html, body: articleBody(version) })
  })
  try {
    const leaderArrived = arrivals(1)
    const before = request(`${base}/tin-tuc/bai-1`)
    await leaderArrived
    cache.purgeTags(['article:1'])
    const after = await request(`${base}/tin-tuc/bai-1`)
    held.open()
    assert.match((await before).body.toString('utf8'), /Bản 1/)
    assert.match(after.body.toString('utf8'), /Bản 2/)
    assert.equal(renders, 2)
  } finally {
    await app.close()
  }
})

test('signed-in newsroom members never wait for an anonymous render', async () => {
  const held = gate()
  let renders = 0
  const { app, base, arrivals } = await openPortalLike(async (req, reply, responder) => {
    const version = ++renders
    if (version === 1) await held.opened
    return responder.send(req, reply, { ...html, body: articleBody(version) })
  })
  try {
    const leaderArrived = arrivals(1)
    const anonymous = request(`${base}/tin-tuc/bai-1`)
    await leaderArrived
    const editor = await request(`${base}/tin-tuc/bai-1`, { cookie: 'ts_session=abc' })
    assert.match(editor.body.toString('utf8'), /Bản 2/)
    held.open()
    assert.match((await anonymous).body.toString('utf8'), /Bản 1/)
  } finally {
    await app.close()
  }
})

test('nobody waits for an address whose last render gave no page to keep, until one does', async () => {
  const fills = new PageFills(new PageCache())
  const rendered: string[] = []
  const served: string[] = []
  const arrive = (name: string) => {
    const req = new EventEmitter() as IncomingMessage
    const res = new EventEmitter() as ServerResponse
    fills.join('/tim-kiem?q=bao', req, res, () => rendered.push(name), () => served.push(name))
    return { req, leave: () => res.emit('close') }
  }
  const first = arrive('first')
  arrive('second')
  assert.deepEqual(rendered, ['first'], 'the first burst waits: nothing is known of the address yet')
  first.leave() // ended without a page to keep
  assert.deepEqual(rendered, ['first', 'second'])
  const third = arrive('third')
  arrive('fourth')
  assert.deepEqual(rendered, ['first', 'second', 'third', 'fourth'], 'known to give no page: nobody waits')
  handOverFill(third.req, preparePage({ contentType: 'text/plain', cacheControl: 'public', body: 'trang', tags: [] }))
  arrive('fifth')
  arrive('sixth')
  assert.deepEqual(rendered, ['first', 'second', 'third', 'fourth', 'fifth'], 'a page again: readers wait for it again')
  assert.deepEqual(served, [])
})
