import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, screenshotPath } from '../support/browser.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// Issue 12's themes in a real browser: the seed article in the portal's own red and in the blue
// theme shipped in themes/xanh, each with axe-core reporting no accessibility violation.
const SEED_URL = '/tin-tuc/dan-van/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-trien-khai-nhiem-vu-nam-2021'
const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8')
const BLUE_THEME = new URL('../../themes/xanh', import.meta.url).pathname

let red: TestPortal
let blue: TestPortal
let browser: Browser
const base = { red: '', blue: '' }

before(async () => {
  ;[red, blue] = await Promise.all([buildTestPortal({ seed: true }), buildTestPortal({ seed: true, env: { THEME_DIR: BLUE_THEME } })])
  ;[base.red, base.blue] = await Promise.all([red.listen(), blue.listen()])
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await Promise.all([red?.close(), blue?.close()])
})

interface AxeViolation { id: string; impact: string; help: string; nodes: { target: string[] }[] }

/** axe-core's whole default rule set (WCAG 2.1 A and AA and best practices) on the page as shown. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP (no inline script) does not apply.
  await page.evaluate(AXE)
  const { violations, passes } = await page.evaluate(async () => {
    const results = await (globalThis as unknown as { axe: { run(): Promise<{ violations: unknown[]; passes: unknown[] }> } }).axe.run()
    return { violations: results.violations as AxeViolation[], passes: results.passes.length }
  })
  // An empty list must mean "checked and found nothing", not "never ran".
  assert.ok(passes >= 20, `axe ran its rules (${passes} passed)`)
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

for (const [name, theme, headerColour] of [['red (the portal\'s own)', 'red', 'rgb(164, 22, 26)'], ['blue (themes/xanh)', 'blue', 'rgb(11, 74, 143)']] as const) {
  test(`the seed article in the ${name} theme has no axe violation, on a desktop and a phone`, async () => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
      const page = await browser.newPage({ viewport })
      await page.goto(base[theme] + SEED_URL)
      assert.equal(await page.locator('h1').innerText(), 'Hội nghị tổng kết công tác Dân vận năm 2020, triển khai nhiệm vụ năm 2021')
      assert.equal(await page.locator('.site-header').evaluate((e) => getComputedStyle(e).backgroundColor), headerColour)
      await page.screenshot({ path: screenshotPath(`theme-${name.split(' ')[0]}-${viewport.width}`), fullPage: true })
      assert.deepEqual(await axeViolations(page), [], `${name} at ${viewport.width}px`)
      await page.close()
    }
  })
}

test('the blue theme\'s own header and footer replace the portal\'s', async () => {
  const page = await browser.newPage()
  await page.goto(base.blue + SEED_URL)
  assert.equal(await page.locator('.site-kicker').innerText(), 'CỔNG THÔNG TIN ĐIỆN TỬ')
  assert.match(await page.locator('.site-footer-note').innerText(), /Ghi rõ nguồn/)
  await page.close()
})
