import assert from 'node:assert/strict'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import sharp from 'sharp'
import { allText, parsePage } from '../../../test/support/html.ts'
import { createUser, csrfOf, signIn, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { insertMedia } from './media.repository.ts'

let portal: TestPortal
const who: Record<string, { cookie: string; csrf: string }> = {}
const REPORTER = 'phongvien@example.vn'

before(async () => {
  portal = await buildTestPortal({ clock: new TestClock(new Date('2026-11-29T02:00:00Z')) })
  for (const [role, email] of [['reporter', REPORTER], ['reporter', 'ctv@example.vn'], ['moderator', 'kiemduyet@example.vn']] as const) {
    await createUser(portal.db, role, email)
    const { cookie } = await signIn(portal.app, email)
    who[email] = { cookie, csrf: await csrfOf(portal.app, cookie) }
  }
})
after(() => portal.close())

interface FilePart { name: string; type: string; bytes: Buffer }

/** A multipart body as a browser would send it, built by the platform's own FormData. */
async function multipart(fields: Record<string, string>, file?: FilePart) {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  if (file) form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  const res = new Response(form)
  return { payload: Buffer.from(await res.arrayBuffer()), type: res.headers.get('content-type')! }
}

async function upload(email: string, url: string, fields: Record<string, string>, file?: FilePart, header = url.endsWith('.json')) {
  const body = await multipart(header ? fields : { _csrf: who[email]!.csrf, ...fields }, file)
  return portal.app.inject({
    method: 'POST', url, payload: body.payload,
    headers: { 'content-type': body.type, cookie: who[email]!.cookie, ...(header ? { 'x-csrf-token': who[email]!.csrf } : {}) },
  })
}
const get = (email: string, url: string) => portal.app.inject({ method: 'GET', url, headers: { cookie: who[email]!.cookie } })

/** A landscape photo as a phone saves it: turned by an EXIF flag, with the camera and where it was taken. */
const phonePhoto = () => sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#2a6' } }).jpeg()
  .withExif({ IFD0: { Make: 'DienThoaiCam', Model: 'X1' }, IFD3: { GPSMapDatum: 'WGS-84', GPSLatitudeRef: 'N', GPSLatitude: '13/1 46/1 12/1', GPSLongitudeRef: 'E', GPSLongitude: '109/1 13/1 5/1' } })
  .withMetadata({ orientation: 6 }).withIccProfile('p3').withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>')
  .toBuffer()

test('a photo with GPS data comes out upright, in every width, with no metadata left', async () => {
  const original = await phonePhoto()
  const before = await sharp(original).metadata()
  assert.ok(before.exif?.includes('WGS-84') && before.icc && before.xmp, 'the test photo carries GPS, ICC and XMP data')

  const res = await upload(REPORTER, '/toa-soan/anh.json', { alt: 'Hội nghị tổng kết', caption: 'Quang cảnh hội nghị' }, { name: 'Ảnh hội nghị.jpg', type: 'image/jpeg', bytes: original })
  assert.equal(res.statusCode, 201, res.body)
  const answer = res.json()
  assert.match(answer.url, /^\/media\/uploads\/2026\/11\/[0-9a-f]{24}-1600\.webp$/)
  assert.deepEqual([answer.width, answer.height], [1600, 2400], 'turned by its EXIF orientation')
  assert.equal(answer.alt, 'Hội nghị tổng kết')
  const key = answer.url.slice('/media/'.length, -'-1600.webp'.length)
  assert.equal(answer.srcset, [480, 960, 1600].map((w) => `/media/${key}-${w}.webp ${w}w`).join(', '))

  const folder = join(portal.mediaDir, 'uploads/2026/11')
  const files = readdirSync(folder).filter((f) => f.startsWith(key.split('/').pop()!)).sort()
  // The widths, the 3:2 thumbnails around the centre, and the original in its own format.
  assert.deepEqual(files.map((f) => f.replace(/^[0-9a-f]{24}/, '')), ['-1600.webp', '-480.webp', '-960.webp', '-c50-50-320.webp', '-c50-50-640.webp', '-c50-50-960.webp', '-goc.jpg'])
  for (const f of files) {
    const meta = await sharp(join(folder, f)).metadata()
    assert.equal(meta.format, f.endsWith('.jpg') ? 'jpeg' : 'webp')
    assert.equal(meta.width, f.endsWith('.jpg') ? 1600 : Number(/-(\d+)\.webp$/.exec(f)![1]))
    assert.equal(meta.orientation, undefined, `${f} is upright, with no orientation tag left`)
    assert.equal(meta.exif, undefined, `${f} has no EXIF`)
    assert.equal(meta.xmp, undefined, `${f} has no XMP`)
    assert.equal(meta.icc, undefined, `${f} has no ICC profile`)
  }
  const row = await portal.db.selectFrom('media').selectAll().where('id', '=', answer.id).executeTakeFirstOrThrow()
  assert.equal(row.original_name, 'Ảnh hội nghị.jpg'.normalize('NFC'))
  assert.equal(row.mime, 'image/jpeg')
})

test('the image is judged by its bytes: a PNG declared as GIF is taken as PNG, and never enlarged', async () => {
  const png = await sharp({ create: { width: 300, height: 200, channels: 4, background: '#fff0' } }).png().toBuffer()
  const res = await upload(REPORTER, '/toa-soan/anh.json', {}, { name: 'hinh.gif', type: 'image/gif', bytes: png })
  assert.equal(res.statusCode, 201, res.body)
  const answer = res.json()
  assert.deepEqual([answer.width, answer.height], [300, 200])
  assert.match(answer.srcset, /^\/media\/uploads\/2026\/11\/[0-9a-f]{24}-300\.webp 300w$/)
  const row = await portal.db.selectFrom('media').select('mime').where('id', '=', answer.id).executeTakeFirstOrThrow()
  assert.equal(row.mime, 'image/png')
})

test('a text file named .jpg is refused with a Vietnamese message, and nothing is stored', async () => {
  const before = await portal.db.selectFrom('media').select('id').execute()
  const fake = { name: 'anh.jpg', type: 'image/jpeg', bytes: Buffer.from('Đây không phải là ảnh.\n'.repeat(50)) }
  const json = await upload(REPORTER, '/toa-soan/anh.json', {}, fake)
  assert.equal(json.statusCode, 422)
  assert.equal(json.json().error.code, 'unsupported_type')
  assert.match(json.json().error.message, /không phải ảnh JPEG, PNG, WebP hoặc GIF/)
  const form = await upload(REPORTER, '/toa-soan/anh', { alt: 'Giữ lại' }, fake)
  assert.equal(form.statusCode, 422)
  const doc = parsePage(form.body)
  assert.match(doc.querySelector('#e-file')!.textContent!, /không phải ảnh/)
  assert.equal(doc.querySelector('#f-alt')!.getAttribute('value'), 'Giữ lại', 'what was typed is kept')
  assert.equal((await portal.db.selectFrom('media').select('id').execute()).length, before.length)
})

test('an upload over 15 MB is refused with 413 and a Vietnamese message', async () => {
  const big = { name: 'lon.jpg', type: 'image/jpeg', bytes: Buffer.alloc(15 * 1024 * 1024 + 1, 0xff) }
  const form = await upload(REPORTER, '/toa-soan/anh', {}, big)
  assert.equal(form.statusCode, 413)
  assert.match(parsePage(form.body).querySelector('#e-file')!.textContent!, /Tệp quá lớn.*15 MB/)
  const json = await upload(REPORTER, '/toa-soan/anh.json', {}, big)
  assert.equal(json.statusCode, 413)
  assert.equal(json.json().error.code, 'file_too_large')
})

test('an image over 40 megapixels is refused before it is decoded', async () => {
  // A real PNG header claiming 10000 × 5000 pixels: only the header is ever read.
  const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } }).png().toBuffer()
  png.writeUInt32BE(10000, 16)
  png.writeUInt32BE(5000, 20)
  png.writeUInt32BE((await import('node:zlib')).crc32(png.subarray(12, 29)) >>> 0, 29)
  const res = await upload(REPORTER, '/toa-soan/anh.json', {}, { name: 'to.png', type: 'image/png', bytes: png })
  assert.equal(res.statusCode, 422)
  assert.equal(res.json().error.code, 'image_too_large')
  assert.match(res.json().error.message, /40 megapixel/)
})

