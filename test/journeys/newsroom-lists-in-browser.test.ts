import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { axeViolations } from '../support/axe.ts'
import { launchBrowser, screenshotPath, signInThroughForm } from '../support/browser.ts'
import { postComment } from '../support/comments.ts'
import { createUser } from '../support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// Issue 13's newsroom lists in a real browser: an approver finds a published article by a few
// words of its title typed without diacritics and opens it in the editor; the list, the
// dashboard and both queues have no axe violation and work on a phone (390 px): nothing
// scrolls sideways and every button is at least 44 px tall.
const SEED_TITLE = 'Hội nghị tổng kết công tác Dân vận năm 2020, triển khai nhiệm vụ năm 2021'
const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1366, height: 900 }

let portal: TestPortal
let base: string
let browser: Browser
const contexts: BrowserContext[] = []

before(async () => {
  portal = await buildTestPortal({ seed: true })
  await createUser(portal.db, 'approver', 'lanhdao@example.vn')
  await createUser(portal.db, 'moderator', 'kiemduyet@example.vn')
  const seed = await portal.db.selectFrom('articles').select('id').where('title', '=', SEED_TITLE).executeTakeFirstOrThrow()
  for (const body of ['Bài viết rất thiết thực.', 'Mong có thêm nhiều mô hình hay.', 'Xin hỏi lịch tiếp dân tháng tới?']) {
    assert.equal((await postComment(portal.app, seed.id, { body })).statusCode, 200)
  }
  base = await portal.listen()
  browser = await launchBrowser()
})
after(async () => {
  for (const c of contexts) await c.close()
  await browser?.close()
  await portal?.close()
})

async function signedIn(email: string, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport })
  contexts.push(context)
  const page = await context.newPage()
  await signInThroughForm(page, base, email)
  return page
}

/** What a phone user would trip over: the page wider than the screen, buttons smaller than a finger. */
async function phoneProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const root = document.documentElement
    if (root.scrollWidth > root.clientWidth) problems.push(`the page is ${root.scrollWidth}px wide on a ${root.clientWidth}px screen`)
    for (const el of document.querySelectorAll('main button, main .button, main .queue-tabs a, main .dashboard-counts a')) {
      const box = el.getBoundingClientRect()
      if (box.width === 0) continue
      if (box.height < 44) problems.push(`"${(el.textContent ?? '').trim()}" is ${Math.round(box.height)}px tall`)
      if (box.right > root.clientWidth + 1) problems.push(`"${(el.textContent ?? '').trim()}" ends past the screen's edge`)
    }
    return problems
  })
}

test('an approver finds a published article by typing part of its title without diacritics, and opens it in the editor', async () => {
  const page = await signedIn('lanhdao@example.vn')
  await page.getByRole('link', { name: 'Bài viết', exact: true }).first().click()
  assert.match(await page.locator('.queue-tabs [aria-current="page"]').textContent() ?? '', /^Tất cả \(\d+\)$/)
  await page.getByLabel('Tìm theo tiêu đề').fill('tong ket cong tac dan van nam 2020')
  await page.getByLabel('Tìm theo tiêu đề').press('Enter')
  await page.waitForURL(/tim=tong\+ket/)
  const results = page.locator('.article-list-table tbody tr')
  assert.equal(await results.count(), 1)
  assert.match(await results.innerText(), /Đã xuất bản/)
  await page.screenshot({ path: screenshotPath('newsroom-list-search'), fullPage: true })
  await page.locator('.article-list-table').getByRole('link', { name: SEED_TITLE }).click()
  await page.waitForURL(/\/toa-soan\/bai-viet\/\d+$/)
  assert.equal(await page.getByLabel('Tiêu đề', { exact: true }).inputValue(), SEED_TITLE)
})

