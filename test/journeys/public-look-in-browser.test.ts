import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { contrastRatio } from '../../src/features/site/brand/contrast.ts'
import { axeViolations } from '../support/axe.ts'
import { launchBrowser, screenshotPath } from '../support/browser.ts'
import { createUser, signIn } from '../support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// The demo portal on a phone and a desktop, as a reader sees it (issue 13, "The portal"): a
// compact header whose menu folds without JavaScript, search on one line, links large enough
// to tap, a font made for Vietnamese in every control, no axe violation in the default and
// high-contrast modes, and a screenshot of each page at 1366 and 390 px to look at.
const SEED_URL = '/tin-tuc/dan-van/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-trien-khai-nhiem-vu-nam-2021'
const PAGES = [['home', '/'], ['category', '/tin-tuc'], ['article', SEED_URL], ['tag', '/tu-khoa/dan-van-kheo'], ['search', '/tim-kiem?q=dan+van']] as const
const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1366, height: 900 }

let portal: TestPortal
let base: string
let browser: Browser

before(async () => {
  portal = await buildTestPortal({ seed: true })
  await portal.search.whenIdle()
  base = await portal.listen()
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await portal?.close()
})

async function open(viewport: typeof PHONE, path: string, javaScriptEnabled = true): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, javaScriptEnabled })
  const page = await context.newPage()
  const res = await page.goto(base + path)
  assert.equal(res?.status(), 200, path)
  return { context, page }
}

const bottomOf = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().bottom)
const menuShown = (page: Page) => page.locator('.site-nav').isVisible()

test('on a 390 px phone the header and menu end within 140 px on every page, with or without JavaScript', async () => {
  for (const javaScript of [false, true]) {
    for (const [name, path] of PAGES) {
      const { context, page } = await open(PHONE, path, javaScript)
      const headerEnd = await bottomOf(page, '.site-header')
      assert.ok(headerEnd <= 140, `${name}: the header ends at ${headerEnd}px`)
      assert.equal(await menuShown(page), false, `${name}: the menu is folded`)
      assert.ok(await page.locator('.site-logo').isVisible(), `${name}: the emblem is shown`)
      const mainTop = await page.locator('main').evaluate((el) => el.getBoundingClientRect().top)
      assert.ok(mainTop >= headerEnd, `${name}: nothing of the header lies over the content`)
      await context.close()
    }
  }
})

test('the menu button opens and closes the menu without JavaScript, by pointer and by keyboard, and with it', async () => {
  for (const javaScript of [false, true]) {
    const { context, page } = await open(PHONE, SEED_URL, javaScript)
    const button = page.locator('label.menu-button')
    assert.equal(await button.innerText(), 'Chuyên mục')
    await button.click()
    assert.ok(await menuShown(page), 'opened')
    assert.ok(await page.locator('.reading-tools').isVisible(), 'the display tools fold with the menu')
    await page.locator('.site-nav a', { hasText: 'Dân vận khéo' }).waitFor()
    await page.screenshot({ path: screenshotPath(`public-look-phone-menu-open${javaScript ? '' : '-no-js'}`) })
    await button.click()
    assert.equal(await menuShown(page), false, 'closed')

    // The keyboard reaches the switch after the skip link and toggles it with the space bar.
    await page.locator('.skip-link').focus()
    await page.keyboard.press('Tab')
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'mo-menu')
    const ring = await button.evaluate((el) => getComputedStyle(el).outlineStyle)
    assert.equal(ring, 'solid', 'the button shows the focus')
    await page.keyboard.press('Space')
    assert.ok(await menuShown(page), 'opened from the keyboard')
    await page.locator('.site-nav a', { hasText: 'Tin tức' }).click()
    await page.waitForURL(base + '/tin-tuc')
    assert.equal(await menuShown(page), false, 'the next page starts folded')
    await context.close()
  }
})

test('on a desktop the menu is always shown and the menu button is not', async () => {
  const { context, page } = await open(DESKTOP, '/')
  assert.ok(await menuShown(page))
  assert.equal(await page.locator('.menu-button').isVisible(), false)
  assert.equal(await page.locator('#mo-menu').evaluate((el) => getComputedStyle(el).display === 'none' || (el as HTMLInputElement).tabIndex < 0 || el.getBoundingClientRect().width <= 1), true)
  await context.close()
})

