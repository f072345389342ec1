import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { axeViolations } from '../support/axe.ts'
import { launchBrowser } from '../support/browser.ts'
import { createArticle, createCategory } from '../support/factories.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// A reader rates an article with JavaScript (the form becomes "Cảm ơn bạn" in place, under the
// strict CSP) and without (a thank-you page); another answers the survey without JavaScript.
let portal: TestPortal
let base: string
let browser: Browser
let articlePath: string
let articleId: number
const contexts: BrowserContext[] = []

before(async () => {
  portal = await buildTestPortal()
  const categoryId = await createCategory(portal, 'Dân vận')
  const article = await createArticle(portal, { categoryId, title: 'Thủ tục đăng ký tạm trú online', publishedAt: new Date() })
  articlePath = `/dan-van/${article.slug}`
  articleId = article.id
  base = await portal.listen()
  browser = await launchBrowser()
})
after(async () => {
  for (const c of contexts) await c.close()
  await browser?.close()
  await portal.close()
})

async function newPage(javaScriptEnabled: boolean, userAgent: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, userAgent })
  contexts.push(context)
  return context.newPage()
}
const ratings = () => portal.db.selectFrom('content_ratings').selectAll().where('item_id', '=', articleId).orderBy('id').execute()

test('with JavaScript, "Không" opens the reasons, and the answer is sent in place and thanked', async () => {
  const page = await newPage(true, 'Bạn đọc có JavaScript')
  const refused: string[] = []
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) refused.push(m.text()) })
  await page.goto(base + articlePath)
  assert.deepEqual(await axeViolations(page, '.rating'), [])
  await page.getByRole('radio', { name: 'Không', exact: true }).check()
  assert.equal(await page.locator('.rating-why').evaluate((d) => (d as HTMLDetailsElement).open), true)
  await page.getByRole('radio', { name: 'Khó hiểu' }).check()
  await page.getByLabel('Góp ý thêm (không công khai)').fill('Nên có ví dụ cụ thể.')
  await page.getByRole('button', { name: 'Gửi đánh giá' }).click()
  await page.getByText('Cảm ơn bạn', { exact: true }).waitFor()
  assert.equal(page.url(), base + articlePath)
  assert.equal(await page.locator('form.rating-form').count(), 0)
  const [row] = await ratings()
  assert.deepEqual({ helpful: row!.helpful, reason: row!.reason, comment: row!.comment }, { helpful: 0, reason: 'kho-hieu', comment: 'Nên có ví dụ cụ thể.' })
  assert.deepEqual(refused, [])
  assert.deepEqual((await page.context().cookies()), [])
})

test('without JavaScript, "Có" posts the plain form and a thank-you page links back to the article', async () => {
  const page = await newPage(false, 'Bạn đọc không JavaScript')
  await page.goto(base + articlePath)
  await page.getByRole('radio', { name: 'Có', exact: true }).check()
  await page.getByRole('button', { name: 'Gửi đánh giá' }).click()
  await page.getByRole('heading', { name: 'Cảm ơn bạn đã đánh giá' }).waitFor()
  await page.getByRole('link', { name: 'Quay lại trang trước' }).click()
  assert.equal(new URL(page.url()).pathname, articlePath)
  assert.equal((await ratings()).length, 2)
})

test('without JavaScript, a reader answers the survey and sees the results', async () => {
  const page = await newPage(false, 'Bạn đọc khảo sát')
  await page.goto(base + '/khao-sat')
  for (const [question, score] of [['Giao diện', '4 – Tốt'], ['Nội dung', '5 – Rất tốt'], ['Chất lượng thông tin', '3 – Trung bình'], ['Hỗ trợ người dùng', '2 – Kém']]) {
    await page.getByRole('group', { name: question }).getByRole('radio', { name: score }).check()
  }
  await page.getByRole('button', { name: 'Gửi khảo sát' }).click()
  await page.getByRole('heading', { name: 'Cảm ơn bạn đã trả lời khảo sát' }).waitFor()
  await page.goto(base + '/khao-sat/ket-qua')
  assert.equal(await page.getByRole('img', { name: 'Giao diện: số câu trả lời theo mức điểm' }).count(), 1)
})

test('the survey and its results pass the accessibility checks', async () => {
  // axe runs as a script: in a page with JavaScript.
  const page = await newPage(true, 'Kiểm tra tiếp cận')
  await page.goto(base + '/khao-sat')
  assert.deepEqual(await axeViolations(page, '.survey'), [])
  await page.goto(base + '/khao-sat/ket-qua')
  assert.deepEqual(await axeViolations(page, '.survey-results'), [])
})