test('a reporter uploads through the plain form, and the library lists it; the file is served publicly', async () => {
  assert.equal((await get(REPORTER, '/toa-soan/anh/tai-len')).statusCode, 200)
  const jpeg = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#36c' } }).jpeg().toBuffer()
  const res = await upload(REPORTER, '/toa-soan/anh', { alt: 'Lễ ra mắt mô hình Dân vận khéo', caption: 'Ảnh: Lê Hải' }, { name: 'ra-mat.jpg', type: 'image/jpeg', bytes: jpeg })
  assert.equal(res.statusCode, 303, res.body.slice(0, 300))
  assert.equal(res.headers.location, '/toa-soan/anh?da-tai-len=1')

  const library = parsePage((await get(REPORTER, '/toa-soan/anh?da-tai-len=1')).body)
  const first = library.querySelector('.media-item')!
  assert.equal(first.querySelector('img')!.getAttribute('alt'), 'Lễ ra mắt mô hình Dân vận khéo')
  assert.equal(first.querySelector('.media-size')!.textContent, '1200 × 800')
  assert.equal(first.querySelector('.media-uploader')!.textContent, 'Người dùng reporter')
  const srcset = first.querySelector('img')!.getAttribute('srcset')!
  assert.deepEqual(srcset.split(', ').map((s) => s.split(' ')[1]), ['480w', '960w', '1200w'])

  const variant = await portal.app.inject(srcset.split(' ')[0]!)
  assert.equal(variant.statusCode, 200)
  assert.equal(variant.headers['content-type'], 'image/webp')
  assert.match(String(variant.headers['content-security-policy']), /sandbox/)
  assert.equal((await sharp(variant.rawPayload).metadata()).width, 480)
})

