import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createArticle, createCategory } from '../support/factories.ts'
import { parsePage, textOf } from '../support/html.ts'
import { createUser, csrfOf, signIn } from '../support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// Forms have schemas at the edge now. The shapes a browser can send (a field missing, repeated,
// unknown, or no body at all) still get the form's own Vietnamese answer; a body no form sends
// (JSON holding objects) is a Vietnamese page that says so: never a bare 400 JSON, never a 500.

let portal: TestPortal
let articleId: number
let admin: string
let csrf: string

before(async () => {
  portal = await buildTestPortal()
  const categoryId = await createCategory(portal, 'Dân vận')
  articleId = (await createArticle(portal, { categoryId, title: 'Bài có biểu mẫu' })).id
  await createUser(portal.db, 'administrator', 'quantri-bieumau@example.vn')
  admin = (await signIn(portal.app, 'quantri-bieumau@example.vn')).cookie
  csrf = await csrfOf(portal.app, admin)
})
after(() => portal.close())

const form = (fields: string) => ({ 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', payload: fields })

test('a reader\'s comment with its name sent twice and an unknown field is asked for the name again (422)', async () => {
  const { payload, ...headers } = form('name=An&name=B%C3%ACnh&email=an%40example.vn&body=%C3%9D+ki%E1%BA%BFn&khac=1')
  const res = await portal.app.inject({ method: 'POST', url: `/y-kien/${articleId}`, headers, payload })
  assert.equal(res.statusCode, 422)
  assert.equal(textOf(parsePage(res.body), '#e-name'), 'Xin nhập họ và tên.')
})

test('a comment sent as JSON holding objects is a Vietnamese page naming the form, not a 500', async () => {
  const res = await portal.app.inject({
    method: 'POST', url: `/y-kien/${articleId}`, headers: { 'content-type': 'application/json', accept: 'text/html' },
    payload: JSON.stringify({ name: { first: 'An' }, email: 'an@example.vn', body: 'Ý kiến' }),
  })
  assert.equal(res.statusCode, 400)
  assert.match(res.headers['content-type'] as string, /text\/html/)
  assert.match(textOf(parsePage(res.body), 'main'), /không hợp lệ: dữ liệu biểu mẫu gửi lên không đúng dạng/)
})

test('a newsroom POST with no body at all is refused as an expired form (403), as before forms had schemas', async () => {
  const res = await portal.app.inject({ method: 'POST', url: '/toa-soan/mat-khau', headers: { cookie: admin } })
  assert.equal(res.statusCode, 403)
  assert.match(textOf(parsePage(res.body), 'main'), /Biểu mẫu đã hết hạn/)
})

test('a newsroom form with its fields repeated gets its field messages (422), not a 400', async () => {
  const { payload, ...headers } = form(`_csrf=${csrf}&current=a&current=b&next=ngan&again=ngan`)
  const res = await portal.app.inject({ method: 'POST', url: '/toa-soan/mat-khau', headers: { ...headers, cookie: admin }, payload })
  assert.equal(res.statusCode, 422)
  const doc = parsePage(res.body)
  assert.match(doc.body.textContent ?? '', /Xin nhập mật khẩu hiện tại\./)
})

test('the moderators\' bulk form ignores ids that are not numbers and refuses an unknown action in Vietnamese', async () => {
  const { payload, ...headers } = form(`_csrf=${csrf}&thao-tac=toString&ids=1&ids=abc`)
  const res = await portal.app.inject({ method: 'POST', url: '/toa-soan/y-kien/hang-loat', headers: { ...headers, cookie: admin }, payload })
  assert.equal(res.statusCode, 400)
  assert.match(textOf(parsePage(res.body), 'main'), /Thao tác không hợp lệ/)
})
