import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { axeViolations } from '../support/axe.ts'
import { launchBrowser, screenshotPath, signInThroughForm } from '../support/browser.ts'
import { createUser } from '../support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// An administrator builds a unit with two people through the newsroom's forms, translates them
// into English, and finds them on /en/organisation; the chart page passes axe at two widths. The
// compliance page's line for the English structure is red before, leads to the structure screen,
// and is green after.
let portal: TestPortal
let base: string
let browser: Browser
let context: BrowserContext
let page: Page

before(async () => {
  portal = await buildTestPortal()
  await createUser(portal.db, 'administrator', 'quantri@example.vn')
  base = await portal.listen()
  browser = await launchBrowser()
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  page = await context.newPage()
})
after(async () => {
  await context?.close()
  await browser?.close()
  await portal.close()
})

async function addPerson(name: string, title: string, since: string, spokesperson: boolean) {
  await page.getByRole('link', { name: 'Thêm cán bộ' }).click()
  await page.getByLabel('Họ và tên').fill(name)
  await page.getByLabel('Chức vụ', { exact: true }).fill(title)
  await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: 'Ban Dân vận Tỉnh ủy' })
  await page.getByLabel('Giữ chức vụ từ').fill(since)
  await page.getByLabel('Lãnh đạo', { exact: true }).check()
  if (spokesperson) await page.getByLabel('Người phát ngôn').check()
  await page.getByRole('button', { name: 'Lưu' }).click()
  await page.waitForURL(base + '/toa-soan/co-cau')
}

async function translate(link: string, field: string, english: string) {
  await page.locator('.needs-translation').getByRole('link', { name: link }).click()
  await page.getByLabel(field, { exact: true }).fill(english)
  await page.getByRole('button', { name: 'Lưu' }).click()
  await page.waitForURL(base + '/toa-soan/co-cau')
}

test('an administrator builds a unit with two people and translates them into English', async () => {
  await signInThroughForm(page, base, 'quantri@example.vn')
  await page.getByRole('link', { name: 'Cơ cấu tổ chức' }).click()
  await page.getByRole('link', { name: 'Thêm đơn vị' }).click()
  await page.getByLabel('Loại đơn vị').selectOption({ label: 'Cơ quan' })
  await page.getByLabel('Tên đơn vị').fill('Ban Dân vận Tỉnh ủy')
  await page.getByLabel('Điện thoại').fill('0234 3822 123')
  await page.getByLabel('Đường dây nóng').fill('0234 3822 999')
  await page.getByRole('button', { name: 'Lưu' }).click()
  await page.waitForURL(base + '/toa-soan/co-cau')
  await addPerson('Nguyễn Văn Hùng', 'Trưởng ban', '10/2020', false)
  await addPerson('Đặng Thị Mai', 'Phó Trưởng ban', '03/2024', true)
  const needs = await page.locator('.needs-translation').innerText()
  for (const item of ['Cần dịch: Đơn vị Ban Dân vận Tỉnh ủy', 'Cần dịch: Cán bộ Nguyễn Văn Hùng – Trưởng ban', 'Cần dịch: Cán bộ Đặng Thị Mai – Phó Trưởng ban']) assert.ok(needs.includes(item), needs)

  const englishLine = () => page.locator('tr[data-duty="structure-english"]')
  await page.getByRole('link', { name: 'Bàn làm việc' }).first().click()
  await page.getByRole('link', { name: 'Trang tuân thủ' }).click()
  assert.equal(await englishLine().locator('.compliance-state').innerText(), 'Chưa đạt')
  await englishLine().getByRole('link', { name: /^Sửa/ }).click()
  await page.waitForURL(base + '/toa-soan/co-cau')

  await translate('Ban Dân vận Tỉnh ủy', 'Tên tiếng Anh', 'Mass Mobilisation Commission')
  await translate('Nguyễn Văn Hùng – Trưởng ban', 'Chức vụ bằng tiếng Anh', 'Head of the Commission')
  await translate('Đặng Thị Mai – Phó Trưởng ban', 'Chức vụ bằng tiếng Anh', 'Deputy Head')
  assert.match(await page.locator('#can-dich').innerText(), /Mọi đơn vị và cán bộ đều có bản tiếng Anh mới nhất/)
  await page.goto(base + '/toa-soan/quan-tri/tuan-thu')
  assert.equal(await englishLine().locator('.compliance-state').innerText(), 'Đạt')
})

test('the English page shows the unit, its two people, the spokesperson and the hotline', async () => {
  await page.goto(base + '/en/organisation')
  assert.equal(await page.locator('h1').innerText(), 'Organisation')
  assert.match(await page.locator('.org-contact-points').innerText(), /Hotline[\s\S]*0234 3822 999[\s\S]*Spokesperson: Đặng Thị Mai, Deputy Head/)
  const chart = await page.locator('.org-chart').innerText()
  assert.match(chart, /Mass Mobilisation Commission/)
  assert.match(chart, /Nguyễn Văn Hùng\s+Head of the Commission since 10\/2020/)
  assert.match(chart, /Đặng Thị Mai\s+Spokesperson\s+Deputy Head since 03\/2024/)
  await page.screenshot({ path: screenshotPath('structure-english'), fullPage: true })
})

test('the chart page passes axe, wide and narrow', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 800 }]) {
    await page.setViewportSize(viewport)
    await page.goto(base + '/co-cau-to-chuc')
    assert.deepEqual(await axeViolations(page), [], `${viewport.width}px`)
  }
})
