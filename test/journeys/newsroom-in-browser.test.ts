import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchBrowser, screenshotPath, signInThroughForm } from '../support/browser.ts'
import { createUser, TestClock } from '../support/newsroom.ts'
import { toNewsroomLocalInput } from '../../src/features/editorial/draft-form.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// Reporter, editor and leader take one article from draft to published on time, each in their
// own browser session, as the newsroom would.
const clock = new TestClock(new Date())
let portal: TestPortal
let base: string
let browser: Browser
const contexts: BrowserContext[] = []
const ARTICLE_TITLE = 'Hội nghị học tập mô hình “Dân vận khéo” năm 2026'
const PUBLIC_PATH = '/tin-tuc/dan-van/hoi-nghi-hoc-tap-mo-hinh-dan-van-kheo-nam-2026'

before(async () => {
  portal = await buildTestPortal({ seed: true, clock })
  const dan = await portal.db.selectFrom('categories').select('id').where('slug', '=', 'dan-van').executeTakeFirstOrThrow()
  await createUser(portal.db, 'reporter', 'phongvien@example.vn')
  await createUser(portal.db, 'editor', 'bientap@example.vn', [dan.id])
  await createUser(portal.db, 'approver', 'lanhdao@example.vn')
  base = await portal.listen()
  browser = await launchBrowser()
})
after(async () => {
  for (const c of contexts) await c.close()
  await browser?.close()
  await portal.close()
})

async function signedIn(email: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled })
  contexts.push(context)
  const page = await context.newPage()
  await signInThroughForm(page, base, email)
  return page
}

async function openArticle(page: Page, queue: string): Promise<void> {
  await page.goto(base + '/toa-soan/bai-viet?hang=' + queue)
  await page.locator('table.queue').getByRole('link', { name: ARTICLE_TITLE }).click()
}

test('a reporter without JavaScript writes an article with a pasted script and sends it for review', async () => {
  const page = await signedIn('phongvien@example.vn', false)
  await page.screenshot({ path: screenshotPath('newsroom-dashboard') })
  await page.goto(base + '/toa-soan/bai-viet/moi')
  await page.getByLabel('Tiêu đề', { exact: true }).fill(ARTICLE_TITLE)
  await page.getByLabel('Sapo').fill('Ban Dân vận Tỉnh ủy tổ chức hội nghị học tập các mô hình hay.')
  await page.getByLabel('Nội dung').fill('<p>Đoạn mở đầu.</p><script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2"><p>Đoạn kết.</p>')
  await page.getByLabel('Chuyên mục').selectOption({ label: '— Dân vận' })
  await page.getByLabel('Hình thức').selectOption('T/h')
  await page.getByLabel('Tên', { exact: true }).fill('Lê Hải')
  await page.screenshot({ path: screenshotPath('newsroom-article-form'), fullPage: true })
  await page.getByRole('button', { name: 'Lưu', exact: true }).click()
  await page.getByRole('button', { name: 'Gửi duyệt' }).click()
  assert.match(await page.locator('main').innerText(), /Trạng thái: Chờ biên tập/)

  assert.equal(await page.getByRole('button', { name: 'Xuất bản ngay' }).count(), 0)
})

test('with JavaScript the body is a rich-text editor worked from the keyboard, and a reporter cannot approve', async () => {
  const page = await signedIn('phongvien@example.vn')
  await page.goto(base + '/toa-soan/bai-viet/moi')
  await page.getByLabel('Tiêu đề', { exact: true }).fill('Bài viết bằng trình soạn thảo')
  await page.getByLabel('Chuyên mục').selectOption({ label: '— Dân vận' })
  const editor = page.getByRole('textbox', { name: 'Nội dung' })
  await editor.click()
  await page.keyboard.type('Mở đầu ')
  await page.keyboard.press('Control+B')
  await page.keyboard.type('in đậm')
  await page.keyboard.press('Control+B')
  await page.keyboard.press('Enter')
  await page.getByRole('toolbar', { name: 'Định dạng nội dung' }).getByRole('button', { name: 'Danh sách', exact: true }).click()
  // On a busy machine the list may appear a moment after the click: type only into it.
  await editor.locator('li').waitFor()
  await page.waitForFunction(() => document.activeElement?.classList.contains('ProseMirror'))
  await page.keyboard.type('Ý thứ nhất')
  await page.screenshot({ path: screenshotPath('newsroom-rich-editor'), fullPage: true })
  await page.getByRole('button', { name: 'Lưu', exact: true }).click()
  const id = Number(new URL(page.url()).pathname.split('/').at(-1))
  const stored = await portal.db.selectFrom('articles').select('body_html').where('id', '=', id).executeTakeFirstOrThrow()
  assert.match(stored.body_html, /<p>Mở đầu <strong>in đậm<\/strong><\/p><ul><li><p>Ý thứ nhất<\/p><\/li><\/ul>/)

  // Even a hand-made request with the page's own CSRF token cannot approve.
  await page.getByRole('button', { name: 'Gửi duyệt' }).click()
  const status = await page.evaluate(async (articleId) => {
    const token = (document.querySelector('input[name=_csrf]') as HTMLInputElement).value
    const res = await fetch(`/toa-soan/bai-viet/${articleId}/chuyen`, { method: 'POST', body: new URLSearchParams({ _csrf: token, transition: 'approve' }) })
    return res.status
  }, id)
  assert.equal(status, 403)
})

test('the editor of Dân vận approves it from the review queue', async () => {
  const page = await signedIn('bientap@example.vn')
  await page.goto(base + '/toa-soan/bai-viet?hang=cho-bien-tap')
  await page.screenshot({ path: screenshotPath('newsroom-review-queue'), fullPage: true })
  await openArticle(page, 'cho-bien-tap')
  await page.getByRole('button', { name: 'Duyệt' }).click()
  assert.match(await page.locator('main').innerText(), /Trạng thái: Chờ xuất bản/)
})

test('the leader schedules it, and readers see it at its time with the script gone', async () => {
  const page = await signedIn('lanhdao@example.vn')
  await openArticle(page, 'cho-xuat-ban')
  await page.getByLabel('Xuất bản lúc (giờ Việt Nam)').fill(toNewsroomLocalInput(new Date(clock.now().getTime() + 2 * 60_000)))
  await page.screenshot({ path: screenshotPath('newsroom-schedule'), fullPage: true })
  await page.getByRole('button', { name: 'Hẹn giờ xuất bản' }).click()
  assert.match(await page.locator('main').innerText(), /Trạng thái: Hẹn giờ/)

  const reader = await browser.newPage()
  assert.equal((await reader.goto(base + PUBLIC_PATH))!.status(), 404)
  clock.advance(2 * 60_000)
  await portal.scheduler.tick()
  assert.equal((await reader.goto(base + PUBLIC_PATH))!.status(), 200)
  assert.equal(await reader.locator('h1').innerText(), ARTICLE_TITLE)
  assert.equal(await reader.locator('.byline').innerText(), 'T/h: Lê Hải')
  assert.equal(await reader.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined)
  await reader.screenshot({ path: screenshotPath('newsroom-published-article'), fullPage: true })
  await reader.close()
})
