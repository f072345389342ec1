import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createCategory } from '../../../test/support/factories.ts'
import { parsePage } from '../../../test/support/html.ts'
import { jpegOf, srcsetUrls, uploadImage, type Signed } from '../../../test/support/media.ts'
import { createUser, csrfOf, signIn } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

// MEDIA_PUBLIC_URL: a CDN (or the bucket's own address) in front of the media storage.
const CDN = 'https://anh.example.vn/media'
let portal: TestPortal
let categoryId: number
const who: Record<string, Signed> = {}

before(async () => {
  portal = await buildTestPortal({ env: { MEDIA_PUBLIC_URL: `${CDN}/` } })
  categoryId = await createCategory(portal, 'Tin tức')
  for (const [role, email] of [['reporter', 'phongvien@example.vn'], ['administrator', 'quantri@example.vn']] as const) {
    await createUser(portal.db, role, email, role === 'reporter' ? [categoryId] : [])
    const { cookie } = await signIn(portal.app, email)
    who[email] = { cookie, csrf: await csrfOf(portal.app, cookie) }
  }
})
after(() => portal.close())

const post = (email: string, url: string, fields: Record<string, string>) => portal.app.inject({
  method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: who[email]!.cookie },
  payload: new URLSearchParams({ _csrf: who[email]!.csrf, ...fields }).toString(),
})

test('a new upload is linked at MEDIA_PUBLIC_URL, and the portal still serves the same key under /media', async () => {
  const image = await uploadImage(portal, who['phongvien@example.vn']!, await jpegOf(1000, 600))
  assert.match(image.url, /^https:\/\/anh\.example\.vn\/media\/uploads\/\d{4}\/\d{2}\/[0-9a-f]{24}-1000\.webp$/)
  assert.ok(srcsetUrls(image.srcset).every((u) => u.startsWith(`${CDN}/uploads/`)))
  const local = await portal.app.inject(image.url.replace(CDN, '/media'))
  assert.equal(local.statusCode, 200, 'the CDN fetches from here (or from the bucket)')
  assert.equal(local.headers['content-type'], 'image/webp')
})

test('a lead image chosen for an article, and the logo, are linked at MEDIA_PUBLIC_URL', async () => {
  const image = await uploadImage(portal, who['phongvien@example.vn']!, await jpegOf(800, 500), { alt: 'Ảnh đại diện' })
  const draft = await post('phongvien@example.vn', '/toa-soan/bai-viet', {
    title: 'Bài có ảnh qua CDN', lead: 'Sapo.', bodyHtml: '<p>Nội dung.</p>', categoryId: String(categoryId), leadImageId: String(image.id), bylineKind: 'Bài', bylineName: 'Lê Hải',
  })
  assert.equal(draft.statusCode, 303, draft.body.slice(0, 300))
  const article = await portal.db.selectFrom('articles').select(['lead_image_url', 'lead_image_srcset']).where('title', '=', 'Bài có ảnh qua CDN').executeTakeFirstOrThrow()
  assert.equal(article.lead_image_url, image.url)
  assert.ok(article.lead_image_srcset.startsWith(`${CDN}/uploads/`))

  const settings = { name: 'Ban Dân vận Tỉnh ủy Bình Định', tagline: '', governingBody: '', responsiblePerson: '', licence: '', address: '', phone: '', email: '' }
  assert.equal((await post('quantri@example.vn', '/toa-soan/quan-tri/cai-dat', { ...settings, logoMediaId: String(image.id) })).statusCode, 303)
  const home = parsePage((await portal.app.inject('/')).body)
  assert.equal(home.querySelector('.site-header img.site-logo')?.getAttribute('src'), `${CDN}/${image.url.slice(CDN.length + 1).replace(/-800\.webp$/, '-480.webp')}`)
  const form = parsePage((await portal.app.inject({ url: '/toa-soan/quan-tri/cai-dat', headers: { cookie: who['quantri@example.vn']!.cookie } })).body)
  assert.equal(form.querySelector('#f-logoMediaId option[selected]')?.getAttribute('value'), String(image.id))
})
