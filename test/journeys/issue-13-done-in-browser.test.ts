import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchBrowser, screenshotPath, signInThroughForm } from '../support/browser.ts'
import { createUser } from '../support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// Issue 13's "Done when", in one journey on the demo portal: a reader on a phone reads the seed
// article with its picture under a compact header; an approver finds a published article by
// typing part of its title without diacritics, fixes a typo in the two-column editor and sees
// "Đã lưu"; the fix waits for a second person, and once they approve it, it is live.
const SEED_URL = '/tin-tuc/dan-van/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-trien-khai-nhiem-vu-nam-2021'
const SEED_TITLE = 'Hội nghị tổng kết công tác Dân vận năm 2020, triển khai nhiệm vụ năm 2021'
const FIXED_TITLE = 'Hội nghị tổng kết công tác dân vận năm 2020, triển khai nhiệm vụ năm 2021'

let portal: TestPortal
let base: string
let browser: Browser
const contexts: BrowserContext[] = []

before(async () => {
  portal = await buildTestPortal({ seed: true })
  await createUser(portal.db, 'approver', 'lanhdao-mot@example.vn')
  await createUser(portal.db, 'approver', 'lanhdao-hai@example.vn')
  base = await portal.listen()
  browser = await launchBrowser()
})
after(async () => {
  for (const c of contexts) await c.close()
  await browser?.close()
  await portal?.close()
})

async function signedIn(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } })
  contexts.push(context)
  const page = await context.newPage()
  await signInThroughForm(page, base, email)
  return page
}

const publicTitle = async () => (await (await fetch(base + SEED_URL)).text()).match(/<h1 class="article-title">([^<]*)<\/h1>/)?.[1]

test('a reader on a phone reads the seed article with its picture under a compact header', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  contexts.push(context)
  const page = await context.newPage()
  await page.goto(base + SEED_URL)
  const headerBottom = await page.locator('.site-nav, .site-header').evaluateAll((els) => Math.max(...els.map((el) => el.getBoundingClientRect().bottom)))
  assert.ok(headerBottom <= 140, `the header and menu end at ${headerBottom}px`)
  const picture = page.locator('.lead-image img')
  await picture.scrollIntoViewIfNeeded()
  assert.ok(await picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), 'the lead picture is shown')
  await page.screenshot({ path: screenshotPath('issue-13-reader-phone') })
})

test('an approver finds the article without diacritics, fixes a typo and sees "Đã lưu"; it is live once a second approver accepts it', async () => {
  const first = await signedIn('lanhdao-mot@example.vn')
  await first.getByRole('link', { name: 'Bài viết', exact: true }).first().click()
  await first.getByLabel('Tìm theo tiêu đề').fill('tong ket cong tac dan van')
  await first.getByLabel('Tìm theo tiêu đề').press('Enter')
  await first.locator('.article-list-table').getByRole('link', { name: SEED_TITLE }).click()
  await first.waitForURL(/\/toa-soan\/bai-viet\/\d+$/)
  const editorUrl = first.url()
  // Two columns: the settings column stands to the right of the text, not under it.
  const title = await first.getByLabel('Tiêu đề', { exact: true }).boundingBox()
  const settings = await first.locator('aside.editor-settings').boundingBox()
  assert.ok(title && settings && settings.x > title.x + title.width - 1 && settings.y < title.y + 400, `settings at ${JSON.stringify(settings)}, title at ${JSON.stringify(title)}`)
  await first.getByLabel('Tiêu đề', { exact: true }).fill(FIXED_TITLE)
  await first.keyboard.press('Control+s')
  await first.locator('[data-save-state]').filter({ hasText: /Đã lưu/ }).waitFor()
  assert.equal(await publicTitle(), SEED_TITLE, 'a change to a published article waits for a second look')

  const second = await signedIn('lanhdao-hai@example.vn')
  await second.goto(editorUrl + '/ban-sua')
  await second.getByRole('button', { name: 'Chấp nhận và đăng bản sửa' }).click()
  await second.waitForLoadState()
  assert.equal(await publicTitle(), FIXED_TITLE, 'live once the second approver accepted it')
})
