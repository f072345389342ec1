import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { listPages, listRevisions } from './page.repository.ts'

// The static pages on both databases: written by an editor, published by an approver, kept as
// revisions, restored; their addresses under /trang/ and /en/page/, refused when taken.

async function post(portal: TestPortal, cookie: string, url: string, fields: Record<string, string>) {
  const payload = new URLSearchParams({ _csrf: await csrfOf(portal.app, cookie), ...fields }).toString()
  return portal.app.inject({ method: 'POST', url, payload, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' } })
}

const pageOf = async (portal: TestPortal, slug: string) => (await listPages(portal.db)).find((p) => p.slug === slug)!

describe('the static pages', () => {
  let portal: TestPortal
  let editor: string
  let approver: string
  const clock = new TestClock()
  before(async () => {
    portal = await buildTestPortal({ clock })
    await createUser(portal.db, 'editor', 'bientap@example.vn')
    await createUser(portal.db, 'approver', 'duyet@example.vn')
    editor = (await signIn(portal.app, 'bientap@example.vn')).cookie
    approver = (await signIn(portal.app, 'duyet@example.vn')).cookie
  })
  after(() => portal.close())

  test('an editor writes a page, its body sanitised; readers see nothing before an approver publishes it', async () => {
    const made = await post(portal, editor, '/toa-soan/trang', {
      title: 'Giới thiệu <b>chung</b>', slug: 'gioi-thieu',
      bodyHtml: '<p>Ban Dân vận <script>alert(1)</script><a href="javascript:alert(2)" onclick="x()">Tỉnh ủy</a></p>',
      titleEn: 'About us', slugEn: 'about-us', bodyEnHtml: '<p>The Commission.</p>',
    })
    assert.equal(made.statusCode, 303, made.body.slice(0, 800))
    const page = await pageOf(portal, 'gioi-thieu')
    assert.equal(page.bodyHtml.includes('script'), false)
    assert.equal(page.bodyHtml.includes('javascript'), false)
    assert.equal(page.bodyHtml.includes('onclick'), false)
    assert.equal((await portal.app.inject('/trang/gioi-thieu')).statusCode, 404)
    const submitted = await post(portal, editor, `/toa-soan/trang/${page.id}/submit`, {})
    assert.equal(submitted.statusCode, 303)
    const home = parsePage((await portal.app.inject({ url: '/toa-soan', headers: { cookie: approver } })).body)
    assert.ok(home.querySelector(`a[href="/toa-soan/trang/${page.id}"]`), 'the approver\'s home page counts the page waiting')
    assert.equal((await post(portal, editor, `/toa-soan/trang/${page.id}/publish`, {})).statusCode, 403)
    assert.equal((await post(portal, approver, `/toa-soan/trang/${page.id}/publish`, {})).statusCode, 303)
    const shown = await portal.app.inject('/trang/gioi-thieu')
    assert.equal(shown.statusCode, 200)
    const doc = parsePage(shown.body)
    assert.equal(textOf(doc, 'h1'), 'Giới thiệu <b>chung</b>')
    assert.deepEqual(allText(doc, '.breadcrumb li'), ['Trang chủ', 'Giới thiệu <b>chung</b>'])
    assert.equal(doc.querySelector('link[rel="alternate"][hreflang="en"]')?.getAttribute('href')?.endsWith('/en/page/about-us'), true)
    const english = parsePage((await portal.app.inject('/en/page/about-us')).body)
    assert.equal(textOf(english, 'h1'), 'About us')
    assert.equal(english.documentElement.getAttribute('lang'), 'en')
    assert.equal(english.querySelector('link[rel="alternate"][hreflang="vi"]')?.getAttribute('href')?.endsWith('/trang/gioi-thieu'), true)
    await createUser(portal.db, 'administrator', 'nhatky@example.vn')
    const reader = (await signIn(portal.app, 'nhatky@example.vn')).cookie
    const log = parsePage((await portal.app.inject({ url: '/toa-soan/nhat-ky?hanh-dong=page.publish', headers: { cookie: reader } })).body)
    assert.equal(textOf(log, '.audit-log tbody .audit-sentence'), 'Người dùng approver đã xuất bản trang «Giới thiệu <b>chung</b>»')
  })

  test('a child page lives under its parent, with the breadcrumb; a taken address is refused in words with 422', async () => {
    const parent = await pageOf(portal, 'gioi-thieu')
    const made = await post(portal, editor, '/toa-soan/trang', { title: 'Lịch sử hình thành', slug: 'lich-su', parentId: String(parent.id), bodyHtml: '<p>Năm 1930.</p>' })
    assert.equal(made.statusCode, 303, made.body.slice(0, 800))
    const child = await pageOf(portal, 'lich-su')
    await post(portal, approver, `/toa-soan/trang/${child.id}/publish`, {})
    const doc = parsePage((await portal.app.inject('/trang/gioi-thieu/lich-su')).body)
    assert.deepEqual(allText(doc, '.breadcrumb li'), ['Trang chủ', 'Giới thiệu <b>chung</b>', 'Lịch sử hình thành'])
    assert.equal(doc.querySelector('link[rel="alternate"][hreflang]'), null)
    const twin = await post(portal, editor, '/toa-soan/trang', { title: 'Lịch sử khác', slug: 'lich-su', parentId: String(parent.id), bodyHtml: '<p>Khác.</p>', titleEn: 'History', slugEn: 'about-us', bodyEnHtml: '<p>x</p>' })
    assert.equal(twin.statusCode, 422)
    const form = parsePage(twin.body)
    assert.match(form.body.textContent!, /Địa chỉ \/trang\/gioi-thieu\/lich-su đã thuộc trang «Lịch sử hình thành»/)
    assert.match(form.body.textContent!, /\/en\/page\/about-us đã thuộc bản tiếng Anh/)
    const badSlug = await post(portal, editor, '/toa-soan/trang', { title: 'X', slug: 'Có Dấu', bodyHtml: '<p>x</p>' })
    assert.equal(badSlug.statusCode, 422)
    assert.match(parsePage(badSlug.body).body.textContent!, /chỉ gồm chữ thường không dấu/)
    const slash = await portal.app.inject('/trang/gioi-thieu/lich-su/')
    assert.equal(slash.statusCode, 301)
    assert.equal(slash.headers.location, '/trang/gioi-thieu/lich-su')
    // The parent lists its live sub-pages.
    assert.deepEqual(allText(parsePage((await portal.app.inject('/trang/gioi-thieu')).body), '.static-subpages li'), ['Lịch sử hình thành'])
  })

  test('an edit of a published page waits for approval while readers keep the live text; an old revision is restored', async () => {
    const page = await pageOf(portal, 'lich-su')
    const edited = await post(portal, editor, `/toa-soan/trang/${page.id}`, { title: 'Lịch sử hình thành', slug: 'lich-su', parentId: String(page.parentId), bodyHtml: '<p>Bản sửa chưa duyệt.</p>' })
    assert.equal(edited.statusCode, 303, edited.body.slice(0, 800))
    assert.match((await portal.app.inject('/trang/gioi-thieu/lich-su')).body, /Năm 1930\./)
    assert.equal((await pageOf(portal, 'lich-su')).status, 'draft')
    const revisions = await listRevisions(portal.db, page.id)
    assert.equal(revisions.length, 2)
    const list = parsePage((await portal.app.inject({ url: `/toa-soan/trang/${page.id}/phien-ban`, headers: { cookie: editor } })).body)
    assert.equal(allText(list, 'table.page-revisions tbody tr').length, 2)
    const old = await portal.app.inject({ url: `/toa-soan/trang/${page.id}/phien-ban/${revisions[1]!.id}`, headers: { cookie: editor } })
    assert.match(old.body, /Năm 1930\./)
    assert.equal((await post(portal, editor, `/toa-soan/trang/${page.id}/phien-ban/${revisions[1]!.id}/khoi-phuc`, {})).statusCode, 303)
    const restored = await pageOf(portal, 'lich-su')
    assert.equal(restored.bodyHtml, '<p>Năm 1930.</p>')
    assert.equal((await listRevisions(portal.db, page.id)).length, 3)
    // Taken down: readers get 404.
    assert.equal((await post(portal, approver, `/toa-soan/trang/${page.id}/unpublish`, {})).statusCode, 303)
    assert.equal((await portal.app.inject('/trang/gioi-thieu/lich-su')).statusCode, 404)
  })

  test('published pages are in the sitemap and found by the site search', async () => {
    // A small portal's sitemap is one file; a larger one's lists /sitemap-static-pages-N.xml.
    const file = (await portal.app.inject('/sitemap.xml')).body
    assert.match(file, /\/trang\/gioi-thieu</)
    assert.equal(file.includes('/trang/gioi-thieu/lich-su'), false)
    let found = ''
    for (let i = 0; i < 50 && !found.includes('/trang/gioi-thieu'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20))
      found = (await portal.app.inject('/tim-kiem?q=ban+dan+van')).body
    }
    assert.match(found, /href="\/trang\/gioi-thieu"/)
  })

  test('over real HTTP, a cached page is purged when a new revision is published and when a menu changes', async () => {
    const base = await portal.listen()
    const page = await pageOf(portal, 'gioi-thieu')
    const read = async () => (await fetch(`${base}/trang/gioi-thieu`)).text()
    assert.match(await read(), /Ban Dân vận/)
    assert.match(await read(), /Ban Dân vận/)
    const values = { title: 'Giới thiệu', slug: 'gioi-thieu', bodyHtml: '<p>Nội dung mới đã duyệt.</p>', titleEn: 'About us', slugEn: 'about-us', bodyEnHtml: '<p>The Commission.</p>' }
    assert.equal((await post(portal, editor, `/toa-soan/trang/${page.id}`, values)).statusCode, 303)
    assert.match(await read(), /Ban Dân vận/, 'the draft waits for approval')
    assert.equal((await post(portal, approver, `/toa-soan/trang/${page.id}/publish`, {})).statusCode, 303)
    assert.match(await read(), /Nội dung mới đã duyệt/)
    await createUser(portal.db, 'administrator', 'qt@example.vn')
    const admin = (await signIn(portal.app, 'qt@example.vn')).cookie
    assert.equal((await post(portal, admin, '/toa-soan/menu/muc', { menuKey: 'main-vi', kind: 'link', url: 'https://chinhphu.vn', label: 'Chính phủ' })).statusCode, 303)
    assert.deepEqual(allText(parsePage(await read()), '#menu-chinh > .inner > ul > li:not(.language-switch) > a'), ['Trang chủ', 'Chính phủ'])
  })

  test('a page with sub-pages is not deleted, in words; a leaf page is, with its revisions', async () => {
    const parent = await pageOf(portal, 'gioi-thieu')
    const refused = await post(portal, editor, `/toa-soan/trang/${parent.id}/xoa`, {})
    assert.equal(refused.statusCode, 409)
    assert.match(parsePage(refused.body).body.textContent!, /còn 1 trang con/)
    const leaf = await pageOf(portal, 'lich-su')
    assert.equal((await post(portal, editor, `/toa-soan/trang/${leaf.id}/xoa`, {})).statusCode, 303)
    assert.equal((await listPages(portal.db)).some((p) => p.slug === 'lich-su'), false)
    assert.equal((await listRevisions(portal.db, leaf.id)).length, 0)
  })

  test('a page with an English version is on the translation status page once its Vietnamese changes after the English, and leaves it when the English follows', async () => {
    const statusLines = async () => allText(parsePage((await portal.app.inject({ url: '/toa-soan/ban-dich-tieng-anh', headers: { cookie: editor } })).body), 'table.translation-list tr.translation-outdated td:first-child')
    const page = await pageOf(portal, 'gioi-thieu')
    const fields = { title: page.title, slug: page.slug, bodyHtml: page.bodyHtml, titleEn: page.titleEn, slugEn: page.slugEn, bodyEnHtml: '<p>The Commission (translated again).</p>' }
    assert.equal((await post(portal, editor, `/toa-soan/trang/${page.id}`, fields)).statusCode, 303)
    assert.deepEqual(await statusLines(), [], 'its English saved last: current')
    fields.bodyHtml = '<p>Ban Dân vận Tỉnh ủy, nhiệm kỳ mới.</p>'
    assert.equal((await post(portal, editor, `/toa-soan/trang/${page.id}`, fields)).statusCode, 303)
    assert.deepEqual(await statusLines(), [`Trang: ${page.title}`])
    assert.equal((await post(portal, editor, `/toa-soan/trang/${page.id}`, { ...fields, bodyEnHtml: '<p>The Commission, new term.</p>' })).statusCode, 303)
    assert.deepEqual(await statusLines(), [])
  })

  test('a reporter may not reach the pages screen', async () => {
    await createUser(portal.db, 'reporter', 'pv@example.vn')
    const reporter = (await signIn(portal.app, 'pv@example.vn')).cookie
    assert.equal((await portal.app.inject({ url: '/toa-soan/trang', headers: { cookie: reporter } })).statusCode, 403)
  })
})
