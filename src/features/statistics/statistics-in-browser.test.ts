import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'
import { launchBrowser } from '../../../test/support/browser.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { dayAndHour } from './visit.ts'

// In a real browser: the beacon leaves a cached page once it is seen, naming the page and its
// article, within the strict Content-Security-Policy; the footer counter is filled in; without
// JavaScript the noscript image counts the visit instead.
const SEED_ARTICLE = '/tin-tuc/dan-van/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-trien-khai-nhiem-vu-nam-2021'
let portal: TestPortal
let base: string
let browser: Browser

before(async () => {
  portal = await buildTestPortal({ seed: true })
  base = await portal.listen()
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await portal.close()
})

const kinds = async () => new Map((await portal.db.selectFrom('visit_counts').select(['value', 'visits']).where('dimension', '=', 'kind').where('day', '=', dayAndHour(Date.now()).day).execute()).map((r) => [r.value, r.visits]))
// Headless Chromium says so in its user agent, and robots are not counted: these contexts are a reader's browser.
const READER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36'
const flush = () => portal.jobs.runNow('statistics.flush')

test('with JavaScript, the article page sends its beacon and fills in the footer counter, with no policy violation', async () => {
  const context = await browser.newContext({ userAgent: READER })
  const page = await context.newPage()
  const violations: string[] = []
  page.on('console', (message) => { if (message.type() === 'error') violations.push(message.text()) })
  const slug = SEED_ARTICLE.split('/').pop()!
  const { id } = await portal.db.selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()
  const before = (await kinds()).get('article') ?? 0
  const beacon = page.waitForRequest((req) => req.url().includes('/luot-truy-cap?') && req.url().includes(`a=${id}`))
  await page.goto(base + SEED_ARTICLE, { referer: 'https://www.google.com/search?q=dan+van' })
  const sent = new URL((await beacon).url())
  assert.equal(sent.searchParams.get('p'), SEED_ARTICLE)
  assert.equal(sent.searchParams.get('r'), 'https://www.google.com', 'the referring site, not its address')
  await page.locator('[data-visit-counter]').waitFor({ state: 'visible' })
  assert.match((await page.locator('[data-visit="total"] dd').textContent())!, /^\d[\d.]*$/)
  await flush()
  assert.equal((await kinds()).get('article'), before + 1)
  assert.deepEqual(violations, [])
  await context.close()
})

test('without JavaScript, the noscript image counts the visit, and no counter shows', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, userAgent: READER })
  const page = await context.newPage()
  const before = (await kinds()).get('documents') ?? 0
  const image = page.waitForResponse((res) => res.url().endsWith('/luot-truy-cap/anh.gif'))
  await page.goto(base + '/van-ban')
  assert.equal((await image).status(), 200)
  await page.waitForLoadState('load')
  assert.equal(await page.locator('[data-visit-counter]').isVisible(), false)
  await flush()
  assert.equal((await kinds()).get('documents'), before + 1)
  await context.close()
})
