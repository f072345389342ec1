import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchBrowser, signInThroughForm } from '../support/browser.ts'
import { TestMailServer } from '../support/mail-server.ts'
import { createUser } from '../support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// Issue 15's "invitations and password resets go by e-mail", in a browser: the administrator
// invites, the letter arrives over SMTP, its link sets the newcomer's own password and they sign
// in; a forgotten password is reset from the sign-in page through the letter's link.
const server = new TestMailServer()
let portal: TestPortal
let base: string
let browser: Browser
const contexts: BrowserContext[] = []

before(async () => {
  await server.start()
  portal = await buildTestPortal({ env: { SMTP_URL: server.url } })
  await createUser(portal.db, 'administrator', 'quantri@example.vn')
  base = await portal.listen()
  browser = await launchBrowser()
})
after(async () => {
  for (const c of contexts) await c.close()
  await browser?.close()
  await portal.close()
  await server.stop()
})

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  contexts.push(context)
  return context.newPage()
}

/** The letter's link, once the outbox delivered it: the address is PUBLIC_URL's, the path ours. */
async function linkMailedTo(email: string, path: RegExp): Promise<string> {
  for (let i = 0; i < 50 && server.to(email).length === 0; i++) {
    await portal.jobs.runNow('mail.deliver')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const letter = server.to(email).at(-1)
  assert.ok(letter, `a letter to ${email}`)
  const found = new RegExp(`https?://[^\\s/]+(${path.source}/[A-Za-z0-9_-]+)`).exec(letter.text!)
  assert.ok(found, letter.text)
  return base + found[1]
}

async function setPassword(page: Page, link: string, password: string): Promise<void> {
  await page.goto(link)
  await page.fill('#f-next', password)
  await page.fill('#f-again', password)
  await page.getByRole('button', { name: 'Đặt mật khẩu' }).click()
}

test('an invitation arrives by e-mail; its link sets the newcomer\'s password, and they sign in with it', async () => {
  const admin = await newPage()
  await signInThroughForm(admin, base, 'quantri@example.vn')
  await admin.goto(`${base}/toa-soan/nguoi-dung/moi`)
  await admin.fill('#f-email', 'phongvien.moi@example.vn')
  await admin.fill('#f-name', 'Trần Thu Hà')
  await admin.selectOption('#f-role', 'reporter')
  await admin.getByRole('button', { name: 'Tạo tài khoản' }).click()
  const link = await linkMailedTo('phongvien.moi@example.vn', /\/toa-soan\/moi/)
  assert.equal(server.to('phongvien.moi@example.vn').at(-1)!.subject, 'Lời mời vào tòa soạn')

  const newcomer = await newPage()
  await setPassword(newcomer, link, 'mat-khau-rieng-cua-ha')
  await signInThroughForm(newcomer, base, 'phongvien.moi@example.vn', 'mat-khau-rieng-cua-ha')
  assert.equal(new URL(newcomer.url()).pathname, '/toa-soan')
  // One use: the link opens nothing now.
  const again = await newcomer.goto(link)
  assert.equal(again?.status(), 410)
})

test('"Quên mật khẩu?" sends a reset link by e-mail; it sets a new password that signs in', async () => {
  await createUser(portal.db, 'editor', 'bientap@example.vn')
  const page = await newPage()
  await page.goto(`${base}/toa-soan/dang-nhap`)
  await page.click('#quen-mat-khau')
  await page.getByLabel('Thư điện tử').fill('bientap@example.vn')
  await page.getByRole('button', { name: 'Gửi liên kết' }).click()
  await page.waitForSelector('#da-gui')
  const link = await linkMailedTo('bientap@example.vn', /\/toa-soan\/dat-lai-mat-khau/)
  assert.equal(server.to('bientap@example.vn').at(-1)!.subject, 'Đặt lại mật khẩu tòa soạn')
  await setPassword(page, link, 'mat-khau-moi-cua-bien-tap')
  await signInThroughForm(page, base, 'bientap@example.vn', 'mat-khau-moi-cua-bien-tap')
  assert.equal(new URL(page.url()).pathname, '/toa-soan')
})
