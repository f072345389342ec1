import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { allText, parsePage } from '../../../test/support/html.ts'
import { createCategory } from '../../../test/support/factories.ts'
import { createUser, csrfOf, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { listMenuItems } from './menu.repository.ts'
import { listPages } from './page.repository.ts'

// The menu editor on both databases: the default menu until one is saved, then the nested menu
// the administrator built in the header, a footer menu, and what the form refuses.

async function post(portal: TestPortal, cookie: string, url: string, fields: Record<string, string>) {
  const payload = new URLSearchParams({ _csrf: await csrfOf(portal.app, cookie), ...fields }).toString()
  return portal.app.inject({ method: 'POST', url, payload, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' } })
}

const headerMenu = async (portal: TestPortal, url = '/') => allText(parsePage((await portal.app.inject(url)).body), '#menu-chinh > .inner > ul > li:not(.language-switch) > a')

describe('the menu editor', () => {
  let portal: TestPortal
  let admin: string
  let news: number
  let pageId: number
  before(async () => {
    portal = await buildTestPortal({ clock: new TestClock() })
    await createUser(portal.db, 'administrator', 'quantri@example.vn')
    admin = (await signIn(portal.app, 'quantri@example.vn')).cookie
    news = await createCategory(portal, 'Tin tức')
    await createCategory(portal, 'Dân vận khéo')
    await post(portal, admin, '/toa-soan/trang', { title: 'Giới thiệu', slug: 'gioi-thieu', bodyHtml: '<p>Ban.</p>', titleEn: 'About us', slugEn: 'about-us', bodyEnHtml: '<p>Us.</p>' })
    pageId = (await listPages(portal.db))[0]!.id
    await post(portal, admin, `/toa-soan/trang/${pageId}/publish`, {})
  })
  after(() => portal.close())

  test('until a menu is saved the header shows the default one', async () => {
    const menu = await headerMenu(portal)
    assert.deepEqual(menu.slice(0, 3), ['Trang chủ', 'Tin tức', 'Dân vận khéo'])
    assert.equal(parsePage((await portal.app.inject('/')).body).querySelector('.footer-menu'), null)
  })

  test('the administrator builds a nested main menu that the header shows, in order', async () => {
    const add = (fields: Record<string, string>) => post(portal, admin, '/toa-soan/menu/muc', fields)
    assert.equal((await add({ menuKey: 'main-vi', kind: 'page', pageId: String(pageId) })).statusCode, 303)
    assert.equal((await add({ menuKey: 'main-vi', kind: 'category', categoryId: String(news), label: 'Tin hoạt động' })).statusCode, 303)
    const items = await listMenuItems(portal.db)
    const top = items.find((i) => i.kind === 'page')!
    const child = await add({ menuKey: 'main-vi', kind: 'link', url: 'https://chinhphu.vn', label: 'Cổng Chính phủ', parentId: String(top.id) })
    assert.equal(child.statusCode, 303, child.body.slice(0, 600))
    assert.equal((await add({ menuKey: 'main-vi', kind: 'module', moduleHref: '/co-cau-to-chuc', parentId: String(top.id) })).statusCode, 303)
    assert.deepEqual(await headerMenu(portal), ['Trang chủ', 'Giới thiệu', 'Tin hoạt động'])
    const doc = parsePage((await portal.app.inject('/')).body)
    assert.deepEqual(allText(doc, '#menu-chinh .sub-menu a'), ['Cổng Chính phủ', 'Cơ cấu tổ chức'])
    assert.equal(doc.querySelector('#menu-chinh .sub-menu a')?.getAttribute('href'), 'https://chinhphu.vn')
    // Moved up: the category first.
    const category = (await listMenuItems(portal.db)).find((i) => i.kind === 'category')!
    assert.equal((await post(portal, admin, `/toa-soan/menu/muc/${category.id}/len`, {})).statusCode, 303)
    assert.deepEqual(await headerMenu(portal), ['Trang chủ', 'Tin hoạt động', 'Giới thiệu'])
    // The page's own address is the current item there.
    const onPage = parsePage((await portal.app.inject('/trang/gioi-thieu')).body)
    assert.equal(onPage.querySelector('#menu-chinh a[aria-current]')?.textContent, 'Giới thiệu')
    // The form offers the menu's first-level items as parents, by name.
    const form = parsePage((await portal.app.inject({ url: '/toa-soan/menu/muc/moi?menu=main-vi', headers: { cookie: admin } })).body)
    assert.deepEqual(allText(form, 'select[name=parentId] option'), ['Không có (mục cấp một)', 'Tin hoạt động', 'Giới thiệu'])
    // The English menu is still the default one.
    assert.equal((await headerMenu(portal, '/en/')).includes('About us'), false)
  })

  test('a footer menu shows in the footer, per language', async () => {
    assert.equal((await post(portal, admin, '/toa-soan/menu/muc', { menuKey: 'footer-en', kind: 'page', pageId: String(pageId) })).statusCode, 303)
    const en = parsePage((await portal.app.inject('/en/')).body)
    assert.deepEqual(allText(en, '.site-footer .footer-menu a'), ['About us'])
    assert.equal(en.querySelector('.site-footer .footer-menu a')?.getAttribute('href'), '/en/page/about-us')
    assert.equal(parsePage((await portal.app.inject('/')).body).querySelector('.footer-menu'), null)
  })

  test('bad input is refused with 422 and words: javascript: links, a third level, a category in English', async () => {
    const bad = await post(portal, admin, '/toa-soan/menu/muc', { menuKey: 'main-vi', kind: 'link', url: 'javascript:alert(1)', label: 'X' })
    assert.equal(bad.statusCode, 422)
    assert.match(parsePage(bad.body).body.textContent!, /Chỉ nhận địa chỉ bắt đầu bằng http:\/\/ hoặc https:\/\//)
    for (const url of ['//evil.example', 'data:text/html,x', 'không phải địa chỉ']) {
      assert.equal((await post(portal, admin, '/toa-soan/menu/muc', { menuKey: 'main-vi', kind: 'link', url, label: 'X' })).statusCode, 422, url)
    }
    const child = (await listMenuItems(portal.db)).find((i) => i.parentId !== null)!
    const deep = await post(portal, admin, '/toa-soan/menu/muc', { menuKey: 'main-vi', kind: 'link', url: '/van-ban', label: 'Văn bản', parentId: String(child.id) })
    assert.equal(deep.statusCode, 422)
    assert.match(parsePage(deep.body).body.textContent!, /Menu có hai cấp/)
    const english = await post(portal, admin, '/toa-soan/menu/muc', { menuKey: 'main-en', kind: 'category', categoryId: String(news) })
    assert.equal(english.statusCode, 422)
    const nothing = await post(portal, admin, '/toa-soan/menu/muc', { menuKey: 'nope', kind: 'weird' })
    assert.equal(nothing.statusCode, 422)
  })

  test('back to the default menu; the editor is the administrator\'s alone', async () => {
    assert.equal((await post(portal, admin, '/toa-soan/menu/main-vi/mac-dinh', {})).statusCode, 303)
    const log = parsePage((await portal.app.inject({ url: '/toa-soan/nhat-ky?hanh-dong=menu.reset', headers: { cookie: admin } })).body)
    assert.equal(log.querySelector('.audit-log tbody .audit-sentence')?.textContent, 'Người dùng administrator đã trả menu về mặc định «Menu chính (tiếng Việt)»')
    assert.deepEqual((await headerMenu(portal)).slice(0, 3), ['Trang chủ', 'Tin tức', 'Dân vận khéo'])
    assert.equal((await post(portal, admin, '/toa-soan/menu/main-vi/chep-mac-dinh', {})).statusCode, 303)
    assert.deepEqual((await headerMenu(portal)).slice(0, 3), ['Trang chủ', 'Tin tức', 'Dân vận khéo'])
    await createUser(portal.db, 'editor', 'bt@example.vn')
    const editor = (await signIn(portal.app, 'bt@example.vn')).cookie
    assert.equal((await portal.app.inject({ url: '/toa-soan/menu', headers: { cookie: editor } })).statusCode, 403)
    const screen = parsePage((await portal.app.inject({ url: '/toa-soan/menu', headers: { cookie: admin } })).body)
    assert.equal(screen.querySelectorAll('.menu-section').length, 4)
  })
})
