import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, screenshotPath } from '../support/browser.ts'
import { createArticle, createCategory } from '../support/factories.ts'
import { jpegOf, uploadImage } from '../support/media.ts'
import { createUser, csrfOf, signIn } from '../support/newsroom.ts'
import { eventually } from '../support/wait.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// A reader meets an article with a photo gallery, an uploaded video and a YouTube video: without
// JavaScript the gallery is a list of figures; with it, a carousel the keyboard and a swipe move;
// nothing comes from YouTube (or the video file) before the reader asks for it.

const YOUTUBE_ID = 'dQw4w9WgXcQ'
let portal: TestPortal
let base: string
let browser: Browser
let path: string

before(async () => {
  portal = await buildTestPortal()
  const categoryId = await createCategory(portal, 'Dân vận')
  await createUser(portal.db, 'reporter', 'phongvien@example.vn')
  const { cookie } = await signIn(portal.app, 'phongvien@example.vn')
  const who = { cookie, csrf: await csrfOf(portal.app, cookie) }
  const photos = []
  for (const [i, colour] of ['#c33', '#3a6', '#36c'].entries()) photos.push(await uploadImage(portal, who, await jpegOf(1200, 800, colour), { alt: `Ảnh số ${i + 1}` }))
  const poster = await uploadImage(portal, who, await jpegOf(480, 360, '#222'), { alt: 'Ảnh bìa video' })
  const figures = photos.map((p, i) => `<figure><img src="${p.url}" srcset="${p.srcset}" alt="Ảnh số ${i + 1}" width="1200" height="800"><figcaption>Chú thích ảnh ${i + 1}</figcaption></figure>`).join('')
  const { slug } = await createArticle(portal, {
    categoryId, title: 'Bộ ảnh và video về ngày hội Đại đoàn kết',
    bodyHtml: `<p>Mở đầu bài.</p><div class="gallery">${figures}</div>
<figure class="video"><video src="/media/uploads/2026/12/khong-tai-truoc.mp4" width="1280" height="720"><track src="/media/uploads/2026/12/phu-de.vtt" srclang="vi"></video><figcaption>Video tải lên</figcaption></figure>
<figure class="youtube" data-youtube="${YOUTUBE_ID}"><a href="https://www.youtube.com/watch?v=${YOUTUBE_ID}"><img src="${poster.url}" alt="Phóng sự ngày hội" width="480" height="360"></a><figcaption>Phóng sự trên YouTube</figcaption></figure>`,
  })
  path = `/dan-van/${slug}`
  base = await portal.listen()
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await portal.close()
})

test('without JavaScript the gallery is a list of figures, each photo with its caption, and the YouTube video a picture linking to YouTube', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  await page.goto(base + path)
  const figures = page.locator('.article-body .gallery > figure')
  assert.equal(await figures.count(), 3)
  for (let i = 0; i < 3; i++) {
    assert.ok(await figures.nth(i).locator('img').isVisible(), `photo ${i + 1} shows`)
    assert.equal(await figures.nth(i).locator('figcaption').innerText(), `Chú thích ảnh ${i + 1}`)
  }
  const link = page.locator('figure.youtube a')
  assert.equal(await link.getAttribute('href'), `https://www.youtube.com/watch?v=${YOUTUBE_ID}`)
  assert.ok(await link.locator('img').isVisible())
  const video = page.locator('figure.video video')
  assert.equal(await video.getAttribute('preload'), 'none')
  assert.equal(await video.evaluate((v) => (v as HTMLVideoElement).controls), true)
  assert.equal(await page.locator('figure.video track').getAttribute('kind'), 'captions')
  await page.screenshot({ path: screenshotPath('gallery-without-javascript-phone'), fullPage: true })
  await context.close()
})

async function recordRequests(page: Page): Promise<string[]> {
  const requests: string[] = []
  page.on('request', (req) => requests.push(req.url()))
  // The network is not there in tests: YouTube's player is answered here, once asked for.
  await page.route('https://www.youtube-nocookie.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<p>player</p>' }))
  return requests
}

