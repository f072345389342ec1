import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { createUser, csrfOf, signIn } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

// A category's address changes with its slug or its parent; the addresses readers, feed
// readers and search engines kept must lead to the new one, not to the 404 page.
let portal: TestPortal
let cookie: string
let news: number
let mobilisation: number
let villages: number
const A = '/toa-soan/quan-tri/chuyen-muc'

before(async () => {
  portal = await buildTestPortal()
  news = await createCategory(portal, 'Tin tức')
  mobilisation = await createCategory(portal, 'Dân vận', news)
  villages = await createCategory(portal, 'Dân vận khéo', mobilisation)
  await createArticle(portal, { title: 'Bài về dân vận khéo ở cơ sở', categoryId: villages })
  await createUser(portal.db, 'administrator', 'quantri@example.vn')
  cookie = (await signIn(portal.app, 'quantri@example.vn')).cookie
})
after(() => portal.close())

async function editCategory(id: number, fields: Record<string, string>) {
  const res = await portal.app.inject({
    method: 'POST', url: `${A}/${id}`, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    payload: new URLSearchParams({ _csrf: await csrfOf(portal.app, cookie), parentId: '', slug: '', position: '', description: '', inMenu: '1', ...fields }).toString(),
  })
  assert.equal(res.statusCode, 303, res.body)
}
const redirectOf = async (url: string) => {
  const res = await portal.app.inject(url)
  return [res.statusCode, res.headers.location]
}

test('a renamed slug sends the old category pages, its sub-categories\' and its feed to the new addresses', async () => {
  assert.equal((await portal.app.inject('/tin-tuc/dan-van')).statusCode, 200)
  await editCategory(mobilisation, { name: 'Công tác dân vận', slug: 'cong-tac-dan-van', parentId: String(news) })

  assert.equal((await portal.app.inject('/tin-tuc/cong-tac-dan-van')).statusCode, 200)
  assert.deepEqual(await redirectOf('/tin-tuc/dan-van'), [301, '/tin-tuc/cong-tac-dan-van'])
  assert.deepEqual(await redirectOf('/tin-tuc/dan-van/dan-van-kheo'), [301, '/tin-tuc/cong-tac-dan-van/dan-van-kheo'])
  assert.deepEqual(await redirectOf('/tin-tuc/dan-van?sau=abc'), [301, '/tin-tuc/cong-tac-dan-van?sau=abc'], 'a deeper page keeps its place')
  assert.deepEqual(await redirectOf('/rss/tin-tuc/dan-van'), [301, '/rss/tin-tuc/cong-tac-dan-van'])
  const [, article] = await redirectOf('/tin-tuc/dan-van/dan-van-kheo/bai-ve-dan-van-kheo-o-co-so')
  assert.equal(article, '/tin-tuc/cong-tac-dan-van/dan-van-kheo/bai-ve-dan-van-kheo-o-co-so', 'articles under the old path already went to their page')
  assert.equal((await portal.app.inject('/tin-tuc/khong-bao-gio-co')).statusCode, 404, 'a path no category ever had is still 404')
})

test('a category moved under another parent is found at its old address, and each change adds one more', async () => {
  const home = await createCategory(portal, 'Địa phương')
  await editCategory(villages, { name: 'Dân vận khéo', slug: 'dan-van-kheo', parentId: String(home) })
  assert.deepEqual(await redirectOf('/tin-tuc/cong-tac-dan-van/dan-van-kheo'), [301, '/dia-phuong/dan-van-kheo'])
  assert.deepEqual(await redirectOf('/tin-tuc/dan-van/dan-van-kheo'), [301, '/dia-phuong/dan-van-kheo'], 'the first address still leads there')
})

test('a live category at a former address wins over the redirect, and a deleted category\'s addresses are 404', async () => {
  const again = await createCategory(portal, 'Dân vận', news)
  assert.equal((await portal.app.inject('/tin-tuc/dan-van')).statusCode, 200, 'the new "Dân vận" is served, not redirected')
  await editCategory(again, { name: 'Dân vận mới', slug: 'dan-van-moi', parentId: String(news) })
  assert.deepEqual(await redirectOf('/tin-tuc/dan-van'), [301, '/tin-tuc/dan-van-moi'], 'the newest owner of the path gets it')

  const res = await portal.app.inject({ method: 'POST', url: `${A}/${again}/xoa`, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie }, payload: `_csrf=${encodeURIComponent(await csrfOf(portal.app, cookie))}` })
  assert.equal(res.statusCode, 303)
  assert.equal((await portal.app.inject('/tin-tuc/dan-van')).statusCode, 404)
  assert.equal((await portal.app.inject('/tin-tuc/dan-van-moi')).statusCode, 404)
})
