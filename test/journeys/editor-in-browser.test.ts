import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { axeViolations } from '../support/axe.ts'
import { launchBrowser, screenshotPath, signInThroughForm } from '../support/browser.ts'
import { createArticle } from '../support/factories.ts'
import { jpegOf, uploadImage } from '../support/media.ts'
import { createUser, csrfOf, signIn, TEST_PASSWORD } from '../support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// The article editor as editors use it: two columns on a desktop and one on a phone, a bar that
// says where the text stands ("Đang lưu…", "Đã lưu lúc 10:31", "Chưa lưu – mất kết nối"),
// Ctrl+S, a destructive button that asks first, a lead image uploaded into the grid, and the
// editor's scripts kept off the other newsroom screens.
const REPORTER = 'phongvien@example.vn'
const APPROVER = 'lanhdao@example.vn'
let portal: TestPortal
let base: string
let browser: Browser
const contexts: BrowserContext[] = []
let dan: number

before(async () => {
  portal = await buildTestPortal({ seed: true })
  dan = (await portal.db.selectFrom('categories').select('id').where('slug', '=', 'dan-van').executeTakeFirstOrThrow()).id
  await createUser(portal.db, 'reporter', REPORTER)
  await createUser(portal.db, 'approver', APPROVER)
  const cookie = (await signIn(portal.app, REPORTER)).cookie
  const reporter = { cookie, csrf: await csrfOf(portal.app, cookie) }
  for (const [alt, colour] of [['Cánh đồng lúa chín', '#c9a227'], ['Hội trường Tỉnh ủy', '#7a0f12'], ['Bờ biển Quy Nhơn', '#1f6fb2']] as const) {
    await uploadImage(portal, reporter, await jpegOf(1200, 800, colour), { alt })
  }
  base = await portal.listen()
  browser = await launchBrowser()
})
after(async () => {
  for (const c of contexts) await c.close()
  await browser?.close()
  await portal.close()
})

async function signedIn(email: string, viewport = { width: 1366, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport })
  contexts.push(context)
  const page = await context.newPage()
  await signInThroughForm(page, base, email)
  return page
}

/** A draft of the reporter's, opened in the editor (the rich-text editor ready). */
async function openDraft(page: Page, title: string): Promise<number> {
  const author = await portal.db.selectFrom('users').select('id').where('email', '=', REPORTER).executeTakeFirstOrThrow()
  const { id } = await createArticle(portal, { title, categoryId: dan, status: 'draft' })
  await portal.db.updateTable('articles').set({ author_id: author.id }).where('id', '=', id).execute()
  await page.goto(`${base}/toa-soan/bai-viet/${id}`)
  await page.locator('.rich-editor-surface').waitFor()
  return id
}

