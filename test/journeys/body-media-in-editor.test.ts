import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'
import { launchBrowser, screenshotPath } from '../support/browser.ts'
import { createCategory } from '../support/factories.ts'
import { jpegOf, uploadImage } from '../support/media.ts'
import { createUser, csrfOf, signIn, TEST_PASSWORD } from '../support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// The article editor (TipTap) keeps a gallery, an uploaded video and a YouTube video as the
// server writes them, and inserts a YouTube video from its address.

let portal: TestPortal
let base: string
let browser: Browser
let articleId: number

before(async () => {
  // No YouTube picture can be fetched here: the article keeps its plain links.
  portal = await buildTestPortal({ env: { YOUTUBE_POSTER_URL: 'http://127.0.0.1:9/vi/{id}/hqdefault.jpg' } })
  const categoryId = await createCategory(portal, 'Dân vận')
  await createUser(portal.db, 'reporter', 'phongvien@example.vn', [categoryId])
  const { cookie } = await signIn(portal.app, 'phongvien@example.vn')
  const csrf = await csrfOf(portal.app, cookie)
  const a = await uploadImage(portal, { cookie, csrf }, await jpegOf(800, 600, '#c33'))
  const b = await uploadImage(portal, { cookie, csrf }, await jpegOf(800, 600, '#36c'))
  const body = `<p>Mở đầu.</p><div class="gallery"><figure><img src="${a.url}" alt="Ảnh A"><figcaption>Chú thích A</figcaption></figure><figure><img src="${b.url}" alt="Ảnh B"><figcaption>Chú thích B</figcaption></figure></div>`
    + '<figure class="video"><video src="/media/uploads/2026/12/video.mp4"><track src="/media/uploads/2026/12/video.vtt" srclang="vi" label="Tiếng Việt"></video><figcaption>Video hội nghị</figcaption></figure><p>Kết.</p>'
  const res = await portal.app.inject({
    method: 'POST', url: '/toa-soan/bai-viet', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    payload: new URLSearchParams({ _csrf: csrf, title: 'Bài có bộ ảnh và video', lead: 'Sapo.', bodyHtml: body, categoryId: String(categoryId), bylineKind: '', bylineName: '' }).toString(),
  })
  articleId = Number(/\/bai-viet\/(\d+)$/.exec(String(res.headers.location))![1])
  base = await portal.listen()
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await portal.close()
})

test('the editor shows the gallery and the video, inserts a YouTube video from its address, and saves all three as the server keeps them', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.goto(base + '/toa-soan')
  await page.getByLabel('Thư điện tử').fill('phongvien@example.vn')
  await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(base + '/toa-soan')
  await page.goto(`${base}/toa-soan/bai-viet/${articleId}`)
  const surface = page.locator('.rich-editor-surface')
  await surface.waitFor()
  assert.equal(await surface.locator('div.gallery > figure').count(), 2)
  assert.equal(await surface.locator('figure.video video[preload="none"] track[kind="captions"]').count(), 1)

  await surface.locator('p', { hasText: 'Kết.' }).click()
  const answers = ['https://youtu.be/dQw4w9WgXcQ?t=10', 'Phóng sự ngày hội']
  page.on('dialog', (dialog) => void dialog.accept(answers.shift()))
  await page.getByRole('button', { name: 'YouTube' }).click()
  await surface.locator('figure.youtube[data-youtube="dQw4w9WgXcQ"]').waitFor()
  await page.screenshot({ path: screenshotPath('editor-gallery-video-youtube') })
  await page.getByRole('button', { name: 'Lưu' }).first().click()
  await page.locator('.notice', { hasText: 'Đã lưu' }).waitFor()

  const { body_html: saved } = await portal.db.selectFrom('articles').select('body_html').where('id', '=', articleId).executeTakeFirstOrThrow()
  assert.match(saved, /<div class="gallery">\s*<figure><img src="[^"]+" alt="Ảnh A"[^>]*\/?><figcaption>Chú thích A<\/figcaption><\/figure>\s*<figure><img[^>]+alt="Ảnh B"/)
  assert.match(saved, /<figure class="video"><video controls preload="none" src="\/media\/uploads\/2026\/12\/video\.mp4"><track kind="captions" src="\/media\/uploads\/2026\/12\/video\.vtt" srclang="vi" label="Tiếng Việt"( default)?><\/video><figcaption>Video hội nghị<\/figcaption><\/figure>/)
  assert.match(saved, /<figure class="youtube" data-youtube="dQw4w9WgXcQ"><a href="https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ"[^>]*>Xem video trên YouTube<\/a><figcaption>Phóng sự ngày hội<\/figcaption><\/figure>/)
  await context.close()
})
