import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { parsePage, textOf } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { BRAND_PREVIEW_SCRIPT, FONT_CATALOGUE } from '../site/index.ts'

// The administrator chooses the portal's colours, banner and fonts on the settings screen. A
// choice that fails WCAG AA is refused with its reason; a saved one reaches every page at once.
let portal: TestPortal
let admin = ''
const SCREEN = '/toa-soan/quan-tri/cai-dat'
const SAVE = `${SCREEN}/giao-dien`
const NOTHING = { primary: '', accent: '', headerBackground: '', headerImageMediaId: '', bodyFont: '', headingFont: '' }

before(async () => {
  portal = await buildTestPortal()
  await createUser(portal.db, 'administrator', 'quantri@example.vn')
  await createUser(portal.db, 'editor', 'bientap@example.vn')
  admin = (await signIn(portal.app, 'quantri@example.vn')).cookie
})
after(() => portal.close())

async function save(fields: Partial<typeof NOTHING>, cookie = admin) {
  return portal.app.inject({
    method: 'POST', url: SAVE, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    payload: new URLSearchParams({ _csrf: await csrfOf(portal.app, cookie), ...NOTHING, ...fields }).toString(),
  })
}
const brandLinks = (page: string) => [...parsePage(page).querySelectorAll('link[rel=stylesheet]')].map((l) => l.getAttribute('href')!).filter((h) => h.includes('thuong-hieu'))
const brandStored = async () => (await portal.db.selectFrom('site_settings').select(['key', 'value']).where('key', 'like', 'brand.%').execute()).filter((r) => r.value !== '')

test('until something is chosen, public pages link no brand stylesheet', async () => {
  assert.deepEqual(brandLinks((await portal.app.inject('/')).body), [])
})

test('only an administrator may change the look', async () => {
  const editor = (await signIn(portal.app, 'bientap@example.vn')).cookie
  assert.equal((await save({ primary: '#0b4a8f' }, editor)).statusCode, 403)
  assert.equal((await portal.app.inject({ method: 'POST', url: SAVE })).statusCode, 403)
  assert.deepEqual(await brandStored(), [])
})

test('the settings screen has the brand form and its live preview script and fonts, which are served', async () => {
  const res = await portal.app.inject({ url: SCREEN, headers: { cookie: admin } })
  const doc = parsePage(res.body)
  for (const name of Object.keys(NOTHING)) assert.ok(doc.querySelector(`form.brand-form [name=${name}]`), name)
  assert.ok(doc.querySelector(`script[src="${BRAND_PREVIEW_SCRIPT.url}"]`))
  assert.ok(doc.querySelector(`link[href="${FONT_CATALOGUE.url}"]`))
  assert.ok(doc.querySelector('#xem-truoc-giao-dien[hidden]'), 'hidden until the script shows it')
  assert.match(String(res.headers['content-security-policy']), /script-src 'self'/)
  for (const url of [BRAND_PREVIEW_SCRIPT.url, FONT_CATALOGUE.url]) assert.equal((await portal.app.inject(url)).statusCode, 200, url)
})

