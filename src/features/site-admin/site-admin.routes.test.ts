import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

let portal: TestPortal
let news: number
let mobilisation: number
const who: Record<'admin' | 'reporter', string> = { admin: '', reporter: '' }
const A = '/toa-soan/quan-tri'

before(async () => {
  portal = await buildTestPortal()
  news = await createCategory(portal, 'Tin tức')
  mobilisation = await createCategory(portal, 'Dân vận', news)
  await createUser(portal.db, 'administrator', 'quantri@example.vn')
  await createUser(portal.db, 'reporter', 'phongvien@example.vn')
  who.admin = (await signIn(portal.app, 'quantri@example.vn')).cookie
  who.reporter = (await signIn(portal.app, 'phongvien@example.vn')).cookie
})
after(() => portal.close())

const get = (url: string, as: keyof typeof who = 'admin') => portal.app.inject({ method: 'GET', url, headers: { cookie: who[as] } })
async function post(url: string, fields: Record<string, string> = {}, as: keyof typeof who = 'admin') {
  return portal.app.inject({
    method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: who[as] },
    payload: new URLSearchParams({ _csrf: await csrfOf(portal.app, who[as]), ...fields }).toString(),
  })
}
const publicPage = async (url: string) => parsePage((await portal.app.inject(url)).body)
const idOf = async (table: 'categories' | 'link_groups' | 'links' | 'weather_places', name: string) =>
  (await portal.db.selectFrom(table).select('id').where('name', '=', name).executeTakeFirstOrThrow()).id
const category = (fields: Record<string, string>) => ({ parentId: '', slug: '', position: '', description: '', inMenu: '1', ...fields })

test('every page answers 403 to a reporter, and sends a signed-out visitor to sign in', async () => {
  const pages = ['', '/chuyen-muc', '/chuyen-muc/moi', `/chuyen-muc/${news}`, '/lien-ket', '/lien-ket/moi', '/lien-ket/nhom/moi', '/thoi-tiet', '/thoi-tiet/moi', '/cai-dat', '/bo-cuc']
  for (const page of pages) {
    assert.equal((await get(A + page, 'reporter')).statusCode, 403, page)
    const anonymous = await portal.app.inject(A + page)
    assert.equal(anonymous.statusCode, 303, page)
    assert.match(String(anonymous.headers.location), /^\/toa-soan\/dang-nhap\?tiep=/)
  }
  for (const [url, fields] of [[`${A}/chuyen-muc`, category({ name: 'Chuyên mục lạ' })], [`${A}/chuyen-muc/${news}/xoa`, {}], [`${A}/cai-dat`, { name: 'Trang lạ' }],
    [`${A}/lien-ket/nhom`, { name: 'Nhóm lạ' }], [`${A}/thoi-tiet`, { name: 'Nơi lạ', latitude: '1', longitude: '1' }]] as const) {
    assert.equal((await post(url, fields, 'reporter')).statusCode, 403, url)
  }
  assert.equal((await portal.db.selectFrom('audit_log').select('id').where('action', 'not like', 'user.%').execute()).length, 0, 'nothing changed')
})

test('the index links to the seven screens', async () => {
  const doc = parsePage((await get(A)).body)
  assert.deepEqual([...doc.querySelectorAll('.site-admin-screens a')].map((a) => a.getAttribute('href')),
    [`${A}/chuyen-muc`, `${A}/lien-ket`, `${A}/thoi-tiet`, `${A}/ngay-lam-viec`, `${A}/bo-cuc`, `${A}/cai-dat`, `${A}/he-thong`])
})

