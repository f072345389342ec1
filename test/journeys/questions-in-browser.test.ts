import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchBrowser, screenshotPath, signInThroughForm } from '../support/browser.ts'
import { TestMailServer } from '../support/mail-server.ts'
import { createUser } from '../support/newsroom.ts'
import { deliverAll } from '../support/questions.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// Issue 15's journey, without JavaScript and with it: a citizen asks and gets the code on screen
// and by e-mail over SMTP; the approver assigns, the editor answers in the rich editor, the
// approver approves; the citizen looks the case up and reads the answer, and the site search
// finds it by "dang ky tam tru", typed without diacritics.
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

for (const [javaScript, email] of [[false, 'hoa@example.vn'], [true, 'lan@example.vn']] as const) {
  test(`a question asked ${javaScript ? 'with' : 'without'} JavaScript is answered, approved, looked up and found by search`, () => journey(javaScript, email))
}

async function journey(javaScript: boolean, email: string) {
  const citizen = await newPage(javaScript)
  await citizen.goto(`${base}/hoi-dap/dat-cau-hoi`)
  await citizen.fill('#hd-name', 'Nguyễn Thị Hoa')
  await citizen.fill('#hd-email', email)
  await citizen.selectOption('#hd-topic', { index: 1 })
  await citizen.fill('#hd-title', TITLE)
  await citizen.fill('#hd-body', 'Tôi mới thuê nhà. Có đăng ký tạm trú qua mạng được không?')
  await citizen.check('input[name="consent"]')
  await citizen.click('#dat-cau-hoi button[type="submit"]')
  const code = (await citizen.textContent('.tracking-code'))!.trim()
  assert.match(code, /^HD-\d{4}-\d{6}$/)
  await deliverAll(portal)
  assert.match(server.to(email)[0]!.text!, new RegExp(code))

  const leader = await newPage(true)
  await signInThroughForm(leader, base, 'lanhdao@example.vn')
  await leader.goto(`${base}/toa-soan/hoi-dap`)
  await leader.click(`tr:has-text("${code}") >> text=${TITLE}`)
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
  await citizen.fill('#tc-contact', email)
  await citizen.click('form[action="/tra-cuu"] button[type="submit"]')
  assert.equal((await citizen.textContent('.case-status'))!.trim(), 'Đã trả lời')
  assert.match((await citizen.textContent('.tracking-result .article-body'))!, /Cổng dịch vụ công quốc gia/)
  await citizen.screenshot({ path: screenshotPath(`hoi-dap-tra-cuu${javaScript ? '-js' : ''}`), fullPage: true })
  await deliverAll(portal)
  assert.ok(server.to(email).some((m) => m.subject === `Câu hỏi ${code} đã được trả lời`))

  // The answer is public and the site search finds it, the reader typing without diacritics.
  await citizen.click('.tracking-result a[href^="/hoi-dap/"]')
  assert.equal((await citizen.textContent('h1'))!.trim(), TITLE)
  const answerPath = new URL(citizen.url()).pathname
  await portal.search.whenIdle()
  await citizen.goto(`${base}/tim-kiem?q=${encodeURIComponent('dang ky tam tru')}`)
  assert.ok(await citizen.locator(`main a[href="${answerPath}"]`).count() > 0, 'the search finds the answered question')
}
