import assert from 'node:assert/strict'
import { readdirSync } from 'node:fs'
import { after, before, test } from 'node:test'
import { HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import sharp from 'sharp'
import { parsePage } from '../../../test/support/html.ts'
import { deleteImage, jpegOf, srcsetUrls, uploadImage, type Signed } from '../../../test/support/media.ts'
import { createUser, csrfOf, signIn } from '../../../test/support/newsroom.ts'
import { startTestS3, type TestS3 } from '../../../test/support/s3-server.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

// The portal with MEDIA_STORAGE=s3, against s3rver (a real S3-compatible HTTP server from npm).
let s3: TestS3
let portal: TestPortal
let bucket: S3Client
let reporter: Signed

before(async () => {
  s3 = await startTestS3()
  portal = await buildTestPortal({ env: s3.env, seed: true })
  bucket = new S3Client({ endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } })
  await createUser(portal.db, 'reporter', 'phongvien@example.vn')
  const { cookie } = await signIn(portal.app, 'phongvien@example.vn')
  reporter = { cookie, csrf: await csrfOf(portal.app, cookie) }
})
after(async () => {
  bucket.destroy()
  await portal.close()
  await s3.close()
})

const keysInBucket = async () =>
  ((await bucket.send(new ListObjectsV2Command({ Bucket: s3.bucket }))).Contents ?? []).map((o) => o.Key!).sort()

test('the demo portal\'s images are seeded into the bucket and shown from it', async () => {
  const keys = await keysInBucket()
  // The drawings as they are (article bodies show two), and the lead images as the library made them.
  assert.ok(keys.includes('demo/nha-dai-doan-ket.svg'))
  const article = await portal.db.selectFrom('articles').select(['lead_image_url', 'lead_image_thumbs']).where('lead_image_url', 'like', '/media/uploads/%').executeTakeFirstOrThrow()
  const src = article.lead_image_url!
  assert.ok(keys.includes(src.slice('/media/'.length)), src)
  const res = await portal.app.inject(src)
  assert.equal(res.statusCode, 200)
  assert.equal(res.headers['content-type'], 'image/webp')
  const thumb = article.lead_image_thumbs.split(' ')[0]!
  assert.equal((await portal.app.inject(thumb)).statusCode, 200, thumb)
  const drawing = await portal.app.inject('/media/demo/nha-dai-doan-ket.svg')
  assert.equal(drawing.headers['content-type'], 'image/svg+xml')
  assert.match(String(drawing.headers['content-security-policy']), /sandbox/)
  assert.match(drawing.body, /<svg/)
})

test('an image uploaded in the newsroom lands in the bucket, not on this machine, and is read back through /media', async () => {
  const image = await uploadImage(portal, reporter, await jpegOf(1200, 800), { alt: 'Quang cảnh hội nghị' })
  const urls = srcsetUrls(image.srcset)
  const keys = urls.map((u) => u.replace(/^\/media\//, ''))
  const stored = await keysInBucket()
  for (const key of keys) assert.ok(stored.includes(key), `${key} is in the bucket`)
  const head = await bucket.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: keys[0]! }))
  assert.equal(head.ContentType, 'image/webp')
  assert.deepEqual(readdirSync(portal.mediaDir), [], 'nothing was written to MEDIA_DIR')

  for (const [i, url] of urls.entries()) {
    const res = await portal.app.inject(url)
    assert.equal(res.statusCode, 200, url)
    assert.equal(res.headers['content-type'], 'image/webp')
    assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable')
    assert.equal(res.headers['x-content-type-options'], 'nosniff')
    assert.equal((await sharp(res.rawPayload).metadata()).width, [480, 960, 1200][i])
    assert.equal((await portal.app.inject({ url, headers: { 'if-none-match': String(res.headers.etag) } })).statusCode, 304)
  }
  assert.equal((await portal.app.inject('/media/uploads/2026/11/khong-co-480.webp')).statusCode, 404)
  assert.equal((await portal.app.inject('/media/..%2f..%2fpackage.json')).statusCode, 404)
})

test('an image uploaded on one instance is served by another instance on the same bucket, and deleted there for both', async () => {
  const other = await buildTestPortal({ env: s3.env, sameDatabaseAs: portal })
  try {
    const image = await uploadImage(portal, reporter, await jpegOf(640, 480))
    const res = await other.app.inject(image.url)
    assert.equal(res.statusCode, 200)
    assert.equal((await sharp(res.rawPayload).metadata()).width, 640)
    assert.deepEqual(readdirSync(other.mediaDir), [])

    const { cookie } = await signIn(other.app, 'phongvien@example.vn')
    assert.equal((await deleteImage(other, { cookie, csrf: await csrfOf(other.app, cookie) }, image.id)).statusCode, 303)
    assert.equal((await portal.app.inject(image.url)).statusCode, 404)
  } finally {
    await other.close()
  }
})

test('a deleted image leaves no object in the bucket', async () => {
  const image = await uploadImage(portal, reporter, await jpegOf(900, 600))
  const keys = srcsetUrls(image.srcset).map((u) => u.replace(/^\/media\//, ''))
  assert.equal((await deleteImage(portal, reporter, image.id)).statusCode, 303)
  const stored = await keysInBucket()
  assert.ok(keys.every((k) => !stored.includes(k)))
  assert.equal((await portal.app.inject(image.url)).statusCode, 404)
})

test('an over-long name is a 404 from the bucket too, never a 500 or 503', async () => {
  for (const url of [`/media/uploads/${'a'.repeat(300)}.webp`, `/media/uploads/${'b'.repeat(250)}/${'c'.repeat(250)}/${'d'.repeat(250)}.webp`, `/media/${'e'.repeat(1100)}`]) {
    assert.equal((await portal.app.inject(url)).statusCode, 404, url.slice(0, 80))
  }
})

test('when the bucket cannot be reached, /media answers 503 at once and an upload is refused without a record', async () => {
  const before = (await portal.db.selectFrom('media').select('id').execute()).length
  await s3.close()
  const res = await portal.app.inject('/media/demo/nha-dai-doan-ket.svg')
  assert.equal(res.statusCode, 503)
  assert.equal(res.headers['cache-control'], 'no-store')
  assert.match(parsePage(res.body).querySelector('main')?.textContent ?? res.body, /Kho ảnh tạm thời không truy cập được/)

  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await jpegOf(300, 200))], { type: 'image/jpeg' }), 'a.jpg')
  const body = new Response(form)
  const upload = await portal.app.inject({
    method: 'POST', url: '/toa-soan/anh.json', payload: Buffer.from(await body.arrayBuffer()),
    headers: { 'content-type': body.headers.get('content-type')!, cookie: reporter.cookie, 'x-csrf-token': reporter.csrf },
  })
  assert.equal(upload.statusCode, 503)
  assert.equal(upload.json().error.code, 'media_unavailable')
  assert.equal((await portal.db.selectFrom('media').select('id').execute()).length, before)
})
