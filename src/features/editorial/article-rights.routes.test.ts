import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createCategory } from '../../../test/support/factories.ts'
import { parsePage } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

// Where the article form and the service used to answer differently, the buttons now say what
// the service does (both ask article.policy.ts).

let portal: TestPortal
const clock = new TestClock(new Date('2026-12-05T02:00:00Z'))
let mobilisation: number
let economy: number
let reporterId: number
let cookie: string

before(async () => {
  portal = await buildTestPortal({ clock })
  mobilisation = await createCategory(portal, 'Dân vận')
  economy = await createCategory(portal, 'Kinh tế')
  reporterId = await createUser(portal.db, 'reporter', 'phongvien.danvan@example.vn', [mobilisation])
  cookie = (await signIn(portal.app, 'phongvien.danvan@example.vn')).cookie
})
after(() => portal.close())

async function post(url: string, fields: Record<string, string>) {
  return portal.app.inject({
    method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    payload: new URLSearchParams({ _csrf: await csrfOf(portal.app, cookie), ...fields }).toString(),
  })
}

test('a reporter moved off a category no longer gets a save form for their draft there, since saving it is refused', async () => {
  const fields = { title: 'Bài nháp ở Dân vận', lead: '', bodyHtml: '<p>Nội dung.</p>', categoryId: String(mobilisation) }
  const created = await post('/toa-soan/bai-viet', fields)
  assert.equal(created.statusCode, 303)
  const id = Number(/(\d+)$/.exec(String(created.headers.location))![1])
  // The administrator moves the reporter to the economy desk.
  await portal.db.deleteFrom('user_categories').where('user_id', '=', reporterId).execute()
  await portal.db.insertInto('user_categories').values({ user_id: reporterId, category_id: economy }).execute()

  const page = await portal.app.inject({ method: 'GET', url: `/toa-soan/bai-viet/${id}`, headers: { cookie } })
  assert.equal(page.statusCode, 200, 'their own draft still opens')
  const doc = parsePage(page.body)
  assert.equal(doc.querySelector('form.article-form'), null, 'no save form')
  assert.equal(doc.querySelectorAll('.transition button').length, 0, 'no "Gửi duyệt" either')

  const version = (await portal.db.selectFrom('articles').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version
  assert.equal((await post(`/toa-soan/bai-viet/${id}`, { ...fields, version: String(version) })).statusCode, 403)
})

test('inputs no form of ours sends are refused at the edge with the Vietnamese error page, never JSON; shared links\' extra parameters are ignored', async () => {
  // The reporter writes in economy now (see the test above).
  const created = await post('/toa-soan/bai-viet', { title: 'Bài thử đầu vào', lead: '', bodyHtml: '<p>Nội dung.</p>', categoryId: String(economy) })
  assert.equal(created.statusCode, 303)
  const id = Number(/(\d+)$/.exec(String(created.headers.location))![1])
  for (const [res, says] of [
    [await post(`/toa-soan/bai-viet/${id}/chuyen`, { transition: 'xoa-het' }), /Yêu cầu không hợp lệ: dữ liệu biểu mẫu gửi lên không đúng/],
    [await portal.app.inject({ method: 'GET', url: '/toa-soan/bai-viet/12abc', headers: { cookie } }), /Yêu cầu không hợp lệ: tham số trên đường dẫn không đúng/],
  ] as const) {
    assert.equal(res.statusCode, 400)
    assert.match(String(res.headers['content-type']), /text\/html/)
    assert.match(res.body, says)
  }
  const shared = await portal.app.inject({ method: 'GET', url: `/toa-soan/bai-viet/${id}?fbclid=abc&utm_source=zalo`, headers: { cookie } })
  assert.equal(shared.statusCode, 200)
})
