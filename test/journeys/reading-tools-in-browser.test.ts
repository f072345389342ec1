import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, screenshotPath } from '../support/browser.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// Text size, contrast and printing, as a reader with poor sight or a printer uses them.
const SEED_URL = '/tin-tuc/dan-van/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-trien-khai-nhiem-vu-nam-2021'

let portal: TestPortal
let base: string
let browser: Browser

before(async () => {
  portal = await buildTestPortal({ seed: true })
  base = await portal.listen()
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await portal.close()
})

// The reader clicks the size's label ("A+"); the radio itself is hidden from sight, not from the keyboard.
const bodySize = (page: Page) => page.locator('.article-body').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
const headerColour = (page: Page) => page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor)

test('without JavaScript a reader makes the text larger and the contrast higher on the page itself', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  await page.goto(base + SEED_URL)
  const normal = await bodySize(page)
  const red = await headerColour(page)
  // On a phone the display tools fold with the menu, behind "Chuyên mục" (no script needed either).
  await page.locator('label.menu-button').click()
  await page.locator('label[for=co-chu-lon]').click()
  assert.ok(Math.abs(await bodySize(page) / normal - 1.1875) < 0.01, `${normal}px → ${await bodySize(page)}px`)
  await page.locator('label[for=co-chu-nho]').click()
  assert.ok(await bodySize(page) < normal)

  await page.getByLabel('Tương phản cao').check()
  assert.notEqual(await headerColour(page), red)
  assert.equal(await headerColour(page), 'rgb(0, 0, 0)')
  assert.equal(await page.locator('.print-button').isVisible(), false, 'printing from the page needs the script')
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`)
  await page.screenshot({ path: screenshotPath('article-phone-small-text-high-contrast-no-js'), fullPage: true })
  await context.close()
})

test('with JavaScript the choice goes with the reader from page to page, with no cookie, and the keyboard reaches it', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const cookies: string[] = []
  page.on('response', (res) => { const c = res.headers()['set-cookie']; if (c) cookies.push(`${res.url()}: ${c}`) })
  await page.goto(base + SEED_URL)
  const normal = await bodySize(page)

  await page.locator('#co-chu-vua').focus()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  assert.equal(await page.locator('#co-chu-rat-lon').isChecked(), true, 'arrow keys move through the sizes')
  await page.getByLabel('Tương phản cao').check()
  assert.ok(Math.abs(await bodySize(page) / normal - 1.375) < 0.01)

  await page.locator('.breadcrumb a', { hasText: 'Dân vận' }).click()
  await page.waitForURL(base + '/tin-tuc/dan-van')
  assert.equal(await page.locator('#co-chu-rat-lon').isChecked(), true, 'the size is kept on the next page')
  assert.equal(await page.locator('#tuong-phan-cao').isChecked(), true, 'and the contrast')
  assert.equal(await headerColour(page), 'rgb(0, 0, 0)')
  await page.screenshot({ path: screenshotPath('category-largest-text-high-contrast'), fullPage: true })
  assert.deepEqual(cookies, [], 'anonymous pages stay cookie-free')
  assert.deepEqual(await context.cookies(), [])

  await page.locator('label[for=co-chu-vua]').click()
  await page.getByLabel('Tương phản cao').uncheck()
  await page.goto(base + SEED_URL)
  assert.equal(await bodySize(page), normal, 'back to the usual size')
  await context.close()
})

test('an article prints without the menu, the sidebar, the comments or the controls', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(base + SEED_URL)
  assert.ok(await page.locator('.print-button').isVisible(), 'the script shows the print button')
  await page.emulateMedia({ media: 'print' })
  for (const hidden of ['.site-nav', '.sidebar', '.comments', '.reading-tools', '.site-search']) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`)
  }
  for (const shown of ['h1', '.article-body', '.byline', '.site-title']) {
    assert.ok(await page.locator(shown).first().isVisible(), `${shown} is printed`)
  }
  await page.pdf({ path: screenshotPath('article-print').replace(/\.png$/, '.pdf') })
  await page.close()
})

test('the display script is one immutable, cookie-free file under its content hash', async () => {
  const html = await (await fetch(base + '/')).text()
  const src = /<script src="(\/assets\/hien-thi-[0-9a-f]{12}\.js)" defer><\/script>/.exec(html)?.[1]
  assert.ok(src, 'every page links it')
  const res = await fetch(base + src)
  assert.equal(res.status, 200)
  assert.match(res.headers.get('content-type') ?? '', /^text\/javascript/)
  assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable')
  assert.equal(res.headers.get('set-cookie'), null)
  assert.match(await res.text(), /localStorage/)
})
