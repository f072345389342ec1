import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { insertLinkGroup } from '../links/index.ts'

// Bố cục trang: the administrator decides which blocks show in which slot of every public
// page, and in what order; readers see the change at once.
let portal: TestPortal
let articlePath: string
const who: Record<'admin' | 'editor' | 'reporter', string> = { admin: '', editor: '', reporter: '' }
const SCREEN = '/toa-soan/quan-tri/bo-cuc'

before(async () => {
  portal = await buildTestPortal()
  const category = await createCategory(portal, 'Dân vận')
  const article = await createArticle(portal, { title: 'Bài được đọc nhiều', categoryId: category })
  articlePath = `/dan-van/${article.slug}`
  await insertLinkGroup(portal.db, 'Cơ quan Trung ương', 0, [{ name: 'Cổng thông tin Chính phủ', url: 'https://chinhphu.vn' }])
  portal.events.emit('links.changed', {})
  for (let i = 0; i < 5; i++) portal.views.record(article.id, `192.0.2.${i}`)
  await portal.views.flush()
  await portal.mostRead.refreshNow()
  await createUser(portal.db, 'administrator', 'quantri@example.vn')
  await createUser(portal.db, 'editor', 'bientap@example.vn')
  await createUser(portal.db, 'reporter', 'phongvien@example.vn')
  for (const [role, email] of [['admin', 'quantri@example.vn'], ['editor', 'bientap@example.vn'], ['reporter', 'phongvien@example.vn']] as const) {
    who[role] = (await signIn(portal.app, email)).cookie
  }
})
after(() => portal.close())

async function post(url: string, fields: Record<string, string> = {}, as: keyof typeof who = 'admin') {
  return portal.app.inject({
    method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: who[as] },
    payload: new URLSearchParams({ _csrf: await csrfOf(portal.app, who[as]), ...fields }).toString(),
  })
}
const screen = async () => parsePage((await portal.app.inject({ method: 'GET', url: SCREEN, headers: { cookie: who.admin } })).body)
const publicPage = async (url: string) => parsePage((await portal.app.inject(url)).body)
/** The blocks of the sidebar, top to bottom, by their class. */
const sidebarBlocks = (doc: Document) => [...doc.querySelectorAll('aside.sidebar > section.block')].map((s) => s.getAttribute('class')!.split(' ')[1])
const layoutAudit = () => portal.db.selectFrom('audit_log').select(['action', 'item_id']).where('action', '=', 'layout.update').orderBy('id').execute()

test('a non-administrator cannot reach the layout screen nor change the layout', async () => {
  for (const as of ['reporter', 'editor'] as const) {
    assert.equal((await portal.app.inject({ method: 'GET', url: SCREEN, headers: { cookie: who[as] } })).statusCode, 403, as)
    assert.equal((await post(`${SCREEN}/khoi/links/an`, {}, as)).statusCode, 403, as)
    assert.equal((await post(`${SCREEN}/vung/footer`, { khoi: 'weather' }, as)).statusCode, 403, as)
  }
  const anonymous = await portal.app.inject(SCREEN)
  assert.equal(anonymous.statusCode, 303)
  assert.match(String(anonymous.headers.location), /^\/toa-soan\/dang-nhap\?tiep=/)
  const forged = await portal.app.inject({
    method: 'POST', url: `${SCREEN}/khoi/links/an`, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: who.admin }, payload: '_csrf=gia-mao',
  })
  assert.equal(forged.statusCode, 403, 'a form without the session\'s CSRF token changes nothing')
  assert.equal((await portal.db.selectFrom('block_placements').select('block_id').execute()).length, 0)
  assert.deepEqual(await layoutAudit(), [])
})

test('with nothing stored the sidebar is as it always was: weather, then "Đọc nhiều", then the links; the screen shows that layout', async () => {
  for (const path of ['/', '/dan-van', articlePath, '/khong-co-trang-nay']) {
    const doc = await publicPage(path)
    assert.deepEqual(sidebarBlocks(doc), ['weather-block', 'most-read-block', 'links-block'], path)
    assert.equal(doc.querySelectorAll('aside').length, 1, path)
    // The footer always holds the visit statistics' beacon (an always-shown block) and counter.
    assert.deepEqual([...doc.querySelectorAll('.slot')].map((slot) => slot.className), ['slot slot-footer'], `${path}: the empty slots add nothing`)
  }
  const doc = await screen()
  // The notices block (features/notices) leads the sidebar by default and the polls block (features/polls)
  // ends it; with no notice shown and no poll open they add nothing to the pages.
  assert.deepEqual(allText(doc, '[data-slot="sidebar"] .block-name'), ['Thông báo', 'Thời tiết', 'Đọc nhiều', 'Liên kết website', 'Bình chọn'])
  assert.deepEqual(allText(doc, '[data-slot="footer"] .block-name'), ['Bộ đếm truy cập', 'Đếm lượt truy cập (không hiện gì)'])
})

