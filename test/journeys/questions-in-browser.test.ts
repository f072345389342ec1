import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchBrowser, screenshotPath, signInThroughForm } from '../support/browser.ts'
import { TestMailServer } from '../support/mail-server.ts'
import { createUser } from '../support/newsroom.ts'
import { deliverAll } from '../support/questions.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// Issue 15's journey: a citizen asks without JavaScript and gets the code on screen and by
// e-mail over SMTP; the approver assigns, the editor answers in the rich editor, the approver
// approves; the citizen looks the case up and reads the answer.
const server = new TestMailServer()
let portal: TestPortal
let base: string
let browser: Browser
const contexts: BrowserContext[] = []
const TITLE = 'Thủ tục đăng ký tạm trú online thế nào?'

before(async () => {
  await server.start()
  portal = await buildTestPortal({ env: { SMTP_URL: server.url } })
  await createUser(portal.db, 'editor', 'bientap@example.vn')
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

test('a question asked without JavaScript is answered, approved and looked up', async () => {
  const citizen = await newPage(false)
  await citizen.goto(`${base}/hoi-dap/dat-cau-hoi`)
  await citizen.fill('#hd-name', 'Nguyễn Thị Hoa')
  await citizen.fill('#hd-email', 'hoa@example.vn')
  await citizen.selectOption('#hd-topic', { index: 1 })
  await citizen.fill('#hd-title', TITLE)
  await citizen.fill('#hd-body', 'Tôi mới thuê nhà. Có đăng ký tạm trú qua mạng được không?')
  await citizen.check('input[name="consent"]')
  await citizen.click('#dat-cau-hoi button[type="submit"]')
  const code = (await citizen.textContent('.tracking-code'))!.trim()
  assert.match(code, /^HD-\d{4}-\d{6}$/)
  await deliverAll(portal)
  assert.match(server.to('hoa@example.vn')[0]!.text!, new RegExp(code))

  const leader = await newPage(true)
  await signInThroughForm(leader, base, 'lanhdao@example.vn')
  await leader.goto(`${base}/toa-soan/hoi-dap`)
  await leader.click(`text=${TITLE}`)
  const caseUrl = leader.url()
  await leader.selectOption('#assignee', { label: 'Người dùng editor' })
  await leader.click('button[value="assign"]')
  assert.equal((await leader.textContent('.question-status'))!.trim(), 'Đã phân công')

  const editor = await newPage(true)
  await signInThroughForm(editor, base, 'bientap@example.vn')
  await editor.goto(caseUrl)
  await editor.click('button[value="start"]')
  await editor.locator('.rich-editor-surface').click()
  await editor.keyboard.type('Bạn đăng ký trên Cổng dịch vụ công quốc gia.')
  await editor.click('text=Lưu trả lời')
  await editor.waitForSelector('.notice')
  await editor.click('button[value="submit"]')
  assert.equal((await editor.textContent('.question-status'))!.trim(), 'Chờ duyệt trả lời')

  await leader.goto(caseUrl)
  await leader.click('button[value="approve"]')
  assert.equal((await leader.textContent('.question-status'))!.trim(), 'Đã trả lời')

  await citizen.goto(`${base}/tra-cuu`)
  await citizen.fill('#tc-code', code)
  await citizen.fill('#tc-contact', 'hoa@example.vn')
  await citizen.click('form[action="/tra-cuu"] button[type="submit"]')
  assert.equal((await citizen.textContent('.case-status'))!.trim(), 'Đã trả lời')
  assert.match((await citizen.textContent('.tracking-result .article-body'))!, /Cổng dịch vụ công quốc gia/)
  await citizen.screenshot({ path: screenshotPath('hoi-dap-tra-cuu'), fullPage: true })
  await deliverAll(portal)
  assert.ok(server.to('hoa@example.vn').some((m) => m.subject === `Câu hỏi ${code} đã được trả lời`))
})
