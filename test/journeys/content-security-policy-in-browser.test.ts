import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, test } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchBrowser, screenshotPath } from '../support/browser.ts'
import { createUser, TEST_PASSWORD } from '../support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'
import { eventually } from '../support/wait.ts'

// Audit 11.8 in a real browser: with the Content-Security-Policy enforced, everything our own
// scripts do still works (display controls, the view beacon, comments sent in place, the rich
// editor), no page of ours trips the policy, and what the policy is for does happen: an
// injected inline script does not run and another site cannot frame a page.
const SEED_URL = '/tin-tuc/dan-van/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-trien-khai-nhiem-vu-nam-2021'
let portal: TestPortal
let base: string
let browser: Browser
const contexts: BrowserContext[] = []
/** Every violation any page reported, from the event and from Chromium's console. */
const violations: string[] = []

before(async () => {
  portal = await buildTestPortal({ seed: true })
  await createUser(portal.db, 'reporter', 'phongvien@example.vn')
  base = await portal.listen()
  browser = await launchBrowser()
})
after(async () => {
  for (const c of contexts) await c.close()
  await browser?.close()
  await portal.close()
})

/** A browser context that reports every CSP violation of every page it opens. */
async function watchedContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  contexts.push(context)
  await context.exposeBinding('__reportViolation', ({ page }, text: string) => { violations.push(`${page.url()}: ${text}`) })
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportViolation(text: string): void }).__reportViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`)
    })
  })
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${message.page()?.url()}: console: ${message.text()}`)
  })
  return context
}

async function noViolations(page: Page): Promise<void> {
  // Reports travel through a binding: let the page's last ones arrive.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)))
  assert.deepEqual(violations, [], 'no page trips the Content-Security-Policy')
}

test("a reader's pages work under the policy: display controls, the view beacon, comments sent in place, search", async () => {
  const page = await (await watchedContext()).newPage()
  await page.goto(base + '/')
  assert.equal(await page.locator('.print-button').isVisible(), true, 'the display script ran')
  await page.locator('label[for=co-chu-lon]').click()
  await eventually(async () => (await page.evaluate(() => localStorage.getItem('toasoan.hien-thi')))?.includes('"lon"') ?? false, 'the size is kept')

  const beacon = page.waitForResponse((res) => res.url().includes('/luot-doc/'))
  await page.goto(base + SEED_URL)
  assert.equal((await beacon).status(), 204, 'the view beacon was sent and taken')
  assert.equal(await page.locator('#co-chu-lon').isChecked(), true, 'the size followed the reader to the article')

  await page.getByLabel('Họ và tên').fill('Nguyễn Văn An')
  await page.getByLabel('Thư điện tử (không hiển thị công khai)').fill('bandoc@example.vn')
  await page.getByLabel('Ý kiến', { exact: true }).fill('Bài viết rất thiết thực.')
  assert.match(await page.locator('#c-body-count').innerText(), /\/2000 ký tự/, 'the comment script counts characters')
  await page.getByRole('button', { name: 'Gửi ý kiến' }).click()
  await page.locator('.comment-status', { hasText: 'đang chờ kiểm duyệt' }).waitFor()
  assert.equal(page.url(), base + SEED_URL, 'sent in place by the comment script')

  await page.getByLabel('Tìm kiếm').fill('dan van kheo')
  await page.getByLabel('Tìm kiếm').press('Enter')
  await page.locator('.search-result').first().waitFor()
  await page.goto(base + '/khong-co-trang-nay')
  await page.screenshot({ path: screenshotPath('csp-reader-pages') })
  await noViolations(page)
})

