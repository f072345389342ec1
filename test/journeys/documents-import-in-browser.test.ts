import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'
import { makeDemoPdf } from '../../src/features/documents/files/demo-pdf.ts'
import { IMPORT_HEADER, xlsxOf, zipOf, type SheetCell } from '../../src/features/documents/import/import-samples.ts'
import { launchBrowser, screenshotPath, signInThroughForm } from '../support/browser.ts'
import { createField, createIssuer } from '../support/documents.factory.ts'
import { createUser } from '../support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// Issue 14's journey: a clerk imports a spreadsheet of 20 documents with their PDFs and publishes
// them; a reader filters the register by kind and year, searches without diacritics a phrase
// that is only inside one PDF, opens that document and downloads its file under its Vietnamese name.

const PHRASE = 'bảo tồn nhà sàn truyền thống'
const HIDDEN_FILE = 'Quyết định về nhà sàn Ê Đê.pdf'
const KINDS = ['Quyết định', 'Kế hoạch', 'Công văn'] as const
const YEARS = [2022, 2023, 2024] as const

let portal: TestPortal
let base: string
let browser: Browser

before(async () => {
  portal = await buildTestPortal({ seed: false })
  base = await portal.listen()
  browser = await launchBrowser()
  await createUser(portal.db, 'clerk', 'vanthu@example.vn')
  await createIssuer({ db: portal.db }, 'UBND tỉnh Đắk Lắk', 'UBND')
  await createField({ db: portal.db }, 'Văn hóa')
})
after(async () => {
  await browser?.close()
  await portal.close()
})

/** Twenty documents, kinds in turn and years by threes; the 4th (one of two Quyết định of 2023) holds the phrase only in its PDF. */
async function register(): Promise<{ sheet: Buffer; zip: Buffer }> {
  const rows: SheetCell[][] = [[...IMPORT_HEADER]]
  const files: Record<string, Buffer> = {}
  for (let i = 1; i <= 20; i++) {
    const kind = KINDS[(i - 1) % 3]!
    const year = YEARS[Math.floor((i - 1) / 3) % 3]!
    const number = kind === 'Công văn' ? `${100 + i}/UBND-VX` : `${i}/${year}/${kind === 'Quyết định' ? 'QĐ' : 'KH'}-UBND`
    const hidden = i === 4
    const fileName = hidden ? HIDDEN_FILE : `Văn bản số ${i} năm ${year}.pdf`
    files[fileName] = await makeDemoPdf(hidden
      ? [`Quyết định số ${number}`, `Quy định về ${PHRASE} của đồng bào Ê Đê`]
      : [`${kind} số ${number}`, `Nội dung văn bản thứ ${i}`])
    rows.push([kind, number, 'UBND tỉnh Đắk Lắk', 'Văn hóa', 'Nguyễn Văn An', new Date(Date.UTC(year, i % 12, 10)), null, null,
      hidden ? 'Về việc ban hành quy chế quản lý di sản văn hóa trên địa bàn tỉnh' : `Về việc triển khai nhiệm vụ số ${i}`, fileName])
  }
  return { sheet: await xlsxOf(rows), zip: zipOf(files) }
}

test('a clerk imports 20 documents with their PDFs; a reader filters by kind and year, finds a phrase inside a PDF without diacritics and downloads it under its Vietnamese name', async () => {
  const { sheet, zip } = await register()
  const clerk = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await clerk.newPage()
  await signInThroughForm(page, base, 'vanthu@example.vn')
  await page.goto(base + '/toa-soan/van-ban')
  await page.getByRole('link', { name: 'Nhập từ bảng tính' }).click()
  await page.getByLabel('Bảng tính (XLSX hoặc CSV)').setInputFiles({ name: 'Sổ văn bản 2024.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: sheet })
  await page.getByLabel('Tệp ZIP chứa các tệp đính kèm (không bắt buộc)').setInputFiles({ name: 'Tệp đính kèm.zip', mimeType: 'application/zip', buffer: zip })
  await page.getByRole('button', { name: 'Xem trước' }).click()
  await page.waitForSelector('.import-documents')
  assert.equal(await page.locator('.import-documents caption').innerText(), '20 văn bản sẽ được tạo')
  assert.equal(await page.locator('.import-documents tbody tr').count(), 20)
  assert.equal(await page.locator('.import-problems').count(), 0)
  assert.match(await page.locator('.import-documents tr[data-row="5"]').innerText(), /Quyết định về nhà sàn Ê Đê\.pdf/)
  await page.screenshot({ path: screenshotPath('documents-import-dry-run'), fullPage: true })
  await page.getByLabel('Đăng ngay').check()
  await page.getByRole('button', { name: 'Nhập 20 văn bản' }).click()
  await page.waitForURL(/\/toa-soan\/van-ban\/nhap\/da-nhap/)
  assert.match(await page.locator('[role=status]').innerText(), /Đã nhập 20 văn bản và đăng ngay/)
  await clerk.close()

  const reader = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
  const list = await reader.newPage()
  await list.goto(base + '/van-ban')
  assert.match(await list.locator('.document-count').innerText(), /20/)
  await list.locator('.facet-kind a', { hasText: 'Quyết định' }).click()
  await list.locator('.facet-year a', { hasText: '2023' }).click()
  await list.waitForURL(/nam|year|2023/)
  const titles = await list.locator('.document-list .document-item h3').allInnerTexts()
  assert.deepEqual(titles.sort(), ['Quyết định số 13/2023/QĐ-UBND', 'Quyết định số 4/2023/QĐ-UBND'])
  for (const day of await list.locator('.document-list .document-item time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')))) assert.match(day!, /^2023-/)

  await list.locator('#tim-van-ban').fill('bao ton nha san')
  await list.locator('form.document-search').getByRole('button', { name: 'Tìm', exact: true }).click()
  await list.waitForURL(/bao\+ton\+nha\+san/)
  const found = list.locator('.document-list .document-item h3')
  assert.deepEqual(await found.allInnerTexts(), ['Quyết định số 4/2023/QĐ-UBND'])
  await list.screenshot({ path: screenshotPath('documents-import-found-in-pdf'), fullPage: true })
  await found.first().locator('a').click()
  await list.waitForSelector('.document-files')
  const link = list.locator('.document-files li a', { hasText: HIDDEN_FILE }).first()
  const [download] = await Promise.all([list.waitForEvent('download'), link.click({ modifiers: ['Alt'] })])
  assert.equal(download.suggestedFilename(), HIDDEN_FILE)
  assert.ok(await download.path(), 'the file arrived')
  await reader.close()
})