test('with JavaScript the gallery is a carousel: buttons, arrow keys and a swipe move it, and its place is said', async () => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } })
  const requests = await recordRequests(page)
  await page.goto(base + path)
  const gallery = page.locator('.article-body .gallery')
  await eventually(async () => (await gallery.getAttribute('aria-roledescription')) === 'bộ ảnh', 'the script makes the gallery a carousel')
  const status = gallery.locator('.gallery-controls .gallery-status')
  assert.equal(await status.getAttribute('aria-live'), 'polite')
  assert.equal(await status.innerText(), 'Ảnh 1/3')
  const visible = async () => (await gallery.locator('figure:visible figcaption').allInnerTexts()).join('|')
  assert.equal(await visible(), 'Chú thích ảnh 1')

  await gallery.getByRole('button', { name: 'Ảnh sau' }).click()
  assert.equal(await status.innerText(), 'Ảnh 2/3')
  assert.equal(await visible(), 'Chú thích ảnh 2')
  await page.keyboard.press('ArrowRight')
  assert.equal(await status.innerText(), 'Ảnh 3/3')
  await page.keyboard.press('ArrowRight')
  assert.equal(await status.innerText(), 'Ảnh 1/3', 'after the last comes the first')
  await page.keyboard.press('ArrowLeft')
  assert.equal(await status.innerText(), 'Ảnh 3/3')

  // A finger moving left shows the next photo.
  const photo = gallery.locator('figure:visible')
  await photo.dispatchEvent('pointerdown', { pointerType: 'touch', clientX: 600, clientY: 300, isPrimary: true })
  await photo.dispatchEvent('pointerup', { pointerType: 'touch', clientX: 480, clientY: 305, isPrimary: true })
  assert.equal(await status.innerText(), 'Ảnh 1/3')
  await page.screenshot({ path: screenshotPath('gallery-carousel-desktop') })
  assert.deepEqual(requests.filter((u) => /youtube|ytimg|googlevideo/.test(u)), [], 'nothing from YouTube')
  assert.deepEqual(requests.filter((u) => u.endsWith('.mp4') || u.endsWith('.vtt')), [], 'the video waits for its play button')
  await page.close()
})

test('a photo opens large in a dialog that the arrow keys move through; Escape closes it and focus comes back', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
  await page.goto(base + path)
  const gallery = page.locator('.article-body .gallery')
  await eventually(async () => (await gallery.getAttribute('role')) === 'group', 'the script has run')
  const open = gallery.getByRole('button', { name: 'Xem ảnh lớn: Ảnh số 1' })
  await open.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog')
  assert.ok(await dialog.isVisible())
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Đóng', 'focus moves into the dialog')
  assert.equal(await dialog.locator('.gallery-status').innerText(), 'Ảnh 1/3')
  await page.keyboard.press('ArrowRight')
  assert.equal(await dialog.locator('.gallery-status').innerText(), 'Ảnh 2/3')
  assert.equal(await dialog.locator('figcaption').innerText(), 'Chú thích ảnh 2')
  await page.screenshot({ path: screenshotPath('gallery-lightbox-phone') })
  await page.keyboard.press('Escape')
  assert.equal(await page.getByRole('dialog').count(), 0)
  // The dialog's 'close' event, which gives focus back, comes a task after Escape: on a busy machine, later.
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))
  await eventually(async () => (await focused()) === 'Xem ảnh lớn: Ảnh số 2', 'focus returns to the photo now shown', 3000)
  assert.equal(await gallery.locator('.gallery-controls .gallery-status').innerText(), 'Ảnh 2/3')
  await page.close()
})

test('nothing is asked of any YouTube host until the reader clicks; then the privacy-enhanced player takes the picture\'s place', async () => {
  const page = await browser.newPage()
  const requests = await recordRequests(page)
  const violations: string[] = []
  page.on('console', (message) => { if (/Content Security Policy/i.test(message.text())) violations.push(message.text()) })
  await page.goto(base + path)
  const play = page.getByRole('button', { name: 'Phát video: Phóng sự ngày hội' })
  await play.scrollIntoViewIfNeeded()
  assert.ok(await play.locator('img').isVisible(), 'the poster, from the portal, shows on the button')
  assert.deepEqual(requests.filter((u) => /youtube|ytimg|googlevideo|ggpht/.test(new URL(u).host)), [])
  await play.click()
  const frame = page.locator('figure.youtube iframe')
  assert.equal(await frame.getAttribute('src'), `https://www.youtube-nocookie.com/embed/${YOUTUBE_ID}?autoplay=1`)
  assert.equal(await frame.getAttribute('title'), 'Phóng sự ngày hội')
  await eventually(() => requests.some((u) => u.startsWith(`https://www.youtube-nocookie.com/embed/${YOUTUBE_ID}`)), 'the player is asked for')
  assert.deepEqual(requests.filter((u) => /(^|\.)youtube\.com$/.test(new URL(u).host)), [], 'never youtube.com itself')
  assert.deepEqual(violations, [], 'the Content Security Policy allows the player')
  await page.close()
})
