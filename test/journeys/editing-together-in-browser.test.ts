import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchBrowser, screenshotPath, signInThroughForm } from '../support/browser.ts'
import { createUser } from '../support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// A reporter and an editor have one article open in two browsers. Each sees the other named at
// the top of the editor; the editor saves first; the reporter's autosave and then their own
// "Lưu" are refused with both versions compared, and what the reporter typed stays in the form.
let portal: TestPortal
let base: string
let browser: Browser
const contexts: BrowserContext[] = []
let articleId: number

before(async () => {
  portal = await buildTestPortal({ seed: true })
  const dan = await portal.db.selectFrom('categories').select('id').where('slug', '=', 'dan-van').executeTakeFirstOrThrow()
  const reporter = await createUser(portal.db, 'reporter', 'phongvien@example.vn')
  const editor = await createUser(portal.db, 'editor', 'bientap@example.vn', [dan.id])
  await portal.db.updateTable('users').set({ name: 'Trần Thị Bình' }).where('id', '=', reporter).execute()
  await portal.db.updateTable('users').set({ name: 'Nguyễn Văn An' }).where('id', '=', editor).execute()
  base = await portal.listen()
  browser = await launchBrowser()
})
after(async () => {
  for (const c of contexts) await c.close()
  await browser?.close()
  await portal.close()
})

async function signedIn(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  contexts.push(context)
  const page = await context.newPage()
  // A hand-driven clock: the 30 s heartbeat and the one-minute autosave run when the test says.
  await page.clock.install()
  await signInThroughForm(page, base, email)
  return page
}

test('two people edit one article: each sees the other, and the later save is refused with the difference and nothing lost', async () => {
  const reporter = await signedIn('phongvien@example.vn')
  await reporter.goto(base + '/toa-soan/bai-viet/moi')
  await reporter.getByLabel('Tiêu đề', { exact: true }).fill('Bài hai người cùng mở')
  await reporter.getByLabel('Chuyên mục').selectOption({ label: '— Dân vận' })
  await reporter.getByRole('textbox', { name: 'Sapo' }).fill('Sapo ban đầu.')
  await reporter.getByRole('button', { name: 'Lưu', exact: true }).click()
  await reporter.waitForURL(/\/toa-soan\/bai-viet\/\d+/)
  articleId = Number(/\/bai-viet\/(\d+)/.exec(reporter.url())![1])
  assert.equal(await reporter.locator('#dang-mo').innerText(), '')

  const editor = await signedIn('bientap@example.vn')
  await editor.goto(`${base}/toa-soan/bai-viet/${articleId}`)
  assert.equal(await editor.locator('#dang-mo').innerText(), 'Trần Thị Bình đang mở bài này.', 'shown on page load')
  await reporter.clock.fastForward(31_000)
  await reporter.locator('#dang-mo', { hasText: 'Nguyễn Văn An đang mở bài này.' }).waitFor()

  await editor.getByRole('textbox', { name: 'Sapo' }).fill('Sapo biên tập viên đã sửa.')
  await editor.getByRole('button', { name: 'Lưu', exact: true }).click()
  await editor.locator('.notice', { hasText: 'Đã lưu.' }).waitFor()

  // The reporter, still on the old version, types; the autosave a minute later is refused.
  await reporter.getByRole('textbox', { name: 'Sapo' }).fill('Sapo phóng viên viết lại.')
  await reporter.clock.fastForward(61_000)
  const panel = reporter.locator('.edit-conflict')
  await panel.waitFor()
  assert.match(await panel.innerText(), /Nguyễn Văn An/)
  assert.match(await panel.locator('del').allInnerTexts().then((t) => t.join(' ')), /biên tập/)
  assert.match(await reporter.locator('.autosave-status').innerText(), /Chưa tự động lưu/)
  assert.equal(await reporter.locator('#dang-mo').innerText(), 'Nguyễn Văn An đang mở bài này.', 'still named after saving (the page reloaded)')
  assert.equal(await reporter.getByRole('textbox', { name: 'Sapo' }).inputValue(), 'Sapo phóng viên viết lại.')
  await reporter.screenshot({ path: screenshotPath('newsroom-edit-conflict'), fullPage: true })

  // Their own "Lưu" is refused too: the form comes back with the comparison and their text.
  await reporter.getByRole('button', { name: 'Lưu', exact: true }).click()
  await reporter.locator('.edit-conflict h2').waitFor()
  assert.equal(await reporter.getByRole('textbox', { name: 'Sapo' }).inputValue(), 'Sapo phóng viên viết lại.')
  const stored = await portal.db.selectFrom('articles').select('lead').where('id', '=', articleId).executeTakeFirstOrThrow()
  assert.equal(stored.lead, 'Sapo biên tập viên đã sửa.', "the editor's save is not overwritten")

  // Having read the difference, the reporter merges and saves.
  await reporter.getByRole('textbox', { name: 'Sapo' }).fill('Sapo biên tập viên đã sửa, phóng viên bổ sung.')
  await reporter.getByRole('button', { name: 'Lưu', exact: true }).click()
  await reporter.locator('.notice', { hasText: 'Đã lưu.' }).waitFor()
  const merged = await portal.db.selectFrom('articles').select('lead').where('id', '=', articleId).executeTakeFirstOrThrow()
  assert.equal(merged.lead, 'Sapo biên tập viên đã sửa, phóng viên bổ sung.')
})

test('an autosave still on its way is not overtaken by the next: a slow answer never looks like someone else\'s save', async () => {
  const reporter = await signedIn('phongvien@example.vn')
  await reporter.goto(base + '/toa-soan/bai-viet/moi')
  await reporter.getByLabel('Tiêu đề', { exact: true }).fill('Bài lưu chậm')
  await reporter.getByLabel('Chuyên mục').selectOption({ label: '— Dân vận' })
  await reporter.getByRole('button', { name: 'Lưu', exact: true }).click()
  await reporter.waitForURL(/\/toa-soan\/bai-viet\/\d+/)
  const id = Number(/\/bai-viet\/(\d+)/.exec(reporter.url())![1])

  // The first autosave's answer is held back until the second minute has passed.
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  let posts = 0
  await reporter.route(`${base}/toa-soan/bai-viet/${id}`, async (route) => {
    if (route.request().method() !== 'POST') return route.continue()
    posts += 1
    if (posts === 1) {
      const response = await route.fetch()
      await held
      return route.fulfill({ response })
    }
    return route.continue()
  })
  await reporter.getByRole('textbox', { name: 'Sapo' }).fill('Sapo lần một.')
  await reporter.clock.fastForward(61_000)
  while (posts === 0) await new Promise((r) => setTimeout(r, 20))
  await reporter.getByRole('textbox', { name: 'Sapo' }).fill('Sapo lần hai.')
  await reporter.clock.fastForward(61_000)
  // The page opened saying "Đã lưu lúc …": the first save is still on its way.
  await reporter.locator('.autosave-status', { hasText: 'Đang lưu…' }).waitFor()
  release()
  await reporter.locator('.autosave-status', { hasText: /Đã lưu lúc \d{2}:\d{2}/ }).waitFor()
  await reporter.clock.fastForward(61_000)
  for (let tries = 0; ; tries++) {
    const row = await portal.db.selectFrom('articles').select('lead').where('id', '=', id).executeTakeFirstOrThrow()
    if (row.lead === 'Sapo lần hai.') break
    assert.ok(tries < 100, `the second text was never saved (lead: ${row.lead})`)
    await new Promise((r) => setTimeout(r, 100))
  }
  assert.equal(await reporter.locator('.edit-conflict').count(), 0, 'no conflict with oneself')
})