test('moving "Đọc nhiều" above the weather and hiding the links changes the cached public pages at once, audited', async () => {
  await portal.app.inject('/')
  await portal.app.inject(articlePath)
  assert.ok(portal.cache.get('/') && portal.cache.get(articlePath), 'both pages are cached')

  assert.equal((await post(`${SCREEN}/khoi/most-read/len`)).statusCode, 303)
  assert.equal(portal.cache.get('/'), undefined, 'the change purges the cached pages')
  assert.equal(portal.cache.get(articlePath), undefined)
  assert.deepEqual(sidebarBlocks(await publicPage('/')), ['most-read-block', 'weather-block', 'links-block'])

  await portal.app.inject('/')
  assert.equal((await post(`${SCREEN}/khoi/links/an`)).statusCode, 303)
  assert.equal(portal.cache.get('/'), undefined)
  for (const path of ['/', articlePath]) assert.deepEqual(sidebarBlocks(await publicPage(path)), ['most-read-block', 'weather-block'], path)

  const doc = await screen()
  assert.deepEqual(allText(doc, '[data-slot="sidebar"] .block-name'), ['Thông báo', 'Đọc nhiều', 'Thời tiết', 'Liên kết website', 'Bình chọn'])
  assert.match(textOf(doc, '[data-block="links"]'), /\(đang ẩn\)/)
  assert.ok(doc.querySelector(`form[action="${SCREEN}/khoi/links/hien"]`), 'a hidden block can be shown again')
  assert.deepEqual(await layoutAudit(), [{ action: 'layout.update', item_id: 'most-read' }, { action: 'layout.update', item_id: 'links' }])

  assert.equal((await post(`${SCREEN}/khoi/links/hien`)).statusCode, 303)
  assert.deepEqual(sidebarBlocks(await publicPage('/')), ['most-read-block', 'weather-block', 'links-block'])
})

test('a block put in a slot it does not allow is refused with the reason, and nothing changes', async () => {
  const before = await portal.db.selectFrom('block_placements').selectAll().orderBy('block_id').execute()
  const audited = (await layoutAudit()).length
  const refused = await post(`${SCREEN}/vung/head`, { khoi: 'most-read' })
  assert.equal(refused.statusCode, 422)
  assert.equal(textOf(parsePage(refused.body), '#thong-bao'),
    'Không thể đặt khối “Đọc nhiều” vào vùng “Phần đầu trang ẩn (head: mã theo dõi, mã xác minh)”: khối này chỉ đặt được ở Cột bên, Sau bài viết.')
  assert.equal(textOf(parsePage((await post(`${SCREEN}/vung/sidebar`, { khoi: '' })).body), '#thong-bao'), 'Xin chọn khối cần thêm vào vùng.')
  assert.equal((await post(`${SCREEN}/vung/sidebar`, { khoi: 'binh-chon' })).statusCode, 422, 'an unknown block')
  assert.equal((await post(`${SCREEN}/vung/cot-trai`, { khoi: 'weather' })).statusCode, 404, 'an unknown slot')
  assert.equal((await post(`${SCREEN}/khoi/binh-chon/len`)).statusCode, 404, 'an unknown block')
  assert.deepEqual(await portal.db.selectFrom('block_placements').selectAll().orderBy('block_id').execute(), before)
  assert.equal((await layoutAudit()).length, audited)
  assert.equal((await screen()).querySelector(`[data-slot="head"] select option[value="most-read"]`), null, 'the screen offers a block only where it may go')
})

test('"Đọc nhiều" after the article shows between the article and its comments, on article pages only; the weather can go to the footer', async () => {
  assert.equal((await post(`${SCREEN}/vung/after-article`, { khoi: 'most-read' })).statusCode, 303)
  assert.equal((await post(`${SCREEN}/vung/footer`, { khoi: 'weather' })).statusCode, 303)
  const doc = await publicPage(articlePath)
  // After the article and what modules show under it (the "Thông tin này có hữu ích không?" form).
  const after = doc.querySelector('main article ~ .slot-after-article')
  assert.ok(after?.querySelector('.most-read-block'), 'after the article')
  assert.ok(after?.nextElementSibling?.matches('.comments'), 'before the comments')
  assert.ok(doc.querySelector('footer.site-footer .slot-footer .weather-block'))
  assert.deepEqual(sidebarBlocks(doc), ['links-block'])
  const home = await publicPage('/')
  assert.equal(home.querySelector('.most-read-block'), null, 'no article, nothing after it')
  assert.deepEqual(allText(await screen(), '[data-slot="sidebar"] .block-name'), ['Thông báo', 'Liên kết website', 'Bình chọn'])

  assert.equal((await post(`${SCREEN}/khoi/links/an`)).statusCode, 303)
  assert.equal((await publicPage('/')).querySelector('aside'), null, 'a sidebar with nothing shown is no landmark at all')
})

test('another instance drops its layout when the change reaches it', async () => {
  const other = await buildTestPortal({ sameDatabaseAs: portal })
  try {
    const shown = async () => sidebarBlocks(parsePage((await other.app.inject('/')).body))
    const before = await shown()
    assert.equal((await post(`${SCREEN}/vung/sidebar`, { khoi: 'weather' })).statusCode, 303)
    assert.deepEqual(await shown(), before, 'kept until told')
    other.events.receive({ name: 'layout.changed', payload: {} })
    assert.deepEqual(await shown(), [...before, 'weather-block'])
  } finally {
    await other.close()
  }
})

test('the urgent alerts block can be moved but not hidden: the screen offers no "Ẩn", and a crafted request is refused in words', async () => {
  const doc = await screen()
  assert.match(textOf(doc, '[data-block="urgent-alerts"]'), /\(luôn hiện\)/)
  assert.equal(doc.querySelector(`form[action="${SCREEN}/khoi/urgent-alerts/an"]`), null)
  const refused = await post(`${SCREEN}/khoi/urgent-alerts/an`)
  assert.equal(refused.statusCode, 422)
  assert.match(refused.body, /luôn hiện trên mọi trang/)
  assert.equal((await layoutAudit()).filter((r) => r.item_id === 'urgent-alerts').length, 0, 'nothing stored')
})