test('the search field and its button stay on one line, on a phone and a desktop', async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    const { context, page } = await open(viewport, '/')
    const input = await page.locator('#site-search-q').boundingBox()
    const button = await page.locator('.site-search button').boundingBox()
    assert.ok(input && button)
    assert.ok(Math.abs(input.y - button.y) < 2 && button.x > input.x, `${viewport.width}px: the button sits beside the field`)
    assert.ok(input.width >= 120, `${viewport.width}px: the field is ${input.width}px wide`)
    await context.close()
  }
})

test('share, tag and breadcrumb links are at least 24 px tall (target size)', async () => {
  const { context, page } = await open(PHONE, SEED_URL)
  for (const selector of ['.share a', '.tags a', '.breadcrumb a']) {
    const heights = await page.locator(selector).evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height))
    assert.ok(heights.length > 0, selector)
    for (const height of heights) assert.ok(height >= 24, `${selector}: ${height}px`)
  }
  await context.close()
})

test('at the largest text size the phone\'s first screen is mostly content, not header', async () => {
  const { context, page } = await open(PHONE, SEED_URL)
  await page.locator('.menu-button').click()
  await page.locator('label[for=co-chu-rat-lon]').click()
  await page.locator('.menu-button').click()
  const headerEnd = await bottomOf(page, '.site-header')
  assert.ok(headerEnd < PHONE.height / 3, `the header ends at ${headerEnd}px of ${PHONE.height}`)
  await page.screenshot({ path: screenshotPath('public-look-phone-largest-text') })
  await context.close()
})

test('every control, the comment box included, is drawn in the self-hosted Noto Sans, served from the portal', async () => {
  const context = await browser.newContext({ viewport: DESKTOP })
  const page = await context.newPage()
  const fonts: string[] = []
  page.on('response', (res) => { if (res.url().endsWith('.woff2')) fonts.push(new URL(res.url()).pathname) })
  await page.goto(base + SEED_URL)
  await page.evaluate(() => document.fonts.ready)
  for (const selector of ['textarea', 'input[type=text]', 'input[type=search]', 'button']) {
    const family = await page.locator(selector).first().evaluate((el) => getComputedStyle(el).fontFamily)
    assert.match(family, /^"Noto Sans"/, `${selector}: ${family}`)
  }
  assert.ok(await page.evaluate(() => document.fonts.check('16px "Noto Sans"', 'Quốc Đông')), 'the font is loaded for Vietnamese text')
  assert.ok(fonts.some((f) => /^\/assets\/noto-sans-vietnamese-400-normal-[0-9a-f]{12}\.woff2$/.test(f)), `fonts fetched: ${fonts.join(', ')}`)
  assert.ok(fonts.every((f) => f.startsWith('/assets/')), 'no font from elsewhere')
  // The comment box (the rating's comment box waits inside its closed <details>).
  await page.locator('#c-body').fill('Quốc Đông ý kiến')
  await page.locator('#c-body').screenshot({ path: screenshotPath('public-look-comment-box-vietnamese') })

  // The newsroom's fields too: the "Sapo" of the article form was the browser's monospace.
  await createUser(portal.db, 'reporter', 'phongvien.font@example.vn')
  const { cookie } = await signIn(portal.app, 'phongvien.font@example.vn')
  const [name, value] = cookie.split('=') as [string, string]
  await context.addCookies([{ name, value, url: base }])
  await page.goto(base + '/toa-soan/bai-viet/moi')
  for (const selector of ['#f-lead', '#f-title', 'select', 'button[type=submit]']) {
    const family = await page.locator(selector).first().evaluate((el) => getComputedStyle(el).fontFamily)
    assert.match(family, /^"Noto Sans"/, `newsroom ${selector}: ${family}`)
  }
  await context.close()
})

