import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { createUser, csrfOf, signIn } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { arrangeHome } from './home-arrangement.ts'

// Editors choose the home page's lead stories (tin tiêu điểm) and featured stories (tin nổi bật);
// the page shows their choice in their order, the newest fill the rest, and each change purges it.
let portal: TestPortal
let base: string
const titles: string[] = []
const ids: number[] = []
let editor: string

before(async () => {
  portal = await buildTestPortal()
  const category = await createCategory(portal, 'Tin tức')
  // Oldest first: "Bài 8" is the newest.
  for (let n = 1; n <= 8; n++) {
    const { id } = await createArticle(portal, { title: `Bài ${n} về dân vận khéo`, categoryId: category, publishedAt: new Date(Date.UTC(2026, 10, n)) })
    ids.push(id)
    titles.push(`Bài ${n} về dân vận khéo`)
  }
  await createUser(portal.db, 'editor', 'bientap@example.vn')
  editor = (await signIn(portal.app, 'bientap@example.vn')).cookie
  base = await portal.listen()
})
after(() => portal.close())

async function post(cookie: string, url: string, fields: Record<string, string> = {}) {
  const payload = new URLSearchParams({ _csrf: await csrfOf(portal.app, cookie), ...fields }).toString()
  return portal.app.inject({ method: 'POST', url, payload, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' } })
}

/** The home page as a reader gets it (through the page cache), its parts by title. */
async function homePage() {
  const doc = parsePage(await (await fetch(base + '/')).text())
  return {
    lead: textOf(doc, '.lead-story h3'),
    focus: allText(doc, '.focus-list h3'),
    featured: allText(doc, '.featured-list h3'),
    latest: allText(doc, '#tin-moi ~ .article-list h3'),
    everything: allText(doc, 'main h3'),
  }
}

const t = (n: number) => titles[n - 1]!
const id = (n: number) => String(ids[n - 1]!)

test('with nothing chosen, the newest lead; once editors choose, their stories come first in their order, and no story shows twice', async () => {
  const before = await homePage()
  assert.equal(before.lead, t(8))
  assert.deepEqual(before.focus, [t(7), t(6), t(5), t(4)])
  assert.deepEqual(before.featured, [t(3), t(2), t(1)])
  assert.ok(portal.cache.get('/'), 'the home page is kept in the page cache')

  for (const [n, slot] of [[2, 'lead'], [5, 'featured'], [1, 'lead']] as const) {
    const res = await post(editor, '/toa-soan/trang-chu', { articleId: id(n), slot })
    assert.equal(res.statusCode, 303, res.body.slice(0, 300))
  }
  // Purged by the change: the next reader sees the choice at once.
  const after = await homePage()
  assert.equal(after.lead, t(2))
  assert.deepEqual(after.focus, [t(1), t(8), t(7), t(6)])
  assert.deepEqual(after.featured, [t(5), t(4), t(3)])
  assert.equal(new Set(after.everything).size, after.everything.length, `a story shows twice: ${after.everything.join(' | ')}`)

  // ↑ on the second lead story makes it the first.
  assert.equal((await post(editor, `/toa-soan/trang-chu/${id(1)}/len`)).statusCode, 303)
  assert.equal((await homePage()).lead, t(1))
  // Moved to the featured stories, it goes last there; taken off, the newest fill in again.
  assert.equal((await post(editor, `/toa-soan/trang-chu/${id(1)}`, { articleId: id(1), slot: 'featured' })).statusCode, 303)
  assert.deepEqual((await homePage()).featured.slice(0, 2), [t(5), t(1)])
  assert.equal((await post(editor, `/toa-soan/trang-chu/${id(5)}/xoa`)).statusCode, 303)
  const end = await homePage()
  assert.equal(end.lead, t(2))
  assert.equal(end.featured[0], t(1))

  const screen = parsePage((await portal.app.inject({ url: '/toa-soan/trang-chu', headers: { cookie: editor } })).body)
  assert.deepEqual(allText(screen, '#vi-tri-lead ~ .home-picks .home-pick-title'), [t(2)])
  assert.deepEqual(allText(screen, '#vi-tri-featured ~ .home-picks .home-pick-title'), [t(1)])
  const audit = await portal.db.selectFrom('audit_log').select('action').where('action', 'like', 'home.%').orderBy('id').execute()
  assert.deepEqual(audit.map((a) => a.action), ['home.pick', 'home.pick', 'home.pick', 'home.move', 'home.move', 'home.unpick'])
  await portal.db.deleteFrom('home_picks').execute()
})

test('only published articles, once each, and no more than a part holds: each refusal says why in Vietnamese', async () => {
  const category = (await portal.db.selectFrom('categories').select('id').executeTakeFirstOrThrow()).id
  const draft = await createArticle(portal, { title: 'Bản nháp chưa đăng', categoryId: category, status: 'draft' })
  const refused = await post(editor, '/toa-soan/trang-chu', { articleId: String(draft.id), slot: 'lead' })
  assert.equal(refused.statusCode, 422)
  assert.match(textOf(parsePage(refused.body), '#e-articleId'), /Chỉ đặt được lên trang chủ những bài đã đăng/)

  for (const n of [1, 2, 3, 4]) assert.equal((await post(editor, '/toa-soan/trang-chu', { articleId: id(n), slot: 'featured' })).statusCode, 303)
  const twice = await post(editor, '/toa-soan/trang-chu', { articleId: id(1), slot: 'lead' })
  assert.match(textOf(parsePage(twice.body), '#e-articleId'), /Bài này đã có trên trang chủ/)
  const full = await post(editor, '/toa-soan/trang-chu', { articleId: id(5), slot: 'featured' })
  assert.equal(full.statusCode, 422)
  assert.match(textOf(parsePage(full.body), '#e-slot'), /Tin nổi bật đã đủ 4 bài/)
  const count = await portal.db.selectFrom('home_picks').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow()
  assert.equal(Number(count.n), 4)
  await portal.db.deleteFrom('home_picks').execute()
})

test('a withdrawn article leaves the home page by itself, and the screen marks it', async () => {
  assert.equal((await post(editor, '/toa-soan/trang-chu', { articleId: id(3), slot: 'lead' })).statusCode, 303)
  assert.equal((await homePage()).lead, t(3))
  await portal.db.updateTable('articles').set({ status: 'unpublished' }).where('id', '=', ids[2]!).execute()
  portal.events.emit('article.changed', { articleId: ids[2]!, categoryIds: [] })
  assert.equal((await homePage()).lead, t(8))
  const screen = (await portal.app.inject({ url: '/toa-soan/trang-chu', headers: { cookie: editor } })).body
  assert.match(screen, /đã gỡ, không hiện trên trang chủ/)
  await portal.db.updateTable('articles').set({ status: 'published' }).where('id', '=', ids[2]!).execute()
  await portal.db.deleteFrom('home_picks').execute()
})

test('editors and administrators arrange the home page; reporters, approvers and moderators cannot', async () => {
  for (const [role, email, status] of [['administrator', 'quantri@example.vn', 200], ['reporter', 'phongvien@example.vn', 403], ['approver', 'lanhdao@example.vn', 403], ['moderator', 'kiemduyet@example.vn', 403]] as const) {
    await createUser(portal.db, role, email)
    const cookie = (await signIn(portal.app, email)).cookie
    assert.equal((await portal.app.inject({ url: '/toa-soan/trang-chu', headers: { cookie } })).statusCode, status, role)
    const desk = (await portal.app.inject({ url: '/toa-soan', headers: { cookie } })).body
    assert.equal(desk.includes('href="/toa-soan/trang-chu"'), status === 200, `${role}: the newsroom links the screen only to those who may use it`)
    if (status === 403) {
      const res = await post(cookie, '/toa-soan/trang-chu', { articleId: id(1), slot: 'lead' })
      assert.equal(res.statusCode, 403, role)
    }
  }
  const count = await portal.db.selectFrom('home_picks').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow()
  assert.equal(Number(count.n), 0)
})

test('the arrangement: picks first and in order, a story once, the newest fill every part', () => {
  const item = (n: number) => ({ article: { id: n } })
  const newest = [9, 8, 7, 6, 5, 4, 3, 2, 1].map(item)
  const s = arrangeHome({ lead: [item(3)], featured: [item(3), item(1)] }, newest)
  assert.equal(s.leadStory?.article.id, 3)
  assert.deepEqual(s.focus.map((x) => x.article.id), [9, 8, 7, 6])
  assert.deepEqual(s.featured.map((x) => x.article.id), [1, 5, 4, 2])
  assert.deepEqual(s.latest.map((x) => x.article.id), [])
})