async function stored(id: number) {
  return portal.db.selectFrom('articles').select(['title', 'lead', 'status', 'lead_image_id']).where('id', '=', id).executeTakeFirstOrThrow()
}

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let tries = 0; !(await condition()); tries++) {
    assert.ok(tries < 100, `${what}: not in time`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

const saveState = (page: Page) => page.locator('.editor-bar [role=status]')

test('the editor is two columns on a desktop and one on a phone, settings after the text', async () => {
  const page = await signedIn(REPORTER)
  await openDraft(page, 'Bài xem bố cục trình soạn thảo')
  const content = (await page.locator('.editor-content').boundingBox())!
  const settings = (await page.locator('.editor-settings').boundingBox())!
  assert.ok(settings.x >= content.x + content.width, `settings beside the text at 1366 px (${JSON.stringify({ content, settings })})`)
  assert.ok(settings.y < content.y + 50, 'side by side, from the top')
  await page.screenshot({ path: screenshotPath('editor-1366'), fullPage: false })
  await page.screenshot({ path: screenshotPath('editor-1366-full'), fullPage: true })

  await page.setViewportSize({ width: 390, height: 844 })
  const narrowContent = (await page.locator('.editor-content').boundingBox())!
  const narrowSettings = (await page.locator('.editor-settings').boundingBox())!
  assert.ok(narrowSettings.y >= narrowContent.y + narrowContent.height, 'settings after the text at 390 px')
  assert.ok(Math.abs(narrowSettings.x - narrowContent.x) < 2, 'one column')
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390, 'nothing wider than the phone')
  await page.screenshot({ path: screenshotPath('editor-390'), fullPage: false })
  await page.screenshot({ path: screenshotPath('editor-390-full'), fullPage: true })

  // The bar with "Lưu" stays on the screen however far the text goes.
  await page.locator('.editor-settings').scrollIntoViewIfNeeded()
  const bar = (await page.locator('.editor-bar').boundingBox())!
  assert.ok(bar.y >= 0 && bar.y < 10, `the save bar stays at the top (${bar.y})`)
  await page.getByRole('button', { name: 'Lưu', exact: true }).waitFor({ state: 'visible' })
})

test('typing shows "Đang lưu…" then "Đã lưu lúc hh:mm", and the text is saved', async () => {
  const page = await signedIn(REPORTER)
  const id = await openDraft(page, 'Bài tự lưu')
  // The save's answer waits until the test has seen "Đang lưu…".
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(`${base}/toa-soan/bai-viet/${id}`, async (route) => {
    if (route.request().method() !== 'POST') return route.fallback()
    const response = await route.fetch()
    await held
    return route.fulfill({ response })
  })
  await page.getByRole('textbox', { name: 'Sapo' }).fill('Sapo gõ trong trình soạn thảo mới.')
  await saveState(page).filter({ hasText: 'Có thay đổi chưa lưu' }).waitFor()
  await saveState(page).filter({ hasText: 'Đang lưu…' }).waitFor()
  release()
  await saveState(page).filter({ hasText: /^Đã lưu lúc \d{2}:\d{2}$/ }).waitFor()
  assert.equal((await stored(id)).lead, 'Sapo gõ trong trình soạn thảo mới.')
})

test('Ctrl+S saves at once, the settings column included', async () => {
  const page = await signedIn(REPORTER)
  const id = await openDraft(page, 'Bài lưu bằng phím tắt')
  // Time stands still: only Ctrl+S can save.
  await page.clock.install()
  await page.clock.pauseAt(new Date(Date.now() + 1000))
  await page.getByLabel('Tiêu đề', { exact: true }).fill('Bài lưu bằng Ctrl+S')
  await page.getByLabel('Tên', { exact: true }).fill('Lê Hải')
  const saved = page.waitForResponse((r) => r.url() === `${base}/toa-soan/bai-viet/${id}` && r.request().method() === 'POST')
  await page.keyboard.press('Control+S')
  assert.equal((await saved).status(), 200)
  await saveState(page).filter({ hasText: /^Đã lưu lúc \d{2}:\d{2}$/ }).waitFor()
  const row = await portal.db.selectFrom('articles').select(['title', 'byline_name']).where('id', '=', id).executeTakeFirstOrThrow()
  assert.deepEqual(row, { title: 'Bài lưu bằng Ctrl+S', byline_name: 'Lê Hải' })
})

test('with the connection lost the bar says "Chưa lưu – mất kết nối", nothing typed is lost, and it saves once back', async () => {
  const page = await signedIn(REPORTER)
  const id = await openDraft(page, 'Bài mất kết nối')
  let offline = true
  await page.route(`${base}/toa-soan/bai-viet/${id}`, (route) => {
    if (route.request().method() !== 'POST') return route.fallback()
    return offline ? route.abort('internetdisconnected') : route.fallback()
  })
  const body = page.getByRole('textbox', { name: 'Nội dung' })
  await body.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(' Câu viết khi mất mạng.')
  await page.getByRole('textbox', { name: 'Sapo' }).fill('Sapo viết khi mất mạng.')
  await page.keyboard.press('Control+S')
  await saveState(page).filter({ hasText: 'Chưa lưu – mất kết nối' }).waitFor()
  assert.equal(await page.getByRole('textbox', { name: 'Sapo' }).inputValue(), 'Sapo viết khi mất mạng.')
  assert.match(await body.innerText(), /Câu viết khi mất mạng\./)
  assert.notEqual((await stored(id)).lead, 'Sapo viết khi mất mạng.')

  // Leaving now would lose it: the browser asks first.
  const dialog = page.waitForEvent('dialog')
  void page.close({ runBeforeUnload: true })
  const asked = await dialog
  assert.equal(asked.type(), 'beforeunload')
  await asked.dismiss()
  assert.equal(page.isClosed(), false)

  offline = false
  await page.keyboard.press('Control+S')
  await saveState(page).filter({ hasText: /^Đã lưu lúc \d{2}:\d{2}$/ }).waitFor()
  await until(async () => (await stored(id)).lead === 'Sapo viết khi mất mạng.', 'saved once back')
})

test('"Gỡ bài" looks destructive, is not the primary button, and asks before taking the article off', async () => {
  const { id } = await createArticle(portal, { title: 'Bài sắp bị gỡ', categoryId: dan })
  const page = await signedIn(APPROVER)
  await page.goto(`${base}/toa-soan/bai-viet/${id}`)
  const settings = page.locator('.editor-settings')
  const unpublish = settings.getByRole('button', { name: 'Gỡ bài' })
  assert.equal(await unpublish.getAttribute('class'), 'button-danger')
  assert.equal(await page.locator('.button-primary').count(), 1, 'one primary button: Lưu')
  assert.equal(await page.locator('.button-primary').innerText(), 'Lưu')

  await unpublish.click()
  const dialog = page.getByRole('dialog', { name: 'Gỡ bài này?' })
  await dialog.waitFor()
  await page.screenshot({ path: screenshotPath('editor-confirm-unpublish'), fullPage: false })
  await dialog.getByRole('button', { name: 'Hủy' }).click()
  await dialog.waitFor({ state: 'hidden' })
  assert.equal((await stored(id)).status, 'published', 'cancelled: still published')

  await unpublish.click()
  await Promise.all([page.waitForNavigation(), dialog.getByRole('button', { name: 'Gỡ bài' }).click()])
  assert.equal((await stored(id)).status, 'unpublished')
  assert.match(await page.locator('main').innerText(), /Trạng thái: Đã gỡ/)
})

test('without JavaScript "Gỡ bài" opens a confirmation page first', async () => {
  const { id } = await createArticle(portal, { title: 'Bài gỡ không cần JavaScript', categoryId: dan })
  const context = await browser.newContext({ javaScriptEnabled: false })
  contexts.push(context)
  const page = await context.newPage()
  await page.goto(base + '/toa-soan')
  await page.getByLabel('Thư điện tử').fill(APPROVER)
  await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(base + '/toa-soan')
  await page.goto(`${base}/toa-soan/bai-viet/${id}`)
  await page.locator('.editor-settings').getByRole('button', { name: 'Gỡ bài' }).click()
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Gỡ bài này?')
  assert.equal((await stored(id)).status, 'published', 'asked, not done')
  await page.getByRole('button', { name: 'Gỡ bài' }).click()
  assert.equal((await stored(id)).status, 'unpublished')
})

test('a lead image uploaded into the grid is chosen and saved with the article', async () => {
  const page = await signedIn(REPORTER)
  const id = await openDraft(page, 'Bài có ảnh đại diện tải lên')
  const picker = page.getByRole('group', { name: 'Ảnh đại diện' })
  assert.equal(await picker.getByRole('radio').count(), 13, '"Không có ảnh" and the twelve most recent of the demo\'s pictures')
  page.on('dialog', (d) => void d.accept('Nhà văn hóa thôn mới'))
  await picker.locator('input[type=file]').setInputFiles({ name: 'nha-van-hoa.jpg', mimeType: 'image/jpeg', buffer: await jpegOf(900, 600, '#2e7d32') })
  const chosen = picker.getByRole('radio', { name: 'Nhà văn hóa thôn mới' })
  await chosen.waitFor()
  assert.equal(await chosen.isChecked(), true)
  await page.keyboard.press('Control+S')
  await saveState(page).filter({ hasText: /^Đã lưu lúc/ }).waitFor()
  const media = await portal.db.selectFrom('media').select('id').where('alt', '=', 'Nhà văn hóa thôn mới').executeTakeFirstOrThrow()
  await until(async () => (await stored(id)).lead_image_id === media.id, 'the lead image saved')
  // The shared-link preview shows it too.
  assert.match(await page.locator('.share-card img').getAttribute('src') ?? '', /^\/media\/uploads\//)
})

test('the article list and the dashboard load no editor script; the editor loads both, compressed', async () => {
  const page = await signedIn(APPROVER)
  const scripts: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname)
  })
  await page.goto(base + '/toa-soan')
  await page.goto(base + '/toa-soan/bai-viet')
  assert.deepEqual(scripts.filter((s) => /bien-tap|soan-thao/.test(s)), [], scripts.join(', '))

  const encodings: string[] = []
  page.on('response', (r) => {
    if (/\/assets\/(bien-tap|soan-thao)-[0-9a-f]+\.js$/.test(r.url())) encodings.push(`${new URL(r.url()).pathname.split('-')[0]}:${r.headers()['content-encoding']}`)
  })
  const { id } = await createArticle(portal, { title: 'Bài xem tải kịch bản', categoryId: dan })
  await page.goto(`${base}/toa-soan/bai-viet/${id}`, { waitUntil: 'load' })
  assert.deepEqual(encodings.sort(), ['/assets/bien:br', '/assets/soan:br'])
})

test('axe finds no violation in the editor, new or existing, on a desktop and a phone', async () => {
  for (const viewport of [{ width: 1366, height: 900 }, { width: 390, height: 844 }]) {
    const page = await signedIn(APPROVER, viewport)
    const { id } = await createArticle(portal, { title: 'Bài kiểm tra trợ năng', categoryId: dan })
    for (const path of [`/toa-soan/bai-viet/${id}`, '/toa-soan/bai-viet/moi', `/toa-soan/bai-viet/${id}/chuyen?buoc=unpublish`]) {
      await page.goto(base + path)
      if (!path.includes('chuyen')) await page.locator('.rich-editor-surface').waitFor()
      assert.deepEqual(await axeViolations(page), [], `${path} at ${viewport.width}px`)
    }
  }
})