test('the focus ring on the red header and menu has at least 3:1 contrast', async () => {
  const { context, page } = await open(DESKTOP, '/')
  const hex = (rgb: string) => '#' + (rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')
  // The ring is drawn outside the element (outline-offset), on the nearest ground with a colour.
  const ringAndGround = async (selector: string) => {
    const colours = await page.locator(selector).evaluate((el) => {
      let ground = el.parentElement
      while (ground && getComputedStyle(ground).backgroundColor === 'rgba(0, 0, 0, 0)') ground = ground.parentElement
      return { ring: getComputedStyle(el).outlineColor, ground: getComputedStyle(ground!).backgroundColor }
    })
    return { ring: hex(colours.ring), ground: hex(colours.ground) }
  }
  await page.locator('.site-title').focus()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Shift+Tab')
  const header = await ringAndGround('.site-title')
  assert.ok(contrastRatio(header.ring, header.ground) >= 3, `header: ${header.ring} on ${header.ground}`)
  await page.locator('.site-nav a').first().focus()
  await page.keyboard.press('Tab')
  const menu = await ringAndGround('.site-nav a:focus-visible')
  assert.ok(contrastRatio(menu.ring, menu.ground) >= 3, `menu: ${menu.ring} on ${menu.ground}`)
  await context.close()
})

test('the article copies its address for Zalo with the button; without JavaScript the field is there to select', async () => {
  const { context: noScript, page: plain } = await open(PHONE, SEED_URL, false)
  assert.equal(await plain.locator('.copy-link-button').isVisible(), false)
  assert.ok(await plain.locator('#dia-chi-bai-viet').isVisible())
  assert.match(await plain.locator('#dia-chi-bai-viet').inputValue(), /^http:\/\/127\.0\.0\.1:3000\/tin-tuc\/dan-van\//)
  await noScript.close()

  const context = await browser.newContext({ viewport: PHONE })
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base })
  const page = await context.newPage()
  await page.goto(base + SEED_URL)
  await page.locator('.copy-link-button').click()
  await page.locator('.copy-link-status', { hasText: 'Đã sao chép liên kết.' }).waitFor()
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.locator('#dia-chi-bai-viet').inputValue())
  await context.close()
})

test('printed, the article shows its address under the title and a legible footer', async () => {
  const { context, page } = await open(DESKTOP, SEED_URL)
  await page.emulateMedia({ media: 'print' })
  assert.ok(await page.locator('.print-source').isVisible())
  assert.match(await page.locator('.print-source').innerText(), /^Địa chỉ bài viết: http:\/\/127\.0\.0\.1:3000\/tin-tuc\/dan-van\//)
  const footer = await page.locator('.site-footer a').first().evaluate((a) => ({ colour: getComputedStyle(a).color, ground: getComputedStyle(a.closest('.site-footer')!).backgroundColor }))
  assert.notEqual(footer.colour, 'rgb(255, 255, 255)', `footer link ${footer.colour} on ${footer.ground}`)
  assert.equal(await page.locator('.article-download').isVisible(), false, 'a download link means nothing on paper')
  await page.emulateMedia({ media: 'screen' })
  assert.ok(await page.locator('.article-download').isVisible())
  assert.equal(await page.locator('.print-source').isVisible(), false, 'on screen the date line is enough')
  await context.close()
})

for (const [name, path] of PAGES) {
  test(`the ${name} page has no axe violation in the default and high-contrast modes, and is photographed at 1366 and 390 px`, async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { context, page } = await open(viewport, path)
      assert.deepEqual(await axeViolations(page), [], `${name} at ${viewport.width}px`)
      await page.screenshot({ path: screenshotPath(`public-look-${name}-${viewport.width}`), fullPage: true })
      if (viewport === PHONE) {
        await page.locator('.menu-button').click()
        assert.deepEqual(await axeViolations(page), [], `${name} at ${viewport.width}px, menu open`)
        await page.locator('.menu-button').click()
      } else {
        await page.getByLabel('Tương phản cao').check()
        assert.deepEqual(await axeViolations(page), [], `${name} in high contrast`)
        await page.screenshot({ path: screenshotPath(`public-look-${name}-${viewport.width}-high-contrast`), fullPage: true })
      }
      await context.close()
    }
  })
}
