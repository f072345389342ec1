import assert from 'node:assert/strict'
import type { BrowserContext, Page } from 'playwright-core'
import { axeViolations } from '../support/axe.ts'
import { screenshotPath } from '../support/browser.ts'
import type { QualityPage, QualityPortal } from './portal-pages.ts'

// What the accessibility journeys check on each page (accessibility-*-in-browser.test.ts): axe
// in every mode, the weight of a public page, and photographs for a person to look at. The
// public pages and the newsroom's screens are two files, each within the runner's time per file.

export const PAGE_WEIGHT_LIMIT = 60 * 1024
export const DESKTOP = { width: 1366, height: 900 }
const PHONE = { width: 390, height: 844 }


/** The portal's own reading tools set the public modes, as a reader does (without JavaScript too). */
export const PUBLIC_MODES: Record<string, (page: Page) => Promise<void>> = {
  'default': async () => {},
  'high contrast': async (page) => page.locator('#tuong-phan-cao').check(),
  'largest text': async (page) => page.locator('label[for=co-chu-rat-lon]').click(),
}

/**
 * The newsroom has no reading tools: the system's high contrast (forced colours) and a doubled
 * text size. Under forced colours the browser, not the page, chooses every colour, and axe's
 * contrast rule reads the page's own colours (it failed black-on-white text), so that rule is
 * replaced by a check that nothing opts out of the system's colours.
 */
export const NEWSROOM_MODES: Record<string, (page: Page) => Promise<void>> = {
  'default': async () => {},
  'high contrast': async (page) => page.emulateMedia({ forcedColors: 'active' }),
  'largest text': async (page) => {
    await page.evaluate(() => { document.documentElement.style.fontSize = '200%' })
  },
}

export async function checkPage(context: BrowserContext, quality: QualityPortal, target: QualityPage, modes: typeof PUBLIC_MODES): Promise<void> {
  const page = await context.newPage()
  try {
    let weight = 0
    page.on('requestfinished', async (request) => {
      if (['document', 'stylesheet', 'script'].includes(request.resourceType())) weight += (await request.sizes()).responseBodySize
    })
    const res = await page.goto(quality.base + target.path, { waitUntil: 'load' })
    assert.equal(res?.status(), target.status, target.path)
    if (!target.path.startsWith('/toa-soan')) assert.ok(weight < PAGE_WEIGHT_LIMIT, `${target.path}: ${weight} bytes of HTML, CSS and JavaScript`)
    const problems: string[] = []
    for (const [mode, apply] of Object.entries(modes)) {
      if (mode !== 'default') {
        await page.emulateMedia({ forcedColors: 'none' })
        await page.reload()
      }
      await apply(page)
      const forced = await page.evaluate(() => matchMedia('(forced-colors: active)').matches)
      for (const violation of await axeViolations(page, 'html', forced ? { without: ['color-contrast'] } : {})) problems.push(`${mode}: ${violation}`)
      if (forced) {
        const optedOut = await page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => getComputedStyle(el).forcedColorAdjust === 'none').map((el) => el.tagName.toLowerCase() + (el.className ? `.${String(el.className).split(' ')[0]}` : '')))
        for (const element of optedOut) problems.push(`${mode}: ${element} keeps its own colours (forced-color-adjust: none)`)
      }
    }
    assert.deepEqual(problems, [], target.path)
    await page.emulateMedia({ forcedColors: 'none' })
    for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      await page.setViewportSize(viewport)
      await page.goto(quality.base + target.path)
      await page.screenshot({ path: screenshotPath(`quality-${target.name}-${size}`), fullPage: true })
    }
  } finally {
    await page.close()
  }
}


/**
 * The newsroom's screens in `parts` files, each taking every parts-th screen from `part`: each
 * file starts its own portal and browser and stays within the runner's five minutes a file (the
 * newsroom has some 70 screens at about 4 s each on a quiet machine).
 */
export const NEWSROOM_PARTS = 4
