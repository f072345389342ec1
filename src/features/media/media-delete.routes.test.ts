import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { parsePage } from '../../../test/support/html.ts'
import { deleteImage, jpegOf, srcsetUrls, uploadImage, type Signed } from '../../../test/support/media.ts'
import { createUser, csrfOf, signIn } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

let portal: TestPortal
let categoryId: number
const who: Record<string, Signed> = {}

before(async () => {
  portal = await buildTestPortal()
  categoryId = await createCategory(portal, 'Tin tức')
  for (const [role, email] of [['reporter', 'phongvien@example.vn'], ['reporter', 'ctv@example.vn'], ['editor', 'bientap@example.vn']] as const) {
    await createUser(portal.db, role, email)
    const { cookie } = await signIn(portal.app, email)
    who[email] = { cookie, csrf: await csrfOf(portal.app, cookie) }
  }
})
after(() => portal.close())

const fileOf = (url: string) => join(portal.mediaDir, url.replace(/^\/media\//, ''))

test('the uploader deletes an unused image: its record, every width of it, and the public address go; the deletion is audited', async () => {
  const image = await uploadImage(portal, who['phongvien@example.vn']!, await jpegOf(1200, 800))
  const urls = srcsetUrls(image.srcset)
  assert.equal(urls.length, 3)
  assert.ok(urls.every((u) => existsSync(fileOf(u))))

  const res = await deleteImage(portal, who['phongvien@example.vn']!, image.id)
  assert.equal(res.statusCode, 303)
  assert.equal(res.headers.location, '/toa-soan/anh?da-xoa=1')
  const library = parsePage((await portal.app.inject({ url: '/toa-soan/anh?da-xoa=1', headers: { cookie: who['phongvien@example.vn']!.cookie } })).body)
  assert.equal(library.querySelector('.notice')!.textContent, 'Đã xoá ảnh khỏi thư viện.')
  assert.equal(library.querySelector(`#anh-${image.id}`), null)

  assert.ok(urls.every((u) => !existsSync(fileOf(u))), 'no width is left in the storage')
  for (const url of urls) assert.equal((await portal.app.inject(url)).statusCode, 404)
  const audit = await portal.db.selectFrom('audit_log').select('action').where('item_type', '=', 'media').where('item_id', '=', String(image.id)).orderBy('id').execute()
  assert.deepEqual(audit.map((a) => a.action), ['media.upload', 'media.delete'])
})

test('an image shown as an article\'s lead image is not deleted, and the newsroom is told where it is used', async () => {
  const image = await uploadImage(portal, who['phongvien@example.vn']!, await jpegOf(600, 400))
  const { id } = await createArticle(portal, { title: 'Hội nghị Dân vận khéo', categoryId })
  await portal.db.updateTable('articles').set({ lead_image_id: image.id, lead_image_url: image.url }).where('id', '=', id).execute()

  const res = await deleteImage(portal, who['phongvien@example.vn']!, image.id)
  assert.equal(res.statusCode, 409)
  const message = parsePage(res.body).querySelector('#e-delete')!.textContent!
  assert.equal(message, 'Không xoá được: ảnh đang được dùng trong 1 bài viết (“Hội nghị Dân vận khéo”). Xin gỡ ảnh khỏi những chỗ đó trước.')
  assert.equal((await portal.app.inject(image.url)).statusCode, 200, 'the image is still served')
})

test('an image inside an article\'s body is not deleted either', async () => {
  const image = await uploadImage(portal, who['phongvien@example.vn']!, await jpegOf(500, 300))
  await createArticle(portal, { title: 'Ảnh trong bài', categoryId, bodyHtml: `<p>Trước ảnh.</p><figure><img src="${image.url}" alt="x"></figure>` })
  const body = await portal.db.selectFrom('articles').select('body_html').where('title', '=', 'Ảnh trong bài').executeTakeFirstOrThrow()
  assert.ok(body.body_html.includes(image.url), 'the sanitizer kept the image')
  const res = await deleteImage(portal, who['phongvien@example.vn']!, image.id)
  assert.equal(res.statusCode, 409)
  assert.match(parsePage(res.body).querySelector('#e-delete')!.textContent!, /1 bài viết \(“Ảnh trong bài”\)/)
})

test('the site\'s logo is not deleted; once another logo is chosen, it is', async () => {
  const image = await uploadImage(portal, who['bientap@example.vn']!, await jpegOf(240, 80))
  await portal.db.insertInto('site_settings').values({ key: 'logoUrl', value: image.url }).execute()
  const refused = await deleteImage(portal, who['bientap@example.vn']!, image.id)
  assert.equal(refused.statusCode, 409)
  assert.match(parsePage(refused.body).querySelector('#e-delete')!.textContent!, /logo của trang/)

  await portal.db.updateTable('site_settings').set({ value: '' }).where('key', '=', 'logoUrl').execute()
  assert.equal((await deleteImage(portal, who['bientap@example.vn']!, image.id)).statusCode, 303)
})

test('another reporter may not delete someone\'s image; an editor may; scripts use DELETE with the CSRF header', async () => {
  const image = await uploadImage(portal, who['phongvien@example.vn']!, await jpegOf(300, 200))
  assert.equal((await deleteImage(portal, who['ctv@example.vn']!, image.id)).statusCode, 403)
  const noToken = await portal.app.inject({ method: 'DELETE', url: `/toa-soan/anh/${image.id}`, headers: { cookie: who['bientap@example.vn']!.cookie } })
  assert.equal(noToken.statusCode, 403)
  const res = await portal.app.inject({ method: 'DELETE', url: `/toa-soan/anh/${image.id}`, headers: { cookie: who['bientap@example.vn']!.cookie, 'x-csrf-token': who['bientap@example.vn']!.csrf } })
  assert.equal(res.statusCode, 204)
  const again = await portal.app.inject({ method: 'DELETE', url: `/toa-soan/anh/${image.id}`, headers: { cookie: who['bientap@example.vn']!.cookie, 'x-csrf-token': who['bientap@example.vn']!.csrf } })
  assert.equal(again.statusCode, 404)
  assert.equal(again.json().error.code, 'not_found')
})

test('a served upload is kept for a year, typed, sandboxed and not sniffed; a missing or climbing path is a 404', async () => {
  const image = await uploadImage(portal, who['phongvien@example.vn']!, await jpegOf(700, 500))
  const res = await portal.app.inject(image.url)
  assert.equal(res.statusCode, 200)
  assert.equal(res.headers['content-type'], 'image/webp')
  assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable')
  assert.equal(res.headers['x-content-type-options'], 'nosniff')
  assert.match(String(res.headers['content-security-policy']), /sandbox/)
  assert.equal(Number(res.headers['content-length']), res.rawPayload.length)
  const again = await portal.app.inject({ url: image.url, headers: { 'if-none-match': String(res.headers.etag) } })
  assert.equal(again.statusCode, 304, 'a browser that has it is told it is unchanged')
  assert.equal(again.rawPayload.length, 0)
  for (const url of ['/media/uploads/2026/11/khong-co-480.webp', '/media/..%2f..%2fpackage.json', '/media/%2e%2e/%2e%2e/package.json', '/media/uploads/../../package.json']) {
    const missing = await portal.app.inject(url)
    assert.equal(missing.statusCode, 404, url)
    assert.doesNotMatch(missing.body, /"name": "toa-soan"/, url)
  }
})

test('a name longer than any file system allows, a folder, or a file taken for a folder is a 404, not a 500', async () => {
  const image = await uploadImage(portal, who['phongvien@example.vn']!, await jpegOf(500, 300))
  const urls = [`/media/uploads/${'a'.repeat(300)}.webp`, `/media/${'b'.repeat(256)}`, `/media/uploads/${'c'.repeat(250)}/${'d'.repeat(250)}.webp`,
    '/media/uploads', '/media/uploads/2026', `${image.url}/con.webp`]
  for (const url of urls) assert.equal((await portal.app.inject(url)).statusCode, 404, url.slice(0, 80))
})