test('uploads need the right to write and a valid CSRF token', async () => {
  const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#000' } }).png().toBuffer()
  const file = { name: 'a.png', type: 'image/png', bytes: png }
  assert.equal((await get('kiemduyet@example.vn', '/toa-soan/anh')).statusCode, 403)
  const moderator = await upload('kiemduyet@example.vn', '/toa-soan/anh.json', {}, file)
  assert.equal(moderator.statusCode, 403)
  assert.equal(moderator.json().error.code, 'forbidden')

  const body = await multipart({}, file)
  const noToken = await portal.app.inject({ method: 'POST', url: '/toa-soan/anh.json', payload: body.payload, headers: { 'content-type': body.type, cookie: who[REPORTER]!.cookie } })
  assert.equal(noToken.statusCode, 403)
  assert.equal(noToken.json().error.code, 'forbidden')
  const wrongField = await upload(REPORTER, '/toa-soan/anh', { _csrf: 'x'.repeat(32) }, file, false)
  assert.equal(wrongField.statusCode, 403)
  const signedOut = await portal.app.inject({ method: 'POST', url: '/toa-soan/anh', payload: body.payload, headers: { 'content-type': body.type } })
  assert.equal(signedOut.statusCode, 403)
})

test('one image at a time', async () => {
  const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#000' } }).png().toBuffer()
  const form = new FormData()
  for (const name of ['a.png', 'b.png']) form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), name)
  const body = new Response(form)
  const res = await portal.app.inject({
    method: 'POST', url: '/toa-soan/anh.json', payload: Buffer.from(await body.arrayBuffer()),
    headers: { 'content-type': body.headers.get('content-type')!, cookie: who[REPORTER]!.cookie, 'x-csrf-token': who[REPORTER]!.csrf },
  })
  assert.equal(res.statusCode, 413)
  assert.deepEqual(res.json().error, { code: 'too_many_files', message: 'Mỗi lần chỉ tải lên một ảnh.' })
})

test('alt text and caption can be corrected by the uploader, not by another reporter; both are audited', async () => {
  const { id } = (await portal.db.selectFrom('media').select('id').where('original_name', '=', 'ra-mat.jpg').executeTakeFirstOrThrow())
  const edit = async (email: string, fields: Record<string, string>) => portal.app.inject({
    method: 'POST', url: `/toa-soan/anh/${id}`, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: who[email]!.cookie },
    payload: new URLSearchParams({ _csrf: who[email]!.csrf, ...fields }).toString(),
  })
  assert.equal((await edit('ctv@example.vn', { alt: 'Sửa trộm', caption: '' })).statusCode, 403)
  const tooLong = await edit(REPORTER, { alt: 'a'.repeat(301), caption: '' })
  assert.equal(tooLong.statusCode, 422)
  assert.match(tooLong.body, /không được dài quá 300 ký tự/)
  assert.equal((await edit(REPORTER, { alt: 'Lễ ra mắt mô hình', caption: 'Ảnh: T.H' })).statusCode, 303)
  const page = parsePage((await get(REPORTER, `/toa-soan/anh/${id}?da-luu=1`)).body)
  assert.equal(page.querySelector('#f-alt')!.getAttribute('value'), 'Lễ ra mắt mô hình')
  const audit = await portal.db.selectFrom('audit_log').select('action').where('item_type', '=', 'media').where('item_id', '=', String(id)).orderBy('id').execute()
  assert.deepEqual(audit.map((a) => a.action), ['media.upload', 'media.edit'])
})

test('the library shows the newest first and continues with "Xem tiếp"', async () => {
  const user = await portal.db.selectFrom('users').select('id').where('email', '=', REPORTER).executeTakeFirstOrThrow()
  for (let i = 1; i <= 30; i++) {
    await insertMedia(portal.db, { storageKey: `uploads/2026/11/${String(i).padStart(24, '0')}`, widths: [480], originalName: `${i}.jpg`, mime: 'image/jpeg', width: 480, height: 320, bytes: 1, alt: `Ảnh số ${i}`, caption: '', uploadedBy: user.id }, new Date())
  }
  const first = parsePage((await get(REPORTER, '/toa-soan/anh')).body)
  assert.equal(allText(first, '.media-alt')[0], 'Ảnh số 30')
  const more = first.querySelector('a[rel="next"]')!.getAttribute('href')!
  const second = parsePage((await get(REPORTER, more)).body)
  assert.equal(allText(second, '.media-alt')[0], 'Ảnh số 6')
  assert.ok(allText(second, '.media-alt').includes('Lễ ra mắt mô hình'))
})
