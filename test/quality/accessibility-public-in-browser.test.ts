import { after, before, describe, test } from 'node:test'
import type { Browser, BrowserContext } from 'playwright-core'
import { launchBrowser } from '../support/browser.ts'
import { checkPage, DESKTOP, NEWSROOM_MODES, PUBLIC_MODES } from './accessibility-check.ts'
import { PUBLIC_PAGES, startQualityPortal, type QualityPortal } from './portal-pages.ts'

// Issue 13, "Measured, not guessed": axe finds nothing on any public page or newsroom screen in
// the default, high-contrast and largest-text modes; every page is photographed on a desktop
// (1366 px) and a phone (390 px) into test-results/ for a person to look at; a public page
// weighs under 60 KB of HTML, CSS and JavaScript as sent (pictures and fonts apart).

let quality: QualityPortal
let browser: Browser
let reader: BrowserContext

before(async () => {
  quality = await startQualityPortal()
  browser = await launchBrowser()
  reader = await browser.newContext({ viewport: DESKTOP })
})
after(async () => {
  await browser?.close()
  await quality?.portal.close()
})

describe('public pages', () => {
  for (const target of PUBLIC_PAGES) {
    test(`${target.name} (${target.path}): axe clean in every mode, under 60 KB, photographed`, async () => {
      await checkPage(reader, quality, target, PUBLIC_MODES)
    })
  }
  test('the newsroom sign-in page: axe clean in every mode', async () => {
    await checkPage(reader, quality, { name: 'newsroom-sign-in', path: '/toa-soan/dang-nhap', status: 200 }, NEWSROOM_MODES)
  })
})