test('a colour that fails WCAG AA is refused beside its field, naming the pair, the ratio and what is needed; nothing is saved', async () => {
  const res = await save({ primary: '#ffcc00', accent: '#9ec5ff' })
  assert.equal(res.statusCode, 422)
  const doc = parsePage(res.body)
  assert.match(textOf(doc, '#e-primary'), /^Độ tương phản chữ trắng trên màu chủ đạo .* \(#ffffff trên #ffcc00\) chỉ đạt 1,\d\d:1; chuẩn WCAG AA cần ít nhất 4,5:1 cho chữ\./)
  assert.match(textOf(doc, '#e-accent'), /vòng tiêu điểm màu nhấn trên nền trắng \(#9ec5ff trên #ffffff\) chỉ đạt 1,\d\d:1; chuẩn WCAG AA cần ít nhất 3:1 cho vòng tiêu điểm/)
  assert.equal(doc.querySelector('#f-primary')!.getAttribute('value'), '#ffcc00', 'what was typed comes back')
  assert.ok(doc.querySelector('form.settings-form'), 'the rest of the screen is there')
  assert.deepEqual(await brandStored(), [])
})

test('a colour not written #RRGGBB, or a font off the list, is refused in Vietnamese', async () => {
  const doc = parsePage((await save({ primary: 'xanh', bodyFont: 'comic-sans', headerImageMediaId: '999999' })).body)
  assert.equal(textOf(doc, '#e-primary'), 'Màu chủ đạo phải viết dạng #RRGGBB, ví dụ #1f4e8c; để trống để dùng màu mặc định.')
  assert.equal(textOf(doc, '#e-headerImageMediaId'), 'Không tìm thấy ảnh này trong thư viện ảnh.')
  const fonts = parsePage((await save({ bodyFont: 'comic-sans' })).body)
  assert.equal(textOf(fonts, '#e-bodyFont'), 'Xin chọn phông chữ trong danh sách.')
})

test('saved tokens purge the pages, which then link a stylesheet of them; its fonts are served', async () => {
  await portal.app.inject('/')
  assert.ok(portal.cache.get('/'), 'the home page is cached')
  const res = await save({ primary: '0B4A8F', accent: '#0a58ca', bodyFont: 'noto-serif' })
  assert.equal(res.statusCode, 303)
  assert.equal(res.headers.location, `${SCREEN}?da-luu-giao-dien#giao-dien`)
  assert.equal(portal.cache.get('/'), undefined, 'purged')

  const [url] = brandLinks((await portal.app.inject('/')).body)
  assert.ok(url, 'the home page links the brand stylesheet')
  const sheet = await portal.app.inject(url)
  assert.equal(sheet.statusCode, 200)
  assert.equal(sheet.headers['cache-control'], 'public, max-age=31536000, immutable')
  assert.match(sheet.body, /^:root\{--brand:#0b4a8f;.*--link:#0a58ca;--focus:#0a58ca;--font-body:"Noto Serif",serif\}/)
  const font = /url\((\/assets\/noto-serif-vietnamese-400-normal-[0-9a-f]+\.woff2)\)/.exec(sheet.body)![1]!
  const woff2 = await portal.app.inject(font)
  assert.equal(woff2.statusCode, 200)
  assert.equal(woff2.headers['content-type'], 'font/woff2')

  const form = parsePage((await portal.app.inject({ url: SCREEN + '?da-luu-giao-dien', headers: { cookie: admin } })).body)
  assert.equal(form.querySelector('#f-primary')!.getAttribute('value'), '#0b4a8f')
  assert.equal(form.querySelector('#f-bodyFont option[selected]')!.getAttribute('value'), 'noto-serif')
  assert.match(textOf(form, '[role=status]'), /^Đã lưu giao diện/)
  const audit = await portal.db.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'settings.update').execute()
  assert.match(String(audit.at(-1)?.details), /brand\.primary/)
})

test('a banner from the media library is laid on the header; back to nothing chosen, no brand stylesheet again', async () => {
  const { insertMedia } = await import('../media/index.ts')
  const user = await portal.db.selectFrom('users').select('id').where('role', '=', 'administrator').executeTakeFirstOrThrow()
  const mediaId = await insertMedia(portal.db, {
    storageKey: 'uploads/2026/12/bang-ron', widths: [480, 1600], originalName: 'bang-ron.jpg', mime: 'image/jpeg',
    width: 1600, height: 300, bytes: 9000, alt: 'Băng rôn', caption: '', uploadedBy: user.id,
  }, new Date())
  assert.equal((await save({ primary: '#0b4a8f', headerImageMediaId: String(mediaId) })).statusCode, 303)
  const [url] = brandLinks((await portal.app.inject('/')).body)
  assert.match((await portal.app.inject(url!)).body, /\.site-header\{background-image:linear-gradient\(rgba\(0,0,0,\.4\),rgba\(0,0,0,\.4\)\),url\("\/media\/uploads\/2026\/12\/bang-ron-1600\.webp"\)/)
  const form = parsePage((await portal.app.inject({ url: SCREEN, headers: { cookie: admin } })).body)
  assert.equal(form.querySelector('#f-headerImageMediaId option[selected]')!.getAttribute('value'), String(mediaId))

  assert.equal((await save({})).statusCode, 303)
  assert.deepEqual(brandLinks((await portal.app.inject('/')).body), [])
})