test('the list, the dashboard and both queues have no axe violation, on a desktop and on a phone', async () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const approver = await signedIn('lanhdao@example.vn', viewport)
    const moderator = await signedIn('kiemduyet@example.vn', viewport)
    const screens: [Page, string, string][] = [
      [approver, '/toa-soan', 'newsroom-dashboard-approver'],
      [approver, '/toa-soan/bai-viet', 'newsroom-article-list'],
      [approver, '/toa-soan/bai-viet?hang=da-dang&tim=dan+van', 'newsroom-article-list-published'],
      [approver, '/toa-soan/bai-viet?hang=cho-duyet', 'newsroom-article-queue'],
      [moderator, '/toa-soan', 'newsroom-dashboard-moderator'],
      [moderator, '/toa-soan/y-kien', 'newsroom-comment-queue'],
    ]
    for (const [page, path, name] of screens) {
      await page.goto(base + path)
      await page.screenshot({ path: screenshotPath(`${name}-${viewport.width}`), fullPage: true })
      assert.deepEqual(await axeViolations(page), [], `${path} at ${viewport.width}px`)
      if (viewport === PHONE) assert.deepEqual(await phoneProblems(page), [], `${path} on a phone`)
    }
    // The confirmation pages too.
    await approver.goto(base + '/toa-soan/bai-viet?hang=da-dang')
    await approver.locator('.article-list-table a.button-danger').first().click()
    assert.equal(await approver.getByRole('heading', { level: 1 }).innerText(), 'Gỡ bài này?')
    assert.deepEqual(await axeViolations(approver), [], `the confirmation at ${viewport.width}px`)
    if (viewport === PHONE) assert.deepEqual(await phoneProblems(approver), [])
    await approver.screenshot({ path: screenshotPath(`newsroom-confirm-unpublish-${viewport.width}`), fullPage: true })
  }
})

test('a moderator on a phone approves the waiting comments: the tab is marked, the buttons distinct, the bulk step confirmed first', async () => {
  const page = await signedIn('kiemduyet@example.vn', PHONE)
  // The three posted here, and any the demo brought.
  const waiting = Number(/^(\d+)\s+Ý kiến chờ duyệt$/.exec(await page.locator('.dashboard-counts .urgent').innerText())![1])
  assert.ok(waiting >= 3)
  await page.locator('.dashboard-counts .urgent a').click()
  const current = page.locator('.queue-tabs [aria-current="page"]')
  assert.equal(await current.textContent(), `Chờ duyệt (${waiting})`)
  const marked = await current.evaluate((a) => ({ weight: getComputedStyle(a).fontWeight, border: getComputedStyle(a).borderBottomColor }))
  const other = await page.locator('.queue-tabs a:not([aria-current])').first().evaluate((a) => ({ weight: getComputedStyle(a).fontWeight, border: getComputedStyle(a).borderBottomColor }))
  assert.notDeepEqual(marked, other, 'the current tab looks different')
  const look = (name: string) => page.getByRole('button', { name, exact: true }).evaluate((b) => `${getComputedStyle(b).backgroundColor} ${getComputedStyle(b).color} ${getComputedStyle(b).borderColor}`)
  const [approve, reject, remove] = [await look('Duyệt'), await look('Từ chối'), await look('Xóa')]
  assert.equal(new Set([approve, reject, remove]).size, 3, `approve, reject and delete look distinct: ${approve} / ${reject} / ${remove}`)

  for (const box of await page.locator('input[name=ids]').all()) await box.check()
  await page.getByRole('button', { name: 'Duyệt', exact: true }).click()
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), `Duyệt ${waiting} ý kiến?`)
  assert.deepEqual(await phoneProblems(page), [])
  await page.screenshot({ path: screenshotPath('newsroom-comment-bulk-confirm-390'), fullPage: true })
  await page.getByRole('button', { name: `Duyệt ${waiting} ý kiến` }).click()
  assert.equal(await page.locator('.queue-tabs [aria-current="page"]').textContent(), 'Chờ duyệt (0)')
})