test('a new category gets its slug from the Vietnamese name and is in the menu at once; a taken slug is refused beside the field', async () => {
  await portal.app.inject('/')
  assert.equal((await post(`${A}/chuyen-muc`, category({ name: 'Đảng bộ và Chính quyền' }))).statusCode, 303)
  assert.ok(allText(await publicPage('/'), '.site-nav a').includes('Đảng bộ và Chính quyền'))
  assert.match(textOf(parsePage((await get(`${A}/chuyen-muc`)).body), '.category-tree'), /\/dang-bo-va-chinh-quyen/)

  const taken = await post(`${A}/chuyen-muc`, category({ name: 'Công tác dân vận', slug: 'Dân vận', description: 'Giữ lại' }))
  assert.equal(taken.statusCode, 422)
  const doc = parsePage(taken.body)
  assert.equal(textOf(doc, '#e-slug'), 'Đường dẫn “dan-van” đã có chuyên mục khác dùng, xin chọn đường dẫn khác.')
  assert.equal(doc.querySelector('#f-name')!.getAttribute('value'), 'Công tác dân vận')
  assert.equal(textOf(doc, '#f-description'), 'Giữ lại')

  const wrong = parsePage((await post(`${A}/chuyen-muc`, category({ name: '', slug: 'toa-soan', position: 'đầu', parentId: '99999' }))).body)
  assert.equal(textOf(wrong, '#e-name'), 'Xin nhập tên chuyên mục.')
  assert.equal(textOf(wrong, '#e-parentId'), 'Xin chọn chuyên mục cha trong danh sách.')
  assert.match(textOf(wrong, '#e-slug'), /dành riêng cho hệ thống/)
  assert.match(textOf(wrong, '#e-position'), /Thứ tự phải là một số nguyên/)
  for (const slug of ['tim-kiem', 'y-kien', 'rss', 'tu-khoa', 'en']) {
    const reserved = parsePage((await post(`${A}/chuyen-muc`, category({ name: 'Chuyên mục thử', slug, position: '1' }))).body)
    assert.match(textOf(reserved, '#e-slug'), /dành riêng cho hệ thống/, slug)
  }
})

test('renaming a category changes the public menu and breadcrumb at once: the page cache is purged', async () => {
  assert.match(textOf(await publicPage('/'), '.site-nav'), /Tin tức/)
  await portal.app.inject('/tin-tuc/dan-van')
  assert.ok(portal.cache.get('/') && portal.cache.get('/tin-tuc/dan-van'), 'both pages are cached')
  const res = await post(`${A}/chuyen-muc/${news}`, category({ name: 'Thời sự', slug: 'tin-tuc' }))
  assert.equal(res.statusCode, 303)
  assert.equal(portal.cache.get('/'), undefined)
  assert.equal(portal.cache.get('/tin-tuc/dan-van'), undefined)
  assert.ok(allText(await publicPage('/'), '.site-nav a').includes('Thời sự'))
  assert.deepEqual(allText(await publicPage('/tin-tuc/dan-van'), '.breadcrumb li'), ['Trang chủ', 'Thời sự', 'Dân vận'])
})

test('siblings go by position, then in Vietnamese order; moving one up changes the menu', async () => {
  for (const name of ['Văn bản', 'Ứng dụng']) await post(`${A}/chuyen-muc`, category({ name, parentId: String(news), position: '50' }))
  const names = allText(parsePage((await get(`${A}/chuyen-muc`)).body), '.category-name')
  assert.ok(names.indexOf('Ứng dụng') < names.indexOf('Văn bản'), 'ư comes before v')

  const menu = async () => allText(await publicPage('/'), '.site-nav li:not(.module-link):not(.language-switch) a').slice(1)
  const before = await menu()
  const last = before.at(-1)!
  assert.equal((await post(`${A}/chuyen-muc/${await idOf('categories', last)}/len`)).statusCode, 303)
  assert.deepEqual(await menu(), [...before.slice(0, -2), last, before.at(-2)!])
})

test('a category with sub-categories, articles or limited users cannot be deleted; an empty one can', async () => {
  const refused = await post(`${A}/chuyen-muc/${news}/xoa`)
  assert.equal(refused.statusCode, 409)
  assert.match(textOf(parsePage(refused.body), '#thong-bao'), /Không thể xóa chuyên mục “Thời sự” vì còn 3 chuyên mục con/)
  await createArticle(portal, { categoryId: mobilisation })
  assert.match((await post(`${A}/chuyen-muc/${mobilisation}/xoa`)).body, /vì còn 1 bài viết/)
  const scoped = await createCategory(portal, 'Chuyên mục có biên tập viên')
  await createUser(portal.db, 'editor', 'bientap@example.vn', [scoped])
  assert.match((await post(`${A}/chuyen-muc/${scoped}/xoa`)).body, /1 người dùng được phân quyền riêng/)

  const empty = await idOf('categories', 'Văn bản')
  assert.equal((await post(`${A}/chuyen-muc/${empty}/xoa`)).statusCode, 303)
  assert.ok(!allText(parsePage((await get(`${A}/chuyen-muc`)).body), '.category-name').includes('Văn bản'))
  assert.equal((await portal.app.inject('/tin-tuc/van-ban')).statusCode, 404)
})

