import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchBrowser, screenshotPath } from '../support/browser.ts'
import { createArticle, createCategory } from '../support/factories.ts'
import { createUser, TEST_PASSWORD } from '../support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// A reader comments without and with JavaScript, a moderator approves in the newsroom, and the
// comments appear under the article; a script in a comment stays text.
let portal: TestPortal
let base: string
let browser: Browser
let articlePath: string
const contexts: BrowserContext[] = []
const HOSTILE = '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2">'

before(async () => {
  portal = await buildTestPortal()
  const news = await createCategory(portal, 'Tin tức')
  const categoryId = await createCategory(portal, 'Dân vận', news)
  const { slug } = await createArticle(portal, { categoryId, title: 'Hội nghị tổng kết công tác Dân vận', publishedAt: new Date() })
  articlePath = `/tin-tuc/dan-van/${slug}`
  await createUser(portal.db, 'moderator', 'kiemduyet@example.vn')
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

async function fillComment(page: Page, name: string, body: string): Promise<void> {
  await page.getByLabel('Họ và tên').fill(name)
  await page.getByLabel('Thư điện tử (không hiển thị công khai)').fill('bandoc@example.vn')
  await page.getByLabel('Ý kiến', { exact: true }).fill(body)
}

test('without JavaScript a reader posts with a plain form and is told it awaits moderation', async () => {
  const page = await newPage(false)
  await page.goto(base + articlePath)
  await fillComment(page, 'Nguyễn Văn An', 'Bài viết rất thiết thực.\nMong có thêm nhiều mô hình hay.')
  await page.getByRole('button', { name: 'Gửi ý kiến' }).click()
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Ý kiến của bạn đang chờ kiểm duyệt')
  await page.screenshot({ path: screenshotPath('comments-awaiting-moderation') })
  assert.equal((await page.context().cookies()).length, 0, 'no cookie was set')
  await page.getByRole('link', { name: 'Quay lại bài viết' }).click()
  assert.doesNotMatch(await page.locator('.comments').innerText(), /Bài viết rất thiết thực/)
})

test('with JavaScript the form counts characters, submits in place, and solves the challenge of a fast poster', async () => {
  const page = await newPage(true)
  await page.goto(base + articlePath)
  await fillComment(page, 'Trần <b>Bình</b>', HOSTILE)
  assert.equal(await page.locator('#c-body-count').innerText(), `${HOSTILE.length}/2000 ký tự`)
  await page.getByRole('button', { name: 'Gửi ý kiến' }).click()
  await page.locator('.comment-status', { hasText: 'đang chờ kiểm duyệt' }).waitFor()
  assert.equal(page.url(), base + articlePath, 'still on the article')
  assert.equal(await page.locator('#c-body').inputValue(), '')

  // A third comment from this address within minutes: the script passes the challenge itself.
  await page.getByLabel('Ý kiến', { exact: true }).fill('Ý kiến thứ ba, gửi nhanh.')
  await page.getByRole('button', { name: 'Gửi ý kiến' }).click()
  await page.locator('.comment-status', { hasText: 'đang chờ kiểm duyệt' }).waitFor({ timeout: 60_000 })
  await page.screenshot({ path: screenshotPath('comments-sent-in-place'), fullPage: true })

  await page.getByLabel('Ý kiến', { exact: true }).fill('')
  await page.getByLabel('Họ và tên').fill('')
  await page.getByRole('button', { name: 'Gửi ý kiến' }).evaluate((b) => (b as HTMLButtonElement).form!.noValidate = true)
  await page.getByRole('button', { name: 'Gửi ý kiến' }).click()
  await page.locator('#e-name').waitFor()
  assert.equal(await page.locator('#e-name').innerText(), 'Xin nhập họ và tên.')
  assert.equal(await page.locator('#e-body').innerText(), 'Xin nhập nội dung ý kiến.')
  const rows = await portal.db.selectFrom('comments').select(['status', 'body']).execute()
  assert.equal(rows.length, 3)
  assert.ok(rows.every((r) => r.status === 'pending'))
})

test('a moderator approves in the newsroom; the comments appear, and the script in one stays text', async () => {
  const moderator = await newPage(true)
  await moderator.goto(base + '/toa-soan')
  await moderator.getByLabel('Thư điện tử').fill('kiemduyet@example.vn')
  await moderator.getByLabel('Mật khẩu').fill(TEST_PASSWORD)
  await moderator.getByRole('button', { name: 'Đăng nhập' }).click()
  await moderator.getByRole('link', { name: 'Ý kiến bạn đọc' }).click()
  assert.match(await moderator.locator('.queue-tabs').innerText(), /Chờ duyệt \(3\)/)
  await moderator.screenshot({ path: screenshotPath('comments-moderation-queue'), fullPage: true })
  for (const box of await moderator.locator('input[name=ids]').all()) await box.check()
  await moderator.getByRole('button', { name: 'Duyệt', exact: true }).click()
  assert.equal(await moderator.getByRole('heading', { level: 1 }).innerText(), 'Duyệt 3 ý kiến?', 'a bulk action says what it will do first')
  await moderator.getByRole('button', { name: 'Duyệt 3 ý kiến' }).click()
  assert.match(await moderator.locator('.queue-tabs').innerText(), /Chờ duyệt \(0\)/)
  assert.match(await moderator.locator('.queue-tabs').innerText(), /Đã duyệt \(3\)/)

  const reader = await newPage(true)
  await reader.goto(base + articlePath)
  const comments = reader.locator('.comment-list')
  await comments.waitFor()
  const text = await comments.innerText()
  assert.match(text, /Bài viết rất thiết thực\.\nMong có thêm nhiều mô hình hay\./, 'line breaks kept')
  assert.ok(text.includes(HOSTILE), 'the script is shown as text')
  assert.ok(text.includes('Trần <b>Bình</b>'))
  assert.equal(await reader.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined)
  assert.equal(await reader.locator('.comment-list img').count(), 0)
  await reader.getByRole('link', { name: 'Trả lời', exact: true }).first().click()
  assert.match(await reader.locator('.replying-to').innerText(), /Trả lời ý kiến của Nguyễn Văn An/)
  await reader.locator('#y-kien').screenshot({ path: screenshotPath('comments-under-article') })
})
