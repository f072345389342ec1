import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'
import { axeViolations } from '../support/axe.ts'
import { launchBrowser, screenshotPath } from '../support/browser.ts'
import { createArticle, createCategory } from '../support/factories.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// The English home, search and 404 pages in Chromium, checked by axe (issue 12, "Done when").


let portal: TestPortal
let base: string
let browser: Browser

before(async () => {
  portal = await buildTestPortal({ seed: true })
  const category = await createCategory(portal, 'Đối ngoại')
  await createArticle(portal, { categoryId: category, title: 'Province welcomes foreign investors', lead: 'An English summary.', bodyHtml: '<p>English text about investors.</p>', language: 'en' })
  await portal.search.whenIdle()
  base = await portal.listen()
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await portal?.close()
})

for (const [name, path, status] of [['home', '/en/', 200], ['search', '/en/search?q=investors', 200], ['404', '/en/no-such-page', 404]] as const) {
  test(`the English ${name} page is in English and axe finds no violation`, async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const res = await page.goto(base + path)
    assert.equal(res?.status(), status)
    assert.equal(await page.getAttribute('html', 'lang'), 'en')
    assert.equal(await page.locator('.site-search button').innerText(), 'Search')
    assert.deepEqual(await axeViolations(page), [])
    await page.screenshot({ path: screenshotPath(`english-${name}`), fullPage: true })
    await page.close()
  })
}
