import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { newsroomTimeInput } from '../../src/platform/text/time.ts'
import { launchBrowser, screenshotPath, signInThroughForm } from '../support/browser.ts'
import { createUser } from '../support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// An approver posts a storm alert through the newsroom's form; a reader sees it on every page,
// hides it, reloads and goes elsewhere without seeing it again; a new alert shows. Without
// JavaScript the alert simply shows, with no button that would do nothing.
let portal: TestPortal
let base: string
let browser: Browser

before(async () => {
  portal = await buildTestPortal({ seed: true })
  await createUser(portal.db, 'approver', 'duyet@example.vn')
  base = await portal.listen()
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await portal?.close()
})

async function postAlert(page: Page, level: string, text: string): Promise<void> {
  await page.goto(base + '/toa-soan/canh-bao/moi')
  await page.getByLabel('Mức độ').selectOption({ label: level })
  await page.getByLabel(/Nội dung \(tiếng Việt/).fill(text)
  await page.getByLabel(/Kết thúc/).fill(newsroomTimeInput(new Date(Date.now() + 2 * 3600_000)))
  await page.getByRole('button', { name: 'Lưu' }).click()
  await page.getByRole('heading', { name: 'Cảnh báo khẩn' }).waitFor()
}

test('a reader hides an alert, it stays hidden on reload and on other pages; a new alert shows', async () => {
  const approver = await browser.newPage()
  await signInThroughForm(approver, base, 'duyet@example.vn')
  await postAlert(approver, 'Khẩn cấp', 'Bão số 9 đổ bộ: người dân các xã ven biển sơ tán trước 17 giờ')

  const context = await browser.newContext()
  const violations: string[] = []
  context.on('console', (message) => { if (/Content Security Policy/i.test(message.text())) violations.push(message.text()) })
  const reader = await context.newPage()
  await reader.goto(base + '/')
  const region = reader.getByRole('region', { name: 'Cảnh báo khẩn' })
  await region.getByText('Khẩn cấp:').waitFor()
  await region.getByText(/Bão số 9 đổ bộ/).waitFor()
  await reader.screenshot({ path: screenshotPath('alert-shown.png') })
  await region.getByRole('button', { name: 'Ẩn cảnh báo này' }).click()
  assert.equal(await region.isVisible(), false, 'hidden at once')
  assert.equal(await reader.evaluate(() => document.activeElement?.id), 'noi-dung', 'focus goes to the content, not lost')

  await reader.reload()
  assert.equal(await reader.getByText(/Bão số 9 đổ bộ/).isVisible(), false, 'still hidden after a reload')
  await reader.goto(base + '/van-ban')
  assert.equal(await reader.getByText(/Bão số 9 đổ bộ/).isVisible(), false, 'and on another page')
  assert.equal(await context.cookies().then((c) => c.length), 0, 'remembered without a cookie')

  await postAlert(approver, 'Cảnh báo', 'Triều cường: hạn chế đi lại ven sông Hương từ 18 giờ')
  await reader.reload()
  await reader.getByRole('region', { name: 'Cảnh báo khẩn' }).getByText(/Triều cường/).waitFor()
  assert.equal(await reader.getByText(/Bão số 9 đổ bộ/).isVisible(), false, 'the hidden one stays hidden')
  assert.deepEqual(violations, [])
  await context.close()
  await approver.close()
})

test('without JavaScript the alert simply shows, with no hide button', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(base + '/en/')
  const region = page.getByRole('region', { name: 'Urgent alerts' })
  await region.getByText(/Bão số 9 đổ bộ/).waitFor()
  assert.equal(await region.getByRole('button').count(), 0)
  await context.close()
})
