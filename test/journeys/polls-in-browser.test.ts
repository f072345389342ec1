import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { typedNewsroomTime } from '../../src/platform/text/time.ts'
import { launchBrowser, screenshotPath, signInThroughForm } from '../support/browser.ts'
import { createArticle, createCategory } from '../support/factories.ts'
import { createUser } from '../support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// An editor opens a poll in the newsroom; a reader votes in the sidebar block of an article,
// without JavaScript and with it, and sees the results; a second vote from that browser is refused.
let portal: TestPortal
let base: string
let browser: Browser
let articlePath: string
const contexts: BrowserContext[] = []

before(async () => {
  portal = await buildTestPortal()
  const categoryId = await createCategory(portal, 'Tin tức')
  const { slug } = await createArticle(portal, { categoryId, title: 'Triển khai dịch vụ công trực tuyến toàn trình', publishedAt: new Date() })
  articlePath = `/tin-tuc/${slug}`
  await createUser(portal.db, 'editor', 'bientap@example.vn')
  base = await portal.listen()
  browser = await launchBrowser()
})
after(async () => {
  for (const c of contexts) await c.close()
  await browser?.close()
  await portal.close()
})

async function newPage(javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled })
  contexts.push(context)
  return context.newPage()
}

test('an editor opens a poll through the newsroom\'s form', async () => {
  const page = await newPage(true)
  await signInThroughForm(page, base, 'bientap@example.vn')
  await page.getByRole('link', { name: 'Bình chọn' }).click()
  await page.getByRole('link', { name: 'Thêm cuộc bình chọn' }).click()
  await page.getByLabel('Câu hỏi', { exact: true }).fill('Bạn đã nộp hồ sơ trực tuyến lần nào chưa?')
  await page.getByLabel('Phương án 1', { exact: true }).fill('Đã nộp')
  await page.getByLabel('Phương án 2', { exact: true }).fill('Chưa nộp')
  await page.getByLabel('Phương án 3 (không bắt buộc)').fill('Không biết cách nộp')
  await page.getByLabel('Mở lúc (giờ Việt Nam)').fill(typedNewsroomTime(new Date(Date.now() - 3600_000)))
  await page.getByLabel('Đóng lúc (giờ Việt Nam)').fill(typedNewsroomTime(new Date(Date.now() + 86_400_000)))
  await page.getByLabel('Bạn đọc xem kết quả').selectOption({ label: 'Ngay sau khi bình chọn' })
  await page.getByRole('button', { name: 'Lưu' }).click()
  await page.waitForURL(base + '/toa-soan/binh-chon')
  assert.match(await page.locator('table.polls').innerText(), /Bạn đã nộp hồ sơ trực tuyến lần nào chưa\?\s+Đang mở/)
})

test('without JavaScript a reader votes in the sidebar block, sees the results, and cannot vote twice', async () => {
  const page = await newPage(false)
  await page.goto(base + articlePath)
  const block = page.locator('aside.sidebar .poll-block')
  assert.match(await block.innerText(), /Bạn đã nộp hồ sơ trực tuyến lần nào chưa\?/)
  await block.getByLabel('Chưa nộp').check()
  await block.getByRole('button', { name: 'Bình chọn' }).click()
  await page.waitForURL(/\/binh-chon\/ban-da-nop-ho-so-truc-tuyen-lan-nao-chua\/bieu-quyet\?da-gui=1$/)
  assert.equal(await page.getByRole('status').innerText(), 'Cảm ơn bạn đã bình chọn.')
  const results = await page.locator('.poll-results').innerText()
  assert.match(results, /Chưa nộp\s+100% · 1 phiếu/)
  assert.match(results, /1 người đã bình chọn/)
  await page.screenshot({ path: screenshotPath('poll-results') })
  const cookies = await page.context().cookies()
  assert.deepEqual(cookies.map((c) => [c.name, c.path, c.httpOnly]), [['da-binh-chon', '/binh-chon/ban-da-nop-ho-so-truc-tuyen-lan-nao-chua/bieu-quyet', true]])

  await page.getByRole('link', { name: 'Về trang bình chọn' }).click()
  // The poll's own page: its form in the main column (the sidebar's block offers the same poll).
  const main = page.locator('main')
  await main.getByLabel('Đã nộp').check()
  await main.getByRole('button', { name: 'Bình chọn' }).click()
  assert.equal(await page.getByRole('status').innerText(), 'Bạn đã bình chọn trong cuộc bình chọn này; mỗi người chỉ bình chọn một lần.')
  assert.match(await page.locator('.poll-results').innerText(), /Đã nộp\s+0% · 0 phiếu/)
})

test('with JavaScript the same plain form works, and another reader\'s vote is counted', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, userAgent: 'Điện thoại của bạn đọc khác' })
  contexts.push(context)
  const page = await context.newPage()
  await page.goto(base + articlePath)
  const block = page.locator('.poll-block')
  await block.getByLabel('Đã nộp').check()
  await block.getByRole('button', { name: 'Bình chọn' }).click()
  await page.waitForURL(/bieu-quyet\?da-gui=1$/)
  assert.match(await page.locator('.poll-results').innerText(), /Đã nộp\s+50% · 1 phiếu[\s\S]*Chưa nộp\s+50% · 1 phiếu[\s\S]*2 người đã bình chọn/)
  const poll = await page.goto(base + '/binh-chon/ban-da-nop-ho-so-truc-tuyen-lan-nao-chua')
  assert.equal(poll?.headers()['set-cookie'], undefined, 'the poll\'s page sets no cookie')
})
