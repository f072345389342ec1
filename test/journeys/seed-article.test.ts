import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, test } from 'node:test'
import { allText, parsePage, textOf } from '../support/html.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// A new reader opens the demo portal and reads the seed article as the seed page shows it.
const SEED_URL = '/tin-tuc/dan-van/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-trien-khai-nhiem-vu-nam-2021'
const seedText = readFileSync(new URL('../fixtures/seed-page.txt', import.meta.url), 'utf8')
const seedParagraphs = seedText.split('\n').map((l) => l.trim()).filter((l) => l.length > 80)

let portal: TestPortal
let base: string

before(async () => {
  portal = await buildTestPortal({ seed: true })
  base = await portal.listen()
})
after(() => portal.close())

test('the seed article reads as the seed page: breadcrumb, title, paragraphs, byline, comments, blocks', async () => {
  const res = await fetch(base + SEED_URL)
  assert.equal(res.status, 200)
  const doc = parsePage(await res.text())
  assert.equal(textOf(doc, '.breadcrumb h2'), 'Bạn đang ở đây')
  assert.deepEqual(allText(doc, '.breadcrumb li').slice(0, 3), ['Trang chủ', 'Tin tức', 'Dân vận'])
  assert.equal(textOf(doc, 'h1'), 'Hội nghị tổng kết công tác Dân vận năm 2020, triển khai nhiệm vụ năm 2021')
  const text = textOf(doc, 'article')
  for (const paragraph of seedParagraphs) assert.ok(text.includes(paragraph.slice(0, 200)), `shows: ${paragraph.slice(0, 60)}…`)
  assert.equal(textOf(doc, '.byline'), 'T/h: Lê Hải')
  assert.match(textOf(doc, '.article-meta'), /^Thứ Sáu, 15\/01\/2021 \d\d:\d\d$/)
  assert.match(textOf(doc, '#y-kien-ban-doc'), /ý kiến bạn đọc \(3\)/i)
  assert.equal(doc.querySelectorAll('.comment-list > li').length, 2, 'a reader\'s reply sits under its comment')
  assert.match(textOf(doc, '.official-reply'), /^Ban Dân vận Tỉnh ủy Bình Định trả lời/)
  assert.doesNotMatch(textOf(doc, '.comments'), /Phạm Thị Hồng|@example\.vn/, 'neither the pending comment nor any e-mail')
  assert.match(textOf(doc, '.weather-block'), /Thời tiết/)
  assert.match(textOf(doc, '.links-block'), /Liên kết website/i)
})

test('the demo shows "Đọc nhiều" with the seed article most read, once the list is worked out as at start', async () => {
  await portal.mostRead.refreshNow()
  const doc = parsePage(await (await fetch(base + '/')).text())
  const items = [...doc.querySelectorAll('.most-read-block li a')]
  assert.ok(items.length >= 5)
  assert.equal(items[0]!.getAttribute('href'), SEED_URL)
})

test('the links block lists real agencies, opening safely in a new tab without JavaScript', async () => {
  const doc = parsePage(await (await fetch(base + SEED_URL)).text())
  const links = [...doc.querySelectorAll('.links-block a')]
  assert.ok(links.length >= 5)
  for (const link of links) {
    assert.match(link.getAttribute('href')!, /^https:\/\//)
    assert.match(link.getAttribute('rel')!, /noopener/)
  }
  assert.equal(doc.querySelector('.links-block select[onchange]'), null)
  assert.ok(doc.querySelector('.links-block details summary'))
})

test('the demo has at least 30 more articles across at least 5 categories, some nested', async () => {
  const articles = await portal.db.selectFrom('articles').select(['category_id', 'byline_kind', 'lead_image_url']).where('status', '=', 'published').execute()
  assert.ok(articles.length >= 31)
  assert.ok(new Set(articles.map((a) => a.category_id)).size >= 5)
  assert.ok(new Set(articles.map((a) => a.byline_kind)).size >= 3)
  assert.ok(articles.some((a) => a.lead_image_url))
  const nested = await portal.db.selectFrom('categories').select('id').where('parent_id', 'is not', null).execute()
  assert.ok(nested.length >= 2)
})

test('demo images are served from the media folder', async () => {
  const withImage = await portal.db.selectFrom('articles').select('slug').where('lead_image_url', 'is not', null).executeTakeFirstOrThrow()
  const page = await fetch(`${base}/tin-tuc/${withImage.slug}`)
  const doc = parsePage(await page.text())
  const image = doc.querySelector('.lead-image img[src^="/media/"]')
  assert.ok(image, 'the article shows its lead image')
  const res = await fetch(base + image.getAttribute('src')!)
  assert.equal(res.status, 200)
  assert.match(res.headers.get('content-security-policy')!, /sandbox/)
})

test('every category page and every article linked from the home page opens', async () => {
  const doc = parsePage(await (await fetch(base + '/')).text())
  const hrefs = new Set([...doc.querySelectorAll('a[href^="/"]')].map((a) => a.getAttribute('href')!))
  assert.ok(hrefs.size > 10)
  for (const href of hrefs) assert.equal((await fetch(base + href)).status, 200, href)
})

test('the health check reports the database', async () => {
  const res = await fetch(base + '/healthz')
  assert.equal(res.status, 200)
  assert.deepEqual(await res.json(), { status: 'ok', database: 'ok' })
})
