import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser, Page, Route } from 'playwright-core'
import { launchBrowser, screenshotPath } from '../support/browser.ts'
import { createUser, TEST_PASSWORD } from '../support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// The demo portal's pictures as readers see them on a desktop and a phone, and an editor putting
// a library image into an article's body with the keyboard.
let portal: TestPortal
let base: string
let browser: Browser

before(async () => {
  portal = await buildTestPortal({ seed: true })
  await createUser(portal.db, 'editor', 'bientap@example.vn')
  base = await portal.listen()
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await portal.close()
})

/** Scrolls to the end and back, so every lazy picture has loaded, then waits for them. */
async function loadEveryPicture(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 400) {
      window.scrollTo(0, y)
      await new Promise((resolve) => requestAnimationFrame(resolve))
    }
    window.scrollTo(0, 0)
  })
  await page.waitForFunction(() => [...document.images].every((img) => img.complete))
}

for (const [name, viewport] of [['desktop', { width: 1366, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
  test(`the home page on a ${name}: a large lead picture, small ones beside and below, none broken, none shifting`, async () => {
    const page = await browser.newPage({ viewport })
    // The pictures are held back until the page is laid out: each box must have its final size
    // before its picture arrives (width and height), so nothing moves when it does.
    const held: Route[] = []
    let released = false
    await page.route(/\/media\/.+\.webp$/, (route) => (released ? route.continue() : void held.push(route)))
    await page.goto(base + '/', { waitUntil: 'domcontentloaded' })
    const boxes = () => page.locator('main img').evaluateAll((imgs) => imgs.map((img) => {
      const box = img.getBoundingClientRect()
      return `${Math.round(box.width)}×${Math.round(box.height)}`
    }))
    const empty = await boxes()
    assert.equal(await page.locator('main img').evaluateAll((imgs) => imgs.filter((img) => (img as HTMLImageElement).naturalWidth > 0).length), 0, 'no picture has arrived yet')
    released = true
    for (const route of held) await route.continue()
    const lead = page.locator('.lead-story img')
    assert.equal(await lead.getAttribute('fetchpriority'), 'high')
    assert.equal(await lead.getAttribute('loading'), null, 'the lead picture is not lazy')
    await loadEveryPicture(page)
    const pictures = await page.locator('main img').evaluateAll((imgs) => imgs.map((img) => {
      const i = img as HTMLImageElement
      return { src: i.currentSrc, natural: i.naturalWidth, width: i.getAttribute('width'), height: i.getAttribute('height'), shown: i.getBoundingClientRect().width }
    }))
    assert.ok(pictures.length >= 15, `${pictures.length} pictures`)
    for (const p of pictures) {
      assert.ok(p.natural > 0, `${p.src} did not load`)
      assert.ok(p.width && p.height, `${p.src} has no width and height`)
    }
    const leadWidth = (await lead.boundingBox())!.width
    const focusWidth = (await page.locator('.focus-list img').first().boundingBox())!.width
    assert.ok(leadWidth > 2.5 * focusWidth, `the lead picture (${leadWidth}px) is larger than those beside it (${focusWidth}px)`)
    assert.deepEqual(await boxes(), empty, 'every box kept its size when its picture arrived')
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`)
    await page.screenshot({ path: screenshotPath(`home-pictures-${name}`), fullPage: true })
    await page.close()
  })
}

async function editorPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(base + '/toa-soan')
  await page.getByLabel('Thư điện tử').fill('bientap@example.vn')
  await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(base + '/toa-soan')
  return page
}

test('an editor sets a picture\'s focal point by clicking it, and the thumbnails are cut around it', async () => {
  const page = await editorPage()
  const media = await portal.db.selectFrom('media').select(['id', 'storage_key']).orderBy('id').executeTakeFirstOrThrow()
  await page.goto(`${base}/toa-soan/anh/${media.id}`)
  const picture = page.locator('.focus-picker img')
  const box = (await picture.boundingBox())!
  // A quarter of the way across, near the bottom.
  await picture.click({ position: { x: box.width * 0.25, y: box.height * 0.8 } })
  assert.equal(await page.getByLabel('Theo chiều ngang (%)').inputValue(), '25')
  assert.equal(await page.getByLabel('Theo chiều dọc (%)').inputValue(), '80')
  assert.ok(await page.locator('.focus-marker').isVisible(), 'a marker shows the point')
  await page.screenshot({ path: screenshotPath('media-focal-point') })
  // The arrow keys move it too.
  await picture.focus()
  await page.keyboard.press('ArrowRight')
  assert.equal(await page.getByLabel('Theo chiều ngang (%)').inputValue(), '27')
  await page.getByRole('button', { name: 'Lưu', exact: true }).click()
  await page.waitForURL(`${base}/toa-soan/anh/${media.id}?da-luu=1`)
  const thumb = await page.locator('.media-thumb-preview img').getAttribute('src')
  assert.match(thumb ?? '', /-c27-80-320\.webp$/)
  const row = await portal.db.selectFrom('media').select(['focus_x', 'focus_y']).where('id', '=', media.id).executeTakeFirstOrThrow()
  assert.deepEqual([row.focus_x, row.focus_y], [27, 80])
  await page.close()
})

test('an editor puts a library picture into an article body with the keyboard, found by its caption without diacritics', async () => {
  const page = await editorPage()
  await page.goto(base + '/toa-soan/bai-viet/moi')
  await page.locator('.rich-editor-surface').click()
  await page.keyboard.type('Đoạn mở đầu.')
  await page.getByRole('button', { name: 'Ảnh', exact: true }).click()

  const dialog = page.getByRole('dialog', { name: 'Chèn ảnh vào bài' })
  await dialog.waitFor()
  await dialog.locator('.image-picker-grid button').first().waitFor()
  const search = dialog.getByLabel('Tìm theo mô tả hoặc chú thích')
  assert.ok(await search.evaluate((el) => el === document.activeElement), 'the search box has the focus')
  // "dong lua" finds the pictures of rice fields ("đồng lúa", "cánh đồng lúa") and nothing else.
  await search.fill('canh dong lua')
  await page.waitForFunction(() => [...document.querySelectorAll('.image-picker-grid span')].length > 0 &&
    [...document.querySelectorAll('.image-picker-grid span')].every((s) => /cánh đồng lúa/i.test(s.textContent ?? '') || /cánh đồng lúa/i.test((s.parentElement as HTMLElement).title)))
  await page.screenshot({ path: screenshotPath('image-picker') })
  await search.press('ArrowDown')
  const chosen = await dialog.locator('.image-picker-grid button').first().evaluate((b) => (b.querySelector('img') as HTMLImageElement).getAttribute('src'))
  assert.ok(await dialog.locator('.image-picker-grid button').first().evaluate((el) => el === document.activeElement), 'the arrow key went to the first picture')
  await page.keyboard.press('Enter')
  await dialog.waitFor({ state: 'detached' })

  const body = await page.locator('textarea[name=bodyHtml]').inputValue()
  const src = /<img src="([^"]+)"/.exec(body)?.[1]
  assert.ok(src && /^\/media\/uploads\/.+-\d+\.webp$/.test(src), body)
  assert.match(body, /srcset="[^"]+ 480w/)
  assert.match(body, /width="\d+" height="\d+"/)
  assert.match(body, /<figcaption>[^<]+<\/figcaption>/)
  assert.equal(src.split('-').slice(0, -1).join('-'), chosen!.split('-c')[0], 'the picture chosen is the one put in')
  assert.equal((await page.request.get(base + src)).status(), 200)

  // The lead image field opens the same picker: an older image, found by its alt text, is chosen.
  await page.getByRole('button', { name: 'Tìm trong thư viện ảnh…' }).click()
  const leadDialog = page.getByRole('dialog', { name: 'Chọn ảnh đại diện' })
  await leadDialog.getByLabel('Tìm theo mô tả hoặc chú thích').fill('ngoi truong mai xanh')
  await page.waitForFunction(() => document.querySelectorAll('.image-picker-grid button').length === 1 &&
    /ngôi trường mái xanh/.test(document.querySelector('.image-picker-grid span')?.textContent ?? ''))
  await leadDialog.getByLabel('Tìm theo mô tả hoặc chú thích').press('ArrowDown')
  await page.keyboard.press('Enter')
  await leadDialog.waitFor({ state: 'detached' })
  const school = await portal.db.selectFrom('media').select('id').where('alt', 'like', '%ngôi trường mái xanh%').executeTakeFirstOrThrow()
  assert.equal(await page.locator('input[name=leadImageId]:checked').getAttribute('value'), String(school.id))
  await page.close()
})
