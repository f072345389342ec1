import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'
import { axeViolations } from '../support/axe.ts'
import { launchBrowser, screenshotPath } from '../support/browser.ts'
import { createUser, TEST_PASSWORD } from '../support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'
import { eventually } from '../support/wait.ts'

// Issue 12's themes in a real browser: the seed article in the portal's own red and in the blue
// theme shipped in themes/xanh, each with axe-core reporting no accessibility violation.
const SEED_URL = '/tin-tuc/dan-van/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-trien-khai-nhiem-vu-nam-2021'
const BLUE_THEME = new URL('../../themes/xanh', import.meta.url).pathname

let red: TestPortal
let blue: TestPortal
let browser: Browser
const base = { red: '', blue: '' }

before(async () => {
  ;[red, blue] = await Promise.all([buildTestPortal({ seed: true }), buildTestPortal({ seed: true, env: { THEME_DIR: BLUE_THEME } })])
  await createUser(red.db, 'administrator', 'quantri@example.vn')
  ;[base.red, base.blue] = await Promise.all([red.listen(), blue.listen()])
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await Promise.all([red?.close(), blue?.close()])
})

for (const [name, theme, headerColour] of [['red (the portal\'s own)', 'red', 'rgb(164, 22, 26)'], ['blue (themes/xanh)', 'blue', 'rgb(11, 74, 143)']] as const) {
  test(`the seed article in the ${name} theme has no axe violation, on a desktop and a phone; nor has the home page`, async () => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
      const page = await browser.newPage({ viewport })
      await page.goto(base[theme] + SEED_URL)
      assert.equal(await page.locator('h1').innerText(), 'Hội nghị tổng kết công tác Dân vận năm 2020, triển khai nhiệm vụ năm 2021')
      assert.equal(await page.locator('.site-header').evaluate((e) => getComputedStyle(e).backgroundColor), headerColour)
      await page.screenshot({ path: screenshotPath(`theme-${name.split(' ')[0]}-${viewport.width}`), fullPage: true })
      assert.deepEqual(await axeViolations(page), [], `${name} at ${viewport.width}px`)
      await page.close()
    }
    const home = await browser.newPage()
    await home.goto(base[theme] + '/')
    assert.deepEqual(await axeViolations(home), [], `${name}: the home page`)
    await home.close()
  })
}

test('axe does report a violation put into the page (an image without alternative text)', async () => {
  const page = await browser.newPage()
  await page.goto(base.red + SEED_URL)
  await page.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('img'), { src: '/khong-co.png' })))
  assert.match((await axeViolations(page)).join('\n'), /^image-alt \(critical\)/m)
  await page.close()
})

test('the blue theme\'s own header and footer replace the portal\'s', async () => {
  const page = await browser.newPage()
  await page.goto(base.blue + SEED_URL)
  assert.equal(await page.locator('.site-kicker').innerText(), 'CỔNG THÔNG TIN ĐIỆN TỬ')
  assert.match(await page.locator('.site-footer-note').innerText(), /Ghi rõ nguồn/)
  await page.close()
})

test('the settings screen previews the header, menu, links and fonts as they are typed, under the newsroom\'s CSP', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const blocked: string[] = []
  context.on('console', (message) => { if (/Content Security Policy/i.test(message.text())) blocked.push(message.text()) })
  const page = await context.newPage()
  await page.goto(base.red + '/toa-soan')
  await page.getByLabel('Thư điện tử').fill('quantri@example.vn')
  await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(base.red + '/toa-soan')
  await page.goto(base.red + '/toa-soan/quan-tri/cai-dat')
  const preview = page.locator('#xem-truoc-giao-dien')
  await preview.waitFor({ state: 'visible' })
  const style = (selector: string, property: 'backgroundColor' | 'color' | 'fontFamily') => page.locator(selector).evaluate((e, p) => getComputedStyle(e)[p], property)
  assert.equal(await style('.brand-preview-header', 'backgroundColor'), 'rgb(164, 22, 26)', 'the portal\'s own red to start with')

  await page.getByLabel(/^Màu chủ đạo/).fill('#0b4a8f')
  await page.getByLabel(/^Màu nhấn/).fill('0a58ca')
  await page.getByLabel('Phông chữ nội dung').selectOption('noto-serif')
  await eventually(async () => (await style('.brand-preview-header', 'backgroundColor')) === 'rgb(11, 74, 143)', 'the header follows the primary colour')
  assert.equal(await style('.brand-preview-nav', 'backgroundColor'), 'rgb(8, 56, 107)', 'the menu a shade darker')
  assert.equal(await style('.brand-preview-body a', 'color'), 'rgb(10, 88, 202)')
  assert.match(await style('.brand-preview', 'fontFamily'), /Noto Serif/)
  await page.getByLabel('Màu nền đầu trang').fill('#083567')
  await eventually(async () => (await style('.brand-preview-header', 'backgroundColor')) === 'rgb(8, 53, 103)', 'then the header\'s own colour')

  await page.screenshot({ path: screenshotPath('theme-preview'), fullPage: true })
  assert.deepEqual(await axeViolations(page, 'form.brand-form'), [], 'the brand form and its preview')
  await page.getByRole('button', { name: 'Lưu giao diện' }).click()
  await page.waitForURL(/da-luu-giao-dien/)
  const reader = await context.newPage()
  await reader.goto(base.red + SEED_URL)
  assert.equal(await reader.locator('.site-header').evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(8, 53, 103)')
  assert.deepEqual(await axeViolations(reader), [], 'the saved choice keeps the article axe-clean')
  assert.deepEqual(blocked, [], 'nothing trips the Content-Security-Policy')
  await context.close()
})
