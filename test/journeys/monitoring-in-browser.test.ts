import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'
import { launchBrowser, screenshotPath, signInThroughForm } from '../support/browser.ts'
import { createUser } from '../support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// An administrator pastes a monitoring code whose outside host is a local server standing in for
// EMC's: in Chromium, with the policy enforced, the inline loader runs, the scripts it and the
// <script src> load run and report home, the counting image loads, and nothing trips the policy.
let portal: TestPortal
let base: string
let browser: Browser
let fakeHost: Server
let emc: string
/** What the fake EMC host was asked for, in order. */
const asked: string[] = []
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

before(async () => {
  fakeHost = createServer((req, res) => {
    asked.push(req.url!)
    if (req.url === '/emc.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(`document.documentElement.dataset.emc = 'loaded'; fetch('${emc}/thu-thap', { method: 'POST', body: location.pathname })`)
    else if (req.url === '/loader-added.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end("document.documentElement.dataset.emcLoader = 'loaded'")
    else if (req.url === '/thu-thap') res.writeHead(204, { 'access-control-allow-origin': '*' }).end()
    else if (req.url === '/p.gif') res.writeHead(200, { 'content-type': 'image/gif' }).end(GIF)
    else res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => fakeHost.listen(0, '127.0.0.1', resolve))
  emc = `http://127.0.0.1:${(fakeHost.address() as AddressInfo).port}`
  portal = await buildTestPortal()
  await createUser(portal.db, 'administrator', 'quantri@example.vn')
  base = await portal.listen()
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await portal?.close()
  fakeHost?.close()
})

test('the pasted monitoring code runs on a reader\'s page with no policy violation', async () => {
  const context = await browser.newContext()
  const violations: string[] = []
  await context.exposeBinding('__reportViolation', (_source, text: string) => { violations.push(text) })
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportViolation(text: string): void }).__reportViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`)
    })
  })
  context.on('console', (message) => { if (/Content Security Policy/i.test(message.text())) violations.push(message.text()) })
  const page = await context.newPage()
  await signInThroughForm(page, base, 'quantri@example.vn')
  await page.goto(base + '/toa-soan/quan-tri/ma-theo-doi')
  const loader = `(function () { document.documentElement.dataset.emcInline = 'ran'; var s = document.createElement('script'); s.src = '${emc}/loader-added.js'; document.head.appendChild(s) })()`
  await page.getByLabel('Mã giám sát EMC (Thông tư 22/2023)').fill(`<script async src="${emc}/emc.js"></script>\n<script>${loader}</script>\n<img src="${emc}/p.gif" alt="" width="1" height="1">`)
  await page.getByRole('button', { name: 'Xem trước khi lưu' }).click()
  await page.getByRole('heading', { name: 'Xác nhận mã theo dõi' }).waitFor()
  assert.match(await page.locator('.monitoring-sources').innerText(), new RegExp(emc.replace(/[.:/]/g, '\\$&')))
  await page.getByRole('button', { name: 'Xác nhận và lưu' }).click()
  await page.waitForURL(/da-luu/)

  await page.goto(base + '/')
  await page.waitForFunction(() => document.documentElement.dataset.emc === 'loaded' && document.documentElement.dataset.emcLoader === 'loaded')
  assert.equal(await page.evaluate(() => document.documentElement.dataset.emcInline), 'ran', 'the inline part ran, allowed by its hash')
  await page.waitForFunction(() => [...document.images].some((img) => img.src.endsWith('/p.gif') && img.complete && img.naturalWidth === 1))
  for (let i = 0; i < 50 && !asked.includes('/thu-thap'); i++) await new Promise((resolve) => setTimeout(resolve, 20))
  assert.ok(asked.includes('/thu-thap'), 'the EMC script reported to its host (connect-src)')
  await page.screenshot({ path: screenshotPath('monitoring-code') })
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)))
  assert.deepEqual(violations, [], 'nothing trips the Content-Security-Policy')
  await context.close()
})
