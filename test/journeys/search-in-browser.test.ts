import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'
import { launchBrowser, screenshotPath } from '../support/browser.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

const SEED_TITLE = 'Hội nghị tổng kết công tác Dân vận năm 2020, triển khai nhiệm vụ năm 2021'

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

test('a reader types "dan van kheo" in the header box and finds the seed article with "Dân vận khéo" marked', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(base + '/')
  await page.getByLabel('Tìm kiếm').fill('dan van kheo')
  await page.getByLabel('Tìm kiếm').press('Enter')
  await page.waitForURL(/\/tim-kiem\?q=dan\+van\+kheo$/)
  assert.equal(await page.locator('main h1').innerText(), 'Tìm kiếm')
  assert.equal(await page.locator('main input[name=q]').inputValue(), 'dan van kheo', 'the query stays in the box')
  const seed = page.locator('.search-result').first()
  assert.equal(await seed.locator('h2').innerText(), SEED_TITLE, 'the seed article is the first result')
  assert.ok((await seed.locator('.snippet mark').allInnerTexts()).includes('Dân vận khéo'))
  await page.screenshot({ path: screenshotPath('search-dan-van-kheo'), fullPage: true })
  await seed.locator('h2 a').click()
  assert.equal(await page.locator('h1').innerText(), SEED_TITLE)
  await page.close()
})

test('on a phone the search box fits, and a search with nothing found explains what was searched', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
  await page.goto(base + '/')
  await page.getByLabel('Tìm kiếm').fill('"Khéo dân" trăng')
  await page.getByRole('button', { name: 'Tìm' }).click()
  await page.waitForURL(/\/tim-kiem\?q=/)
  assert.match(await page.locator('.nothing-found h2').innerText(), /Không tìm thấy bài viết nào cho “"Khéo dân" trăng”/)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`)
  await page.screenshot({ path: screenshotPath('search-nothing-found-phone'), fullPage: true })
  await page.close()
})
