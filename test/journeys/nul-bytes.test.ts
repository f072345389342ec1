import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createArticle, createCategory } from '../support/factories.ts'
import { parsePage, textOf } from '../support/html.ts'
import { createUser, csrfOf, signIn } from '../support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// A NUL character reaching PostgreSQL is a 500 ("invalid byte sequence for encoding UTF8"); one
// guard refuses it, and lone surrogates, for every route, before any handler runs.
let portal: TestPortal
let base: string
let admin: string
let articleId: number

before(async () => {
  portal = await buildTestPortal()
  await createUser(portal.db, 'administrator', 'quantri@example.vn')
  admin = (await signIn(portal.app, 'quantri@example.vn')).cookie
  articleId = (await createArticle(portal, { title: 'Bài nhận ý kiến', categoryId: await createCategory(portal, 'Tin tức') })).id
  base = await portal.listen()
})
after(() => portal.close())

const isRefusalPage = (status: number, body: string) => {
  assert.equal(status, 400)
  assert.match(textOf(parsePage(body), 'main'), /ký tự không được phép/)
}

test('a NUL in a path or a query string is a 400 Vietnamese page, signed in or not', async () => {
  for (const url of ['/rss/tin-tuc/%00', '/tin-tuc/%00', '/tu-khoa/a%00b', '/tim-kiem?q=d%00an', '/tin-tuc?sau=%00', '/%00']) {
    const res = await fetch(base + url)
    isRefusalPage(res.status, await res.text())
  }
  for (const url of ['/toa-soan/y-kien?tim=a%00b', '/toa-soan/nhat-ky?hanh-dong=a%00', '/toa-soan/bai-viet?tim=%00']) {
    const res = await portal.app.inject({ url, headers: { cookie: admin } })
    isRefusalPage(res.statusCode, res.body)
  }
})

test('under /api the refusal is English JSON with a stable code', async () => {
  for (const url of ['/api/v1/search?q=%00', '/api/v1/categories/%00/articles', '/api/v1/categories/tin-tuc/articles?cursor=%00']) {
    const res = await fetch(base + url)
    assert.equal(res.status, 400, url)
    assert.deepEqual(await res.json(), { error: { code: 'invalid_characters', message: 'the request holds a NUL character or text that is not valid Unicode' } })
  }
})

test('a NUL in the sign-in form\'s e-mail is refused, not a 500', async () => {
  const form = await portal.app.inject({ url: '/toa-soan/dang-nhap' })
  const csrf = form.cookies.find((c) => c.name === 'ts_csrf')!.value
  const token = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!
  const res = await portal.app.inject({
    method: 'POST', url: '/toa-soan/dang-nhap',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `ts_csrf=${csrf}` },
    payload: `_csrf=${token}&email=quantri%00%40example.vn&password=x&tiep=%2Ftoa-soan`,
  })
  isRefusalPage(res.statusCode, res.body)
})

test('NUL or a lone surrogate in a JSON body, or a NUL in a multipart text field, is refused', async () => {
  for (const payload of ['{"name":"An\\u0000","email":"an@example.vn","body":"Ý kiến."}', '{"name":"An","email":"an@example.vn","body":"Ý kiến \\ud800."}', '{"name\\u0000":"An"}', '[["\\u0000"]]']) {
    const res = await fetch(`${base}/y-kien/${articleId}`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/html' }, body: payload })
    isRefusalPage(res.status, await res.text())
  }
  const token = await csrfOf(portal.app, admin)
  const form = new FormData()
  form.append('_csrf', token)
  form.append('alt', 'Ảnh\u0000')
  form.append('caption', '')
  form.append('file', new Blob([Buffer.from('GIF89a')], { type: 'image/gif' }), 'anh.gif')
  const res = await fetch(`${base}/toa-soan/anh`, { method: 'POST', headers: { cookie: admin, origin: base }, body: form })
  isRefusalPage(res.status, await res.text())
})

test('text that merely looks like a NUL is not refused', async () => {
  const res = await fetch(base + '/tim-kiem?q=%2500+%5Cu0000+%E2%90%80')
  assert.equal(res.status, 200)
  const comment = await fetch(`${base}/y-kien/${articleId}`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    body: new URLSearchParams({ name: 'An 😀', email: 'an@example.vn', body: 'Gõ \\u0000 và %00 và 𝕏 là được.' }).toString(),
  })
  assert.equal(comment.status, 200)
})
