import { createHash } from 'node:crypto'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, test } from 'node:test'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { SITE_CSS, STYLESHEET, STYLESHEET_URL } from './stylesheet.ts'

// The stylesheet is the file site.css, sent under its hash with gzip and brotli made once at
// start, each chosen by Accept-Encoding, and kept by browsers for a year.
let portal: TestPortal
let base: string

before(async () => {
  portal = await buildTestPortal()
  base = await portal.listen()
})
after(() => portal.close())

const css = Buffer.from(SITE_CSS)

async function fetchStylesheet(acceptEncoding: string) {
  // Node's fetch would decode the body: ask with the raw socket's view through node:http instead.
  const { request } = await import('node:http')
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    request(base + STYLESHEET_URL, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
    }).on('error', reject).end()
  })
}

test('the pages carry the stylesheet made from site.css and the faces of the portal\'s font, under its content hash', async () => {
  assert.match(STYLESHEET_URL, /^\/assets\/site-[0-9a-f]{12}\.css$/)
  assert.ok(SITE_CSS.startsWith(readFileSync(new URL('./site.css', import.meta.url), 'utf8')))
  assert.match(SITE_CSS, /@font-face\{font-family:"Noto Sans";font-style:normal;font-weight:400;font-display:swap;src:url\(\/assets\/noto-sans-vietnamese-400-normal-[0-9a-f]{12}\.woff2\)/)
  assert.ok(STYLESHEET.body.equals(css))
  // Readers' pages carry it in their head (no render-blocking request); the newsroom links it.
  // After it, the modules' reader styles (the documents register's): one <style>, allowed by its hash.
  const home = (await portal.app.inject('/')).body
  const inline = /<style>([^<]*)<\/style>/.exec(home)?.[1] ?? ''
  assert.ok(inline.startsWith(SITE_CSS))
  assert.match(inline.slice(SITE_CSS.length), /\/\* documents \*\/\n\.document-search\{/)
  assert.ok(!home.includes(STYLESHEET_URL))
  const csp = String((await portal.app.inject('/')).headers['content-security-policy'])
  assert.ok(csp.includes(`'sha256-${createHash('sha256').update(inline).digest('base64')}'`), 'the policy allows exactly that <style> by its hash')
  assert.match((await portal.app.inject('/toa-soan/dang-nhap')).body, new RegExp(`<link rel="stylesheet" href="${STYLESHEET_URL}">`))
})

test('brotli, gzip or none by Accept-Encoding: the best compression from the very first answer, immutable for a year', async () => {
  const brotli = await fetchStylesheet('gzip, deflate, br')
  assert.equal(brotli.status, 200)
  assert.equal(brotli.headers['content-encoding'], 'br')
  assert.equal(brotli.headers['cache-control'], 'public, max-age=31536000, immutable')
  assert.equal(brotli.headers['content-type'], 'text/css; charset=utf-8')
  assert.ok(brotliDecompressSync(brotli.body).equals(css))
  // The bytes made at start, not a per-request fast compression replaced later.
  assert.ok(brotli.body.equals((await STYLESHEET.compressed)!.brotli))

  const gzip = await fetchStylesheet('gzip')
  assert.equal(gzip.headers['content-encoding'], 'gzip')
  assert.ok(gunzipSync(gzip.body).equals(css))
  assert.ok(gzip.body.equals((await STYLESHEET.compressed)!.gzip))

  const plain = await fetchStylesheet('identity')
  assert.equal(plain.headers['content-encoding'], undefined)
  assert.ok(plain.body.equals(css))
  assert.equal(plain.headers.vary, 'Accept-Encoding')
})

test('an unknown stylesheet hash is not found', async () => {
  assert.equal((await portal.app.inject('/assets/site-000000000000.css')).statusCode, 404)
  assert.equal((await portal.app.inject('/assets/thuong-hieu-000000000000.css')).statusCode, 404)
})