test('the newsroom works under its policy: signing in, the dashboard, and the rich editor with a table and a paste from Word, saved', async () => {
  const page = await (await watchedContext()).newPage()
  await page.goto(base + '/toa-soan')
  await page.getByLabel('Thư điện tử').fill('phongvien@example.vn')
  await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(base + '/toa-soan')
  await page.goto(base + '/toa-soan/bai-viet/moi')
  await page.getByLabel('Tiêu đề', { exact: true }).fill('Bài viết dưới chính sách bảo mật nội dung')
  await page.getByLabel('Chuyên mục').selectOption({ label: '— Dân vận' })
  const editor = page.getByRole('textbox', { name: 'Nội dung' })
  await editor.click()
  await page.keyboard.type('Mở đầu ')
  await page.keyboard.press('Control+B')
  await page.keyboard.type('in đậm')
  await page.keyboard.press('Control+B')
  await page.keyboard.press('Enter')
    await page.getByRole('toolbar', { name: 'Định dạng nội dung' }).getByRole('button', { name: 'Bảng', exact: true }).click()
  await editor.locator('table').waitFor()
  await page.keyboard.type('Ô đầu')
  // What a reporter pastes from a word processor or Google Docs carries its bold as a style attribute.
  await editor.locator('p').first().click()
  await page.keyboard.press('End')
  await editor.evaluate((el) => {
    const data = new DataTransfer()
    data.setData('text/html', '<p style="color:red;font-family:Times">Đoạn dán <span style="font-weight:bold">từ Word</span></p><table style="width:100%"><tr><td style="border:1px solid">Ô dán</td></tr></table>')
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  })
  await editor.getByText('Ô dán').waitFor()
  assert.equal(await editor.evaluate((el) => getComputedStyle(el).whiteSpace), 'break-spaces', "TipTap's rules come from our stylesheet")
  await page.screenshot({ path: screenshotPath('csp-rich-editor'), fullPage: true })
  await page.getByRole('button', { name: 'Lưu' }).click()
  await page.waitForURL(/\/toa-soan\/bai-viet\/\d+$/)
  const id = Number(new URL(page.url()).pathname.split('/').at(-1))
  const stored = await portal.db.selectFrom('articles').select('body_html').where('id', '=', id).executeTakeFirstOrThrow()
  assert.match(stored.body_html, /<p>Mở đầu <strong>in đậm<\/strong>/)
  assert.match(stored.body_html, /<table>.*Ô đầu/s)
  assert.match(stored.body_html, /Đoạn dán <strong>từ Word<\/strong>/, 'bold pasted as a style is kept')
  await page.waitForFunction(() => document.querySelector('.ProseMirror') !== null)
  await noViolations(page)
})

test('what the policy is for: an injected inline script does not run, and another site cannot frame the comment form', async () => {
  const context = await browser.newContext()
  contexts.push(context)
  const page = await context.newPage()
  await page.goto(base + SEED_URL)
  const ran = await page.evaluate(() => {
    const w = window as unknown as { __injected?: string[] }
    w.__injected = []
    const script = document.createElement('script')
    script.textContent = 'window.__injected.push("script")'
    document.body.append(script)
    const button = document.createElement('button')
    button.setAttribute('onclick', 'window.__injected.push("handler")')
    document.body.append(button)
    button.click()
    return w.__injected
  })
  assert.deepEqual(ran, [], 'an inline script and an event handler are refused')

  // A page of another site (another port is another origin) that puts our article, comment form
  // and all, in a frame. Its load event waits for the frame, blocked or not.
  const otherSite = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    .end(`<!doctype html><title>Trang khác</title><iframe src="${base}${SEED_URL}#gui-y-kien" width="800" height="600"></iframe>`))
  await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.1', resolve))
  try {
    await page.goto(`http://127.0.0.1:${(otherSite.address() as AddressInfo).port}/`)
    const frame = await (await page.locator('iframe').elementHandle())!.contentFrame()
    assert.notEqual(frame!.url(), `${base}${SEED_URL}#gui-y-kien`, 'the article did not load in the frame')
    assert.equal(await frame!.locator('form.comment-form').count(), 0, 'the comment form is not shown inside another site')
  } finally {
    otherSite.close()
  }
})
