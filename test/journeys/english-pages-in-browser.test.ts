import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { after, before, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, screenshotPath } from '../support/browser.ts'
import { createArticle, createCategory } from '../support/factories.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// The English home, search and 404 pages in Chromium, checked by axe (issue 12, "Done when").

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

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

async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE)
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run()
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  })
}

for (const [name, path, status] of [['home', '/en/', 200], ['search', '/en/search?q=investors', 200], ['404', '/en/no-such-page', 404]] as const) {
  test(`the English ${name} page is in English and axe finds no violation`, async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const res = await page.goto(base + path)
    assert.equal(res?.status(), status)
    assert.equal(await page.getAttribute('html', 'lang'), 'en')
    assert.equal(await page.locator('.site-search button').innerText(), 'Search')
    assert.deepEqual(await violations(page), [])
    await page.screenshot({ path: screenshotPath(`english-${name}`), fullPage: true })
    await page.close()
  })
}
