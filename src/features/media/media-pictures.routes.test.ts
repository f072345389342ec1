import assert from 'node:assert/strict'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import sharp from 'sharp'
import { parsePage } from '../../../test/support/html.ts'
import { createCategory } from '../../../test/support/factories.ts'
import { deleteImage, uploadImage, type Signed } from '../../../test/support/media.ts'
import { createUser, csrfOf, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { insertArticle, uniqueArticleSlug } from '../articles/index.ts'
import { cropAround } from './media-image.ts'
import { findMedia } from './media.repository.ts'
import { imageSources, thumbSrcset } from './media.ts'

// The original kept beside the widths, the focal point and the thumbnails cut around it, and the
// picker's search of the library.
let portal: TestPortal
let base: string
const who: Record<string, Signed> = {}

before(async () => {
  portal = await buildTestPortal({ clock: new TestClock(new Date('2026-12-07T02:00:00Z')) })
  for (const [role, email] of [['reporter', 'phongvien@example.vn'], ['editor', 'bientap@example.vn'], ['moderator', 'kiemduyet@example.vn']] as const) {
    await createUser(portal.db, role, email)
    const { cookie } = await signIn(portal.app, email)
    who[role] = { cookie, csrf: await csrfOf(portal.app, cookie) }
  }
  base = await portal.listen()
})
after(() => portal.close())

const filesOf = (storageKey: string) => {
  const folder = join(portal.mediaDir, storageKey.split('/').slice(0, -1).join('/'))
  const name = storageKey.split('/').pop()!
  return readdirSync(folder).filter((f) => f.startsWith(name)).map((f) => f.slice(name.length)).sort()
}

/** The edit form as a browser without JavaScript sends it. */
async function saveEdit(who: Signed, id: number, fields: Record<string, string>) {
  return portal.app.inject({
    method: 'POST', url: `/toa-soan/anh/${id}`, headers: { cookie: who.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: who.csrf, alt: 'Toàn cảnh', caption: '', ...fields }).toString(),
  })
}

