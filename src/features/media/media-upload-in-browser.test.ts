import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { launchBrowser } from '../../../test/support/browser.ts'
import { createUser, TEST_PASSWORD } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

// The plain upload form, in a real browser without JavaScript: the token must arrive before
// the file (the browser sends fields in the form's order), and a refusal given before the
// body is read must still reach the person as a page, not as "connection reset".
let portal: TestPortal
let base: string
let browser: Browser

before(async () => {
  portal = await buildTestPortal()
  await createUser(portal.db, 'reporter', 'phongvien@example.vn')
  base = await portal.listen()
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await portal.close()
})

async function uploadFormWithoutJavaScript(): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(base + '/toa-soan/dang-nhap')
  await page.getByLabel('Thư điện tử').fill('phongvien@example.vn')
  await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(base + '/toa-soan')
  await page.goto(base + '/toa-soan/anh/tai-len')
  return page
}

test('without JavaScript, a reporter uploads a photo through the plain form', async () => {
  const page = await uploadFormWithoutJavaScript()
  const photo = await sharp({ create: { width: 1000, height: 700, channels: 3, background: '#1d6f42' } }).jpeg().toBuffer()
  await page.getByLabel('Tệp ảnh').setInputFiles({ name: 'hoi-nghi.jpg', mimeType: 'image/jpeg', buffer: photo })
  await page.getByLabel('Lời mô tả ảnh (cho người không xem được ảnh)').fill('Quang cảnh hội nghị')
  await page.getByRole('button', { name: 'Tải lên' }).click()
  await page.waitForURL(base + '/toa-soan/anh?da-tai-len=1')
  assert.ok(await page.getByText('Đã tải ảnh lên.').isVisible())
  assert.ok(await page.getByRole('img', { name: 'Quang cảnh hội nghị' }).isVisible())
  await page.context().close()
})

test('when the session ended while the form was open, a 10 MB upload is answered with a page saying so', async () => {
  const page = await uploadFormWithoutJavaScript()
  await portal.db.deleteFrom('sessions').execute()
  // Random bytes: nothing the browser or the server could make smaller.
  const big = Buffer.from(Array.from({ length: 10 * 1024 * 1024 }, () => Math.floor(Math.random() * 256)))
  await page.getByLabel('Tệp ảnh').setInputFiles({ name: 'lon.jpg', mimeType: 'image/jpeg', buffer: big })
  const [answer] = await Promise.all([page.waitForResponse(base + '/toa-soan/anh'), page.getByRole('button', { name: 'Tải lên' }).click()])
  assert.equal(answer.status(), 403)
  await page.getByText('Phiên làm việc đã hết').waitFor()
  await page.context().close()
})
