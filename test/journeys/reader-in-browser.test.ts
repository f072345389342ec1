import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'
import { launchBrowser, screenshotPath } from '../support/browser.ts'
import { createArticle } from '../support/factories.ts'
import { eventually } from '../support/wait.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

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

test('a reader on a phone reads the seed article in Chromium', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
  await page.goto(base + SEED_URL)
  assert.equal(await page.locator('h1').innerText(), 'Hội nghị tổng kết công tác Dân vận năm 2020, triển khai nhiệm vụ năm 2021')
  assert.equal(await page.locator('.byline').innerText(), 'T/h: Lê Hải')
  assert.ok(await page.locator('.breadcrumb').isVisible())
  // The body must not overflow a phone's width.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`)
  await page.screenshot({ path: screenshotPath('article-phone'), fullPage: true })
  await page.close()
})

test('reading an article in Chromium counts one view, however often it is reloaded', async () => {
  // An article of its own: the other tests' pages were read from this address already.
  const category = (await portal.db.selectFrom('categories').select('id').where('slug', '=', 'dan-van').executeTakeFirstOrThrow()).id
  const { id: articleId, slug } = await createArticle(portal, { title: 'Bài đọc thử trong Chromium', categoryId: category })
  const viewsToday = async () => Number((await portal.db.selectFrom('article_views').select((eb) => eb.fn.sum<number>('views').as('n')).where('article_id', '=', articleId).executeTakeFirst())?.n ?? 0)
  const page = await browser.newPage()
  const beacons: string[] = []
  page.on('requestfinished', (req) => { if (req.url().includes('/luot-doc/')) beacons.push(`${req.method()} ${new URL(req.url()).pathname}`) })
  await page.goto(`${base}/tin-tuc/dan-van/${slug}`)
  await eventually(() => beacons.length === 1, 'the page sends its beacon')
  await page.reload()
  await eventually(() => beacons.length === 2, 'the reloaded page sends one too')
  assert.deepEqual(beacons, [`POST /luot-doc/${articleId}`, `POST /luot-doc/${articleId}`])
  await page.close()
  await portal.views.flush()
  assert.equal(await viewsToday(), 1, 'the reload is the same reader')
})

test('without JavaScript, the keyboard reaches the content and the website links', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.goto(base + SEED_URL)
  await page.keyboard.press('Tab')
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Chuyển đến nội dung chính')
  await page.keyboard.press('Enter')
  assert.equal(await page.evaluate(() => location.hash), '#noi-dung')

  // The first group shows its links as they are (it is named as the block); the next is a disclosure.
  const closed = page.locator('.links-block details', { hasText: 'Cơ quan trong tỉnh' })
  assert.equal(await closed.getAttribute('open'), null)
  await closed.locator('summary').focus()
  await page.keyboard.press('Enter')
  assert.notEqual(await closed.getAttribute('open'), null, 'Enter opens the group')
  const link = closed.locator('a').first()
  assert.ok(await link.isVisible())
  assert.match((await link.getAttribute('rel'))!, /noopener/)
  await page.screenshot({ path: screenshotPath('article-desktop-no-js'), fullPage: true })
  await context.close()
})

test('the home page and a category page render for the reader', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(base + '/')
  assert.ok(await page.locator('.lead-story h3').isVisible())
  await page.screenshot({ path: screenshotPath('home'), fullPage: true })
  await page.locator('.site-nav a', { hasText: 'Tin tức' }).click()
  assert.equal(new URL(page.url()).pathname, '/tin-tuc')
  assert.equal(await page.locator('h1').innerText(), 'Tin tức')
  await page.screenshot({ path: screenshotPath('category'), fullPage: true })
  await page.close()
})
