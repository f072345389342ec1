import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchBrowser, screenshotPath, signInThroughForm } from '../support/browser.ts'
import { PNG_PIXEL } from '../support/feedback.ts'
import { TestMailServer } from '../support/mail-server.ts'
import { createUser } from '../support/newsroom.ts'
import { deliverAll } from '../support/questions.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// Issue 15's journey for Phản ánh, kiến nghị: a citizen sends feedback with a photo without
// JavaScript and gets the PA- code on screen and by e-mail; an officer verifies it and records
// the result; the citizen looks the case up and reads the result.
const server = new TestMailServer()
let portal: TestPortal
let base: string
let browser: Browser
const contexts: BrowserContext[] = []
const TITLE = 'Đèn đường hỏng nhiều ngày trên đường Lê Lợi'

before(async () => {
  await server.start()
  portal = await buildTestPortal({ env: { SMTP_URL: server.url } })
  await createUser(portal.db, 'approver', 'lanhdao@example.vn')
  base = await portal.listen()
  browser = await launchBrowser()
})
after(async () => {
  for (const c of contexts) await c.close()
  await browser?.close()
  await portal.close()
  await server.stop()
})

async function newPage(javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled })
  contexts.push(context)
  return context.newPage()
}

test('feedback with a photo sent without JavaScript is verified, gets its result, and is looked up', async () => {
  const citizen = await newPage(false)
  await citizen.goto(`${base}/phan-anh/gui`)
  await citizen.fill('#pa-name', 'Trần Văn Bình')
  await citizen.fill('#pa-email', 'binh@example.vn')
  await citizen.fill('#pa-title', TITLE)
  await citizen.fill('#pa-place', 'Đường Lê Lợi, đoạn trước chợ')
  await citizen.fill('#pa-happenedOn', new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10))
  await citizen.fill('#pa-unit', 'Ban Quản lý dự án phường')
  await citizen.fill('#pa-body', 'Năm cột đèn liền nhau không sáng đã hơn một tuần.')
  await citizen.setInputFiles('#pa-attachments', { name: 'den-duong.png', mimeType: 'image/png', buffer: PNG_PIXEL })
  await citizen.check('input[name="consent"]')
  await citizen.click('#gui-phan-anh button[type="submit"]')
  const code = (await citizen.textContent('.tracking-code'))!.trim()
  assert.match(code, /^PA-\d{4}-\d{6}$/)
  await deliverAll(portal)
  assert.match(server.to('binh@example.vn')[0]!.text!, new RegExp(code))

  const officer = await newPage(true)
  await signInThroughForm(officer, base, 'lanhdao@example.vn')
  await officer.goto(`${base}/toa-soan/phan-anh`)
  await officer.click(`text=${TITLE}`)
  assert.match((await officer.textContent('.attachments'))!, /Tệp 1 \(PNG/)
  await officer.click('button[value="verify"]')
  assert.equal((await officer.textContent('.feedback-status'))!.trim(), 'Đang xác minh')
  await officer.fill('#result', 'Ban Quản lý dự án đã thay bóng và sửa đường dây cho 5 cột đèn.')
  await officer.click('button[value="resolve"]')
  assert.equal((await officer.textContent('.feedback-status'))!.trim(), 'Đã có kết quả')

  await citizen.goto(`${base}/tra-cuu`)
  await citizen.fill('#tc-code', code)
  await citizen.fill('#tc-contact', 'binh@example.vn')
  await citizen.click('form[action="/tra-cuu"] button[type="submit"]')
  assert.equal((await citizen.textContent('.case-status'))!.trim(), 'Đã có kết quả')
  assert.match((await citizen.textContent('.tracking-result .case-result'))!, /thay bóng và sửa đường dây/)
  await citizen.screenshot({ path: screenshotPath('phan-anh-tra-cuu'), fullPage: true })
  await deliverAll(portal)
  assert.ok(server.to('binh@example.vn').some((m) => m.subject === `Phản ánh ${code} đã có kết quả`))
})