test('a new link shows in the public "Liên kết website" block at once', async () => {
  await portal.app.inject('/')
  assert.equal((await post(`${A}/lien-ket/nhom`, { name: 'Cơ quan Trung ương', position: '' })).statusCode, 303)
  const group = String(await idOf('link_groups', 'Cơ quan Trung ương'))
  assert.equal((await post(`${A}/lien-ket`, { groupId: group, name: 'Báo Điện tử Chính phủ', url: 'https://baochinhphu.vn', position: '' })).statusCode, 303)
  const block = (await publicPage('/')).querySelector('.links-block')!
  assert.equal(block.querySelector('summary')!.textContent, 'Cơ quan Trung ương')
  assert.equal(block.querySelector('a')!.getAttribute('href'), 'https://baochinhphu.vn/')
})

test('a javascript: address, or anything but a web page, is refused with a Vietnamese message', async () => {
  const group = String(await idOf('link_groups', 'Cơ quan Trung ương'))
  for (const url of ['javascript:alert(1)', ' JavaScript:alert(document.cookie)', 'data:text/html,<b>x</b>', 'ftp://files.example.vn', 'www.example.vn']) {
    const res = await post(`${A}/lien-ket`, { groupId: group, name: 'Trang độc', url, position: '' })
    assert.equal(res.statusCode, 422, url)
    const doc = parsePage(res.body)
    assert.equal(textOf(doc, '#e-url'), 'Địa chỉ phải là một trang web bắt đầu bằng https:// hoặc http://, ví dụ https://baochinhphu.vn.')
    assert.equal(doc.querySelector('#f-name')!.getAttribute('value'), 'Trang độc')
  }
  assert.equal((await portal.db.selectFrom('links').select('id').where('name', '=', 'Trang độc').execute()).length, 0)
})

test('links are edited, reordered and deleted; a group is deleted only once empty', async () => {
  const group = String(await idOf('link_groups', 'Cơ quan Trung ương'))
  await post(`${A}/lien-ket`, { groupId: group, name: 'Cổng TTĐT Quốc hội', url: 'http://quochoi.vn', position: '' })
  const first = await idOf('links', 'Báo Điện tử Chính phủ')
  await post(`${A}/lien-ket/${first}`, { groupId: group, name: 'Báo Chính phủ', url: 'https://baochinhphu.vn', position: '' })
  await post(`${A}/lien-ket/${await idOf('links', 'Cổng TTĐT Quốc hội')}/len`)
  assert.deepEqual(allText(await publicPage('/'), '.links-block a'), ['Cổng TTĐT Quốc hội (mở trong thẻ mới)', 'Báo Chính phủ (mở trong thẻ mới)'])

  const refused = await post(`${A}/lien-ket/nhom/${group}/xoa`)
  assert.equal(refused.statusCode, 409)
  assert.match(refused.body, /còn 2 liên kết/)
  for (const id of await portal.db.selectFrom('links').select('id').execute()) assert.equal((await post(`${A}/lien-ket/${id.id}/xoa`)).statusCode, 303)
  assert.equal((await post(`${A}/lien-ket/nhom/${group}/xoa`)).statusCode, 303)
  assert.equal((await publicPage('/')).querySelector('.links-block'), null)
})

