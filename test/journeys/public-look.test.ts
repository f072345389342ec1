import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import sharp from 'sharp'
import { allText, parsePage } from '../support/html.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'
import { parseXml, textsOf } from '../support/xml.ts'

// The demo portal as a new user finds it on `npm start` (issue 13): its emblem and icons, dates
// that are the articles' own, each story once on the home page, a links block that does not
// repeat its title, and two search forms a screen reader tells apart.
const SITE = 'https://bandanvan.example.vn'
const SEED_URL = '/tin-tuc/dan-van/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-trien-khai-nhiem-vu-nam-2021'
let portal: TestPortal

before(async () => {
  portal = await buildTestPortal({ seed: true, env: { PUBLIC_URL: SITE } })
  await portal.search.whenIdle()
})
after(() => portal.close())

const page = async (path: string) => parsePage((await portal.app.inject(path)).body)

test('the demo header shows the emblem, and the favicon is made from it rather than drawn', async () => {
  const home = await page('/')
  assert.equal(home.querySelector('.site-header img.site-logo')?.getAttribute('src'), '/media/demo/bieu-trung.svg')
  assert.ok((await portal.app.inject('/media/demo/bieu-trung.svg')).statusCode === 200)
  assert.equal((await portal.app.inject('/favicon.ico')).statusCode, 200)
  // The emblem's red at the icon's centre, where the drawn icon (no logo) is a white page.
  const icon = await portal.app.inject(home.querySelector('link[rel=icon][type="image/png"]')!.getAttribute('href')!)
  const { data, info } = await sharp(icon.rawPayload).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  const centre = (Math.floor(info.height / 2) * info.width + Math.floor(info.width / 2)) * 4
  const [red, green, blue] = [data[centre]!, data[centre + 1]!, data[centre + 2]!]
  assert.ok(red > 150 && green < 90 && blue < 90, `rgb(${red}, ${green}, ${blue})`)
})

test('the sitemap and JSON-LD date each demo article by its own dates, not by the day the demo was loaded', async () => {
  const today = new Date().toISOString().slice(0, 10)
  const sitemap = parseXml((await portal.app.inject('/sitemap.xml')).body)
  const seed = [...sitemap.getElementsByTagName('url')].find((u) => textsOf(u, 'loc')[0] === SITE + SEED_URL)
  assert.ok(seed, 'the seed article is in the sitemap')
  assert.equal(textsOf(seed, 'lastmod')[0]?.slice(0, 10), '2021-01-15')
  const slugs = new Set((await portal.db.selectFrom('articles').select('slug').where('status', '=', 'published').execute()).map((r) => r.slug))
  const articles = [...sitemap.getElementsByTagName('url')].filter((u) => slugs.has(textsOf(u, 'loc')[0]!.split('/').at(-1)!))
  assert.ok(articles.length > 20, `${articles.length} articles`)
  for (const url of articles) assert.notEqual(textsOf(url, 'lastmod')[0]?.slice(0, 10), today, textsOf(url, 'loc')[0])

  const doc = await page(SEED_URL)
  const article = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!)).find((d) => d['@type'] === 'NewsArticle')
  assert.equal(article.dateModified, article.datePublished)
  assert.equal(article.publisher.logo.url, `${SITE}/media/demo/bieu-trung.svg`)
})

test('the home page shows each story once', async () => {
  const home = await page('/')
  const stories = [...home.querySelectorAll('main h2 a, main h3 a')].map((a) => a.getAttribute('href')!).filter((href) => href.split('/').length > 2)
  assert.ok(stories.length >= 10, `${stories.length} stories`)
  assert.deepEqual(stories.filter((href, i) => stories.indexOf(href) !== i), [], 'no story twice')
  assert.ok(home.querySelectorAll('.home-sections section').length >= 3, 'the sections still have stories of their own')
})

test('"Liên kết website" does not repeat its title as its first group', async () => {
  const block = (await page('/')).querySelector('.links-block')!
  assert.equal(block.querySelector('h2')?.textContent, 'Liên kết website')
  assert.ok(!allText(block, 'summary').some((name) => name.toLocaleLowerCase('vi') === 'liên kết website'), allText(block, 'summary').join(', '))
  assert.ok(allText(block, 'a').some((name) => name.startsWith('Ban Dân vận Trung ương')), 'the group\'s links are still there')
  assert.deepEqual(allText(block, 'summary'), ['Cơ quan trong tỉnh'])
})

test('the header\'s search and the search page\'s own form are two landmarks with different names', async () => {
  const doc = await page('/tim-kiem?q=dan+van')
  const names = [...doc.querySelectorAll('[role=search]')].map((form) => form.getAttribute('aria-label'))
  assert.deepEqual(names, ['Tìm nhanh', 'Tra cứu nâng cao'])
})