test('the original is kept at full size beside the widths: upright, with no EXIF, GPS, XMP or ICC data left', async () => {
  // A phone photo 3000 × 2000 as stored, turned by its EXIF orientation to stand 2000 × 3000.
  const photo = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#2a6' } }).jpeg()
    .withExif({ IFD0: { Make: 'DienThoaiCam' }, IFD3: { GPSMapDatum: 'WGS-84', GPSLatitudeRef: 'N', GPSLatitude: '13/1 46/1 12/1', GPSLongitudeRef: 'E', GPSLongitude: '109/1 13/1 5/1' } })
    .withMetadata({ orientation: 6 }).withIccProfile('p3').withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"/>')
    .toBuffer()
  assert.ok((await sharp(photo).metadata()).exif?.includes('WGS-84'), 'the test photo carries GPS data')

  const uploaded = await uploadImage(portal, who.reporter!, photo, { alt: 'Ảnh chụp bằng điện thoại' })
  assert.equal(uploaded.width, 1600, 'the largest width is still 1,600 px')
  const item = (await findMedia(portal.db, uploaded.id))!
  assert.deepEqual(item.original && [item.original.width, item.original.height], [2000, 3000])
  assert.match(item.original!.key, /^uploads\/2026\/12\/[0-9a-f]{24}-goc\.jpg$/)

  const res = await portal.app.inject(`/media/${item.original!.key}`)
  assert.equal(res.statusCode, 200)
  assert.equal(res.headers['content-type'], 'image/jpeg')
  const meta = await sharp(res.rawPayload).metadata()
  assert.deepEqual([meta.format, meta.width, meta.height], ['jpeg', 2000, 3000])
  for (const part of ['exif', 'xmp', 'icc', 'orientation'] as const) assert.equal(meta[part], undefined, `the original has no ${part}`)

  const edit = parsePage((await portal.app.inject({ url: `/toa-soan/anh/${uploaded.id}`, headers: { cookie: who.reporter!.cookie } })).body)
  const link = edit.querySelector(`a[href="/media/${item.original!.key}"]`)
  assert.match(link?.textContent ?? '', /Tải ảnh gốc \(2000 × 3000 điểm ảnh/)

  // Deleting the image takes every file of it away: widths, thumbnails and original.
  assert.equal(filesOf(item.storageKey).length, 7)
  assert.equal((await deleteImage(portal, who.reporter!, uploaded.id)).statusCode, 303)
  assert.deepEqual(filesOf(item.storageKey), [])
})

/** A wide picture: red on the left, green in the middle, blue on the right. */
const flagOfThree = () => sharp({ create: { width: 1500, height: 500, channels: 3, background: '#00ff00' } })
  .composite([
    { input: { create: { width: 500, height: 500, channels: 3, background: '#ff0000' } }, left: 0, top: 0 },
    { input: { create: { width: 500, height: 500, channels: 3, background: '#0000ff' } }, left: 1000, top: 0 },
  ]).jpeg().toBuffer()

/** The colour at the middle of a stored thumbnail. */
async function middleOf(key: string): Promise<'red' | 'green' | 'blue'> {
  const { data, info } = await sharp(join(portal.mediaDir, key)).raw().toBuffer({ resolveWithObject: true })
  const at = (Math.floor(info.height / 2) * info.width + Math.floor(info.width / 2)) * info.channels
  const [r, g, b] = [data[at]!, data[at + 1]!, data[at + 2]!]
  return r > g && r > b ? 'red' : g > b ? 'green' : 'blue'
}

test('moving the focal point cuts new thumbnails around it, and the lists that show the image as lead image take them', async () => {
  const uploaded = await uploadImage(portal, who.reporter!, await flagOfThree(), { alt: 'Ba màu' })
  let item = (await findMedia(portal.db, uploaded.id))!
  assert.deepEqual(item.focus, { x: 50, y: 50 })
  assert.deepEqual(item.thumbWidths, [320, 640, 750])
  assert.equal(await middleOf(`${item.storageKey}-c50-50-320.webp`), 'green')

  // Published with it as lead image, as the editor saves it.
  const category = await createCategory(portal, 'Ảnh đẹp')
  const sources = imageSources(item)
  const articleId = await insertArticle(portal.db, {
    slug: await uniqueArticleSlug(portal.db, 'Bài có ảnh ba màu'), title: 'Bài có ảnh ba màu', lead: '', bodyHtml: '<p>Ảnh.</p>', byline: { kind: '', name: '' },
    source: '', categoryId: category, status: 'published', publishedAt: new Date('2026-12-01T00:00:00Z'), tags: [],
    leadImage: { id: item.id, url: sources.src, srcset: sources.srcset, width: sources.width, height: sources.height, thumbs: thumbSrcset(item), alt: 'Ba màu', caption: '' },
  }, new Date())
  portal.events.emit('article.changed', { articleId, categoryIds: [category] })
  const listed = async () => parsePage(await (await fetch(`${base}/anh-dep`)).text()).querySelector('.article-list img')?.getAttribute('srcset') ?? ''
  assert.match(await listed(), /-c50-50-320\.webp 320w/)
  assert.ok(portal.cache.get('/anh-dep'), 'the category page is cached')

  // Without JavaScript the point is typed; an editor (not the uploader) may move it.
  const form = parsePage((await portal.app.inject({ url: `/toa-soan/anh/${item.id}`, headers: { cookie: who.editor!.cookie } })).body)
  assert.equal(form.querySelector('#f-focusX')?.getAttribute('value'), '50')
  assert.equal((await saveEdit(who.editor!, item.id, { focusX: '0', focusY: '50' })).statusCode, 303)
  item = (await findMedia(portal.db, uploaded.id))!
  assert.deepEqual(item.focus, { x: 0, y: 50 })
  assert.equal(await middleOf(`${item.storageKey}-c0-50-320.webp`), 'red')
  assert.deepEqual(filesOf(item.storageKey).filter((f) => f.startsWith('-c')), ['-c0-50-320.webp', '-c0-50-640.webp', '-c0-50-750.webp'], 'the old thumbnails are gone')
  // The category page was purged and lists the new ones.
  assert.match(await listed(), /-c0-50-320\.webp 320w/)

  assert.equal((await saveEdit(who.editor!, item.id, { focusX: '100', focusY: '50' })).statusCode, 303)
  assert.equal(await middleOf(`${item.storageKey}-c100-50-320.webp`), 'blue')
  const row = await portal.db.selectFrom('articles').select('lead_image_thumbs').where('id', '=', articleId).executeTakeFirstOrThrow()
  assert.match(row.lead_image_thumbs, /-c100-50-640\.webp 640w/)
  const audit = await portal.db.selectFrom('audit_log').select('details').where('action', '=', 'media.edit').where('item_id', '=', String(item.id)).orderBy('id', 'desc').executeTakeFirstOrThrow()
  assert.match(String(audit.details), /"focus":\{"x":100,"y":50\}/)
})

test('a focal point outside 0–100 is refused in Vietnamese, and nothing is cut', async () => {
  const uploaded = await uploadImage(portal, who.reporter!, await flagOfThree())
  const res = await saveEdit(who.reporter!, uploaded.id, { focusX: '120', focusY: 'giữa' })
  assert.equal(res.statusCode, 422)
  const page = parsePage(res.body)
  assert.match(page.querySelector('#e-focusX')?.textContent ?? '', /Điểm nhìn theo chiều ngang phải là một số từ 0 đến 100/)
  assert.match(page.querySelector('#e-focusY')?.textContent ?? '', /phải là một số từ 0 đến 100/)
  assert.equal(page.querySelector('#f-focusX')?.getAttribute('value'), '120', 'what was typed is shown again')
  assert.deepEqual((await findMedia(portal.db, uploaded.id))!.focus, { x: 50, y: 50 })
})

test('the crop is the largest 3:2 part, centred on the focal point as far as the edges allow', () => {
  const table: [number, number, { x: number; y: number }, { left: number; top: number; width: number; height: number }][] = [
    [1500, 500, { x: 50, y: 50 }, { left: 375, top: 0, width: 750, height: 500 }],
    [1500, 500, { x: 0, y: 50 }, { left: 0, top: 0, width: 750, height: 500 }],
    [1500, 500, { x: 30, y: 50 }, { left: 75, top: 0, width: 750, height: 500 }],
    [1500, 500, { x: 100, y: 0 }, { left: 750, top: 0, width: 750, height: 500 }],
    [600, 1200, { x: 50, y: 20 }, { left: 0, top: 40, width: 600, height: 400 }],
    [600, 1200, { x: 50, y: 90 }, { left: 0, top: 800, width: 600, height: 400 }],
    [300, 200, { x: 10, y: 10 }, { left: 0, top: 0, width: 300, height: 200 }],
  ]
  for (const [width, height, focus, region] of table) assert.deepEqual(cropAround(width, height, focus), region, `${width}×${height} at ${focus.x},${focus.y}`)
})

test('the picker finds library images by alt text or caption, with or without diacritics, newest first', async () => {
  const jpeg = () => sharp({ create: { width: 800, height: 600, channels: 3, background: '#c93' } }).jpeg().toBuffer()
  await uploadImage(portal, who.reporter!, await jpeg(), { alt: 'Cánh đồng lúa chín', caption: 'Vụ mùa ở Phù Mỹ' })
  await uploadImage(portal, who.reporter!, await jpeg(), { alt: 'Hội trường', caption: 'Đại hội Đảng bộ huyện' })
  await uploadImage(portal, who.reporter!, await jpeg(), { alt: 'Con đường làng', caption: 'Đường bê tông mới ở Phù Mỹ' })
  const search = async (q: string, signed = who.reporter!) => portal.app.inject({ url: `/toa-soan/anh.json?${new URLSearchParams({ q })}`, headers: { cookie: signed.cookie } })

  const fields = (await search('canh dong')).json()
  assert.deepEqual(fields.items.map((i: { alt: string }) => i.alt), ['Cánh đồng lúa chín'])
  const image = fields.items[0]
  assert.match(image.thumbnail, /^\/media\/uploads\/.+-c50-50-320\.webp$/)
  assert.match(image.srcset, / 480w, .+ 800w$/)
  assert.deepEqual([image.width, image.height], [800, 600])
  assert.equal(fields.next, null)
  assert.deepEqual((await search('phù mỹ')).json().items.map((i: { alt: string }) => i.alt), ['Con đường làng', 'Cánh đồng lúa chín'], 'captions too, newest first')
  assert.deepEqual((await search('ĐẠI HỘI')).json().items.map((i: { alt: string }) => i.alt), ['Hội trường'])
  assert.deepEqual((await search('50%_')).json().items, [])
  const all = (await search('')).json().items
  assert.ok(all.length >= 3)
  assert.ok(all.every((i: { id: number }, n: number) => n === 0 || i.id < all[n - 1].id), 'newest first')

  const refused = await search('', who.moderator!)
  assert.equal(refused.statusCode, 403)
  assert.equal(refused.headers['content-type']?.toString().startsWith('application/json'), true)
})
