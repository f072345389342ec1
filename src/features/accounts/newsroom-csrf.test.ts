import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { createUser, signIn } from '../../../test/support/newsroom.ts'

// A newsroom page that echoes what was typed (the audit log's filter) beside the form token: the
// token is masked afresh in every answer (BREACH), and each masked copy still passes the check.

let portal: TestPortal
let cookie: string
const form = { 'content-type': 'application/x-www-form-urlencoded' }
const tokensIn = (body: string) => [...body.matchAll(/name="_csrf" value="([^"]+)"/g)].map((m) => m[1]!)

before(async () => {
  portal = await buildTestPortal()
  await createUser(portal.db, 'administrator', 'quantri@example.vn')
  cookie = (await signIn(portal.app, 'quantri@example.vn')).cookie
})
after(() => portal.close())

/** A form post that passes the CSRF check gets the form again with its field messages (422); one that fails gets 403. */
const postWithToken = (token: string) => portal.app.inject({
  method: 'POST', url: '/toa-soan/mat-khau', headers: { ...form, cookie }, payload: new URLSearchParams({ _csrf: token, current: '', next: '', again: '' }).toString(),
})

test('two answers of the same newsroom search carry different tokens, and both pass the check', async () => {
  const search = '/toa-soan/nhat-ky?hanh-dong=dang-nhap'
  const [first, second] = [await portal.app.inject({ url: search, headers: { cookie } }), await portal.app.inject({ url: search, headers: { cookie } })]
  assert.match(first.body, /value="dang-nhap"/, 'the page echoes the filter')
  const [a, b] = [tokensIn(first.body), tokensIn(second.body)]
  assert.ok(a.length > 0)
  assert.notEqual(a[0], b[0])
  const session = await portal.db.selectFrom('sessions').select('csrf_token').executeTakeFirstOrThrow()
  assert.ok(!first.body.includes(session.csrf_token), 'the token itself is never in a page')
  for (const token of [a[0]!, b[0]!]) assert.equal((await postWithToken(token)).statusCode, 422)
})

test('a masked token that was tampered with, or one from another session, fails the check', async () => {
  const page = await portal.app.inject({ url: '/toa-soan/mat-khau', headers: { cookie } })
  const token = tokensIn(page.body)[0]!
  const tampered = token.slice(0, 20) + (token[20] === 'x' ? 'y' : 'x') + token.slice(21)
  const refused = await postWithToken(tampered)
  assert.equal(refused.statusCode, 403)
  assert.match(refused.body, /Biểu mẫu đã hết hạn hoặc không hợp lệ/)
  const other = await signIn(portal.app, 'quantri@example.vn')
  const theirs = tokensIn((await portal.app.inject({ url: '/toa-soan/mat-khau', headers: { cookie: other.cookie } })).body)[0]!
  assert.equal((await postWithToken(theirs)).statusCode, 403)
  assert.equal((await postWithToken(token)).statusCode, 422)
})

test('the sign-in form masks its cookie token too, and signing in with it still works', async () => {
  const first = await portal.app.inject('/toa-soan/dang-nhap')
  const formCookie = first.cookies.find((c) => c.name === 'ts_csrf')!.value
  const again = await portal.app.inject({ url: '/toa-soan/dang-nhap?tiep=%2Ftoa-soan', headers: { cookie: `ts_csrf=${formCookie}` } })
  const [a, b] = [tokensIn(first.body)[0]!, tokensIn(again.body)[0]!]
  assert.notEqual(a, b)
  assert.ok(!first.body.includes(formCookie))
  for (const token of [a, b]) {
    const res = await portal.app.inject({
      method: 'POST', url: '/toa-soan/dang-nhap', headers: { ...form, cookie: `ts_csrf=${formCookie}` },
      payload: new URLSearchParams({ _csrf: token, email: 'quantri@example.vn', password: 'mat-khau-thu-nghiem-1', tiep: '/toa-soan' }).toString(),
    })
    assert.equal(res.statusCode, 303)
  }
})