test('weather places are added, checked, edited and deleted; each change purges the public pages', async () => {
  const announced: string[] = []
  portal.events.on('weather.changed', () => announced.push('weather.changed'))
  const wrong = await post(`${A}/thoi-tiet`, { name: 'Quy Nhơn', latitude: '91', longitude: 'đông', position: '' })
  assert.equal(wrong.statusCode, 422)
  assert.equal(textOf(parsePage(wrong.body), '#e-latitude'), 'Vĩ độ phải là một số từ -90 đến 90.')
  assert.equal(textOf(parsePage(wrong.body), '#e-longitude'), 'Kinh độ phải là một số từ -180 đến 180.')

  await portal.app.inject('/')
  assert.equal((await post(`${A}/thoi-tiet`, { name: 'Quy Nhơn', latitude: '13,7765', longitude: '109.2237', position: '' })).statusCode, 303)
  assert.equal(portal.cache.get('/'), undefined)
  const id = await idOf('weather_places', 'Quy Nhơn')
  assert.deepEqual(await portal.db.selectFrom('weather_places').select(['latitude', 'longitude']).where('id', '=', id).executeTakeFirst(), { latitude: 13.7765, longitude: 109.2237 })
  assert.equal((await post(`${A}/thoi-tiet/${id}`, { name: 'TP. Quy Nhơn', latitude: '13.78', longitude: '109.22', position: '2' })).statusCode, 303)
  assert.match(textOf(parsePage((await get(`${A}/thoi-tiet`)).body), '.weather-places'), /TP\. Quy Nhơn/)
  assert.equal((await post(`${A}/thoi-tiet/${id}/xoa`)).statusCode, 303)
  assert.equal((await portal.db.selectFrom('weather_places').select('id').execute()).length, 0)
  assert.equal(announced.length, 3)
})

test('the footer shows new site settings at once, stored as NFC; mistakes come back beside the fields', async () => {
  await portal.app.inject('/')
  const wrong = parsePage((await post(`${A}/cai-dat`, { name: '', email: 'khong-phai-thu', phone: 'gọi tôi' })).body)
  assert.equal(textOf(wrong, '#e-name'), 'Xin nhập tên trang.')
  assert.match(textOf(wrong, '#e-email'), /Địa chỉ thư điện tử không hợp lệ/)
  assert.match(textOf(wrong, '#e-phone'), /Số điện thoại chỉ gồm chữ số/)

  const settings = {
    name: 'Ban Dân vận Tỉnh ủy'.normalize('NFD'), tagline: 'Dân biết, dân bàn', governingBody: 'Ban Dân vận Tỉnh ủy Bình Định',
    responsiblePerson: 'Nguyễn Văn A', licence: 'Giấy phép số 01/GP-TTĐT', address: '01 Lê Lợi, TP. Quy Nhơn', phone: '(0256) 3 822 123', email: 'bandanvan@binhdinh.gov.vn',
  }
  assert.equal((await post(`${A}/cai-dat`, settings)).statusCode, 303)
  const footer = textOf(await publicPage('/'), '.site-footer')
  for (const expected of ['Ban Dân vận Tỉnh ủy Bình Định', 'Chịu trách nhiệm nội dung: Nguyễn Văn A', 'Giấy phép số 01/GP-TTĐT', 'Địa chỉ: 01 Lê Lợi, TP. Quy Nhơn', 'Điện thoại: (0256) 3 822 123', 'bandanvan@binhdinh.gov.vn']) {
    assert.ok(footer.includes(expected), expected)
  }
  const stored = await portal.db.selectFrom('site_settings').select('value').where('key', '=', 'name').executeTakeFirstOrThrow()
  assert.equal(stored.value, 'Ban Dân vận Tỉnh ủy'.normalize('NFC'))
  assert.equal(textOf(await publicPage('/'), '.site-title'), stored.value)
})

test('every change is in the audit log', async () => {
  const actions = new Set((await portal.db.selectFrom('audit_log').select('action').execute()).map((r) => r.action))
  for (const action of ['category.create', 'category.update', 'category.move', 'category.delete', 'link-group.create', 'link-group.delete',
    'link.create', 'link.update', 'link.move', 'link.delete', 'weather-place.create', 'weather-place.update', 'weather-place.delete', 'settings.update']) {
    assert.ok(actions.has(action), action)
  }
})

test('a logo from the media library shows in every page header; an unknown image is refused', async () => {
  const { insertMedia } = await import('../media/index.ts')
  const admin = await portal.db.selectFrom('users').select('id').where('role', '=', 'administrator').executeTakeFirstOrThrow()
  const mediaId = await insertMedia(portal.db, {
    storageKey: 'uploads/2026/11/logo', widths: [240], originalName: 'logo.png', mime: 'image/png',
    width: 240, height: 240, bytes: 900, alt: 'Biểu trưng', caption: '', uploadedBy: admin.id,
  }, new Date())
  const settings = { name: 'Ban Dân vận Tỉnh ủy Bình Định', tagline: '', governingBody: '', responsiblePerson: '', licence: '', address: '', phone: '', email: '' }
  const unknown = await post(`${A}/cai-dat`, { ...settings, logoMediaId: '999999' })
  assert.equal(unknown.statusCode, 422)
  assert.match(unknown.body, /Không tìm thấy ảnh này trong thư viện ảnh/)
  await portal.app.inject('/')
  assert.equal((await post(`${A}/cai-dat`, { ...settings, logoMediaId: String(mediaId) })).statusCode, 303)
  const home = await publicPage('/')
  assert.equal(home.querySelector('.site-header img.site-logo')?.getAttribute('src'), '/media/uploads/2026/11/logo-240.webp')
  const form = parsePage((await get(`${A}/cai-dat`)).body)
  assert.equal(form.querySelector('#f-logoMediaId option[selected]')?.getAttribute('value'), String(mediaId))
  assert.equal((await post(`${A}/cai-dat`, { ...settings, logoMediaId: '' })).statusCode, 303)
  assert.equal((await publicPage('/')).querySelector('.site-logo'), null)
})

test('an administrator keeps a top-level category off the main menu; its pages stay reachable', async () => {
  const id = await createCategory(portal, 'Gương điển hình')
  const before = allText(await publicPage('/'), '.site-nav a')
  assert.ok(before.includes('Gương điển hình'))
  const edit = parsePage((await get(`${A}/chuyen-muc/${id}`)).body)
  assert.ok(edit.querySelector('input[name=inMenu][checked]'), 'the form shows it is on the menu')
  assert.equal((await post(`${A}/chuyen-muc/${id}`, category({ name: 'Gương điển hình', slug: 'guong-dien-hinh', inMenu: '' }))).statusCode, 303)
  assert.ok(!allText(await publicPage('/'), '.site-nav a').includes('Gương điển hình'))
  assert.equal((await portal.app.inject('/guong-dien-hinh')).statusCode, 200)
  assert.equal(parsePage((await get(`${A}/chuyen-muc/${id}`)).body).querySelector('input[name=inMenu][checked]'), null)
})

test('a form of the wrong shape on any screen comes back with a message beside the field, never a bare 400; a malformed address is a 404', async () => {
  const csrf = await csrfOf(portal.app, who.admin)
  const raw = (url: string, body: string) => portal.app.inject({
    method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: who.admin }, payload: `_csrf=${csrf}&${body}`,
  })
  for (const [url, body, field] of [
    [`${A}/chuyen-muc`, 'name=A&name=B&inMenu=1', 'name'],
    [`${A}/chuyen-muc/${news}`, 'name=Tin+t%E1%BB%A9c&slug=a&slug=b', 'slug'],
    [`${A}/lien-ket/nhom`, 'name=A&position=1&position=2', 'position'],
    [`${A}/lien-ket`, 'groupId=1&groupId=2&name=A&url=https://a.vn', 'groupId'],
    [`${A}/thoi-tiet`, 'name=A&latitude=1&latitude=2&longitude=1', 'latitude'],
    [`${A}/cai-dat`, 'name=A&name=B', 'name'],
  ] as const) {
    const res = await raw(url, body)
    assert.equal(res.statusCode, 422, url)
    assert.match(textOf(parsePage(res.body), `#e-${field}`), /không đúng dạng/, url)
  }
  assert.equal((await raw(`${A}/bo-cuc/vung/sidebar`, 'khoi=a&khoi=b')).statusCode, 422)
  for (const url of [`${A}/chuyen-muc/abc`, `${A}/lien-ket/1x`, `${A}/lien-ket/nhom/-1`, `${A}/thoi-tiet/99999999999`]) {
    assert.equal((await get(url)).statusCode, 404, url)
  }
  for (const url of [`${A}/chuyen-muc/abc/xoa`, `${A}/lien-ket/x/len`, `${A}/thoi-tiet/x/xoa`, `${A}/bo-cuc/khoi/KHOI!/an`]) {
    assert.equal((await raw(url, '')).statusCode, 404, url)
  }
  assert.equal((await get(`${A}/chuyen-muc/moi?cha=1&cha=2`)).statusCode, 200)
  assert.equal((await get(`${A}/cai-dat?da-luu&da-luu`)).statusCode, 200)
})
