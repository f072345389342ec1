import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createArticle, createCategory } from '../support/factories.ts'
import { allText, parsePage, textOf } from '../support/html.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'
import { parseXml, textsOf } from '../support/xml.ts'

// The English pages under /en/ (issue 12, "Languages"): the English interface, English items
// only, and the way back to the Vietnamese portal.

let portal: TestPortal
let base: string
let english: { id: number; slug: string }
let vietnamese: { id: number; slug: string }
let categoryId: number

before(async () => {
  portal = await buildTestPortal()
  base = await portal.listen()
  categoryId = await createCategory(portal, 'Đối ngoại')
  vietnamese = await createArticle(portal, { categoryId, title: 'Tỉnh đón đoàn công tác nước ngoài', lead: 'Tóm tắt tiếng Việt.', tags: ['Đối ngoại'] })
  english = await createArticle(portal, { categoryId, title: 'Province welcomes foreign investors', lead: 'An English summary.', bodyHtml: '<p>English text about investors.</p>', language: 'en' })
  await portal.search.whenIdle()
})
after(() => portal?.close())

const page = async (path: string) => {
  const res = await portal.app.inject(path)
  return { res, doc: parsePage(res.body) }
}

/** Alternates are absolute (search engines want them so): their path, once checked that they are. */
function pathOf(href: string | null): string {
  assert.match(href ?? '', /^https?:\/\//, 'an absolute address')
  return new URL(href!).pathname
}

test('/en/ is the English home: English interface, the English item, and a link to the Vietnamese portal', async () => {
  const { res, doc } = await page('/en/')
  assert.equal(res.statusCode, 200)
  assert.equal(doc.documentElement.getAttribute('lang'), 'en')
  assert.equal(textOf(doc, '.skip-link'), 'Skip to main content')
  assert.equal(doc.querySelector('.site-search')!.getAttribute('action'), '/en/search')
  assert.deepEqual(allText(doc, 'main .article-list h3'), ['Province welcomes foreign investors'])
  assert.equal(doc.querySelector('main .article-list h3 a')!.getAttribute('href'), `/en/${english.slug}`)
  assert.ok(doc.querySelector('main a[href="/"][hreflang="vi"]'), 'a link to the Vietnamese portal')
  assert.equal(pathOf(doc.querySelector('link[rel="alternate"][hreflang="vi"]')!.getAttribute('href')), '/')
  assert.equal(pathOf(doc.querySelector('link[rel="alternate"][hreflang="en"]')!.getAttribute('href')), '/en/')
})

test('no Vietnamese content is served under /en/: no Vietnamese article, category menu, most-read or links', async () => {
  const { res, doc } = await page('/en/')
  assert.doesNotMatch(res.body, /Tỉnh đón đoàn công tác/)
  assert.doesNotMatch(res.body, /Đối ngoại/)
  // The modules' English pages (the register's Documents, Hỏi đáp's questions, the structure, the calendar) are linked; no Vietnamese category is.
  assert.deepEqual(allText(doc, '.site-nav a'), ['Home', 'Documents', 'Questions and answers', 'Organisation', 'Work calendar', 'Tiếng Việt'])
  const under = await page(`/en/${vietnamese.slug}`)
  assert.equal(under.res.statusCode, 404)
  assert.doesNotMatch(under.res.body, /Tỉnh đón đoàn công tác/)
})

test('the Vietnamese home keeps its items and interface, leaves the English one out, and names its English counterpart', async () => {
  const { doc } = await page('/')
  assert.equal(doc.documentElement.getAttribute('lang'), 'vi')
  assert.equal(textOf(doc, '.skip-link'), 'Chuyển đến nội dung chính')
  const titles = allText(doc, 'main h2, main h3')
  assert.ok(titles.includes('Tỉnh đón đoàn công tác nước ngoài'))
  assert.ok(!titles.includes('Province welcomes foreign investors'))
  assert.equal(pathOf(doc.querySelector('link[rel="alternate"][hreflang="en"]')!.getAttribute('href')), '/en/')
  assert.equal(pathOf(doc.querySelector('link[rel="alternate"][hreflang="vi"]')!.getAttribute('href')), '/')
  const category = await page('/doi-ngoai')
  assert.deepEqual(allText(category.doc, 'main .article-list h3'), ['Tỉnh đón đoàn công tác nước ngoài'])
  const feed = await portal.app.inject('/rss')
  assert.doesNotMatch(feed.body, /Province welcomes/)
})

test('the English article is read under /en/ in English; its Vietnamese-portal address leads there', async () => {
  const { res, doc } = await page(`/en/${english.slug}`)
  assert.equal(res.statusCode, 200)
  assert.equal(doc.documentElement.getAttribute('lang'), 'en')
  assert.equal(textOf(doc, 'h1'), 'Province welcomes foreign investors')
  assert.deepEqual(allText(doc, '.breadcrumb li'), ['Home', 'Province welcomes foreign investors'])
  assert.match(textOf(doc, '.article-meta'), /^\w+day, \d{1,2} \w+ \d{4} at \d{2}:\d{2}$/)
  assert.equal(doc.querySelector('#gui-y-kien'), null, 'no Vietnamese comment form')
  const old = await portal.app.inject(`/doi-ngoai/${english.slug}`)
  assert.equal(old.statusCode, 301)
  assert.equal(old.headers.location, `/en/${english.slug}`)
})

test('/en/search finds the English items only, with the English interface', async () => {
  const found = await page('/en/search?q=investors')
  assert.equal(found.res.statusCode, 200)
  assert.equal(found.doc.documentElement.getAttribute('lang'), 'en')
  assert.equal(textOf(found.doc, '.search-count'), '1 result')
  assert.deepEqual(allText(found.doc, '.search-results h2'), ['Province welcomes foreign investors'])
  assert.equal(found.doc.querySelector('.search-results h2 a')!.getAttribute('href'), `/en/${english.slug}`)
  const vietnameseWord = await page(`/en/search?q=${encodeURIComponent('đoàn công tác')}`)
  assert.equal(vietnameseWord.doc.querySelectorAll('.search-result').length, 0)
  assert.match(textOf(vietnameseWord.doc, '.nothing-found'), /^Nothing found for “đoàn công tác”$/)
  assert.ok(vietnameseWord.doc.querySelector(`a[href="/tim-kiem?q=${encodeURIComponent('đoàn công tác').replace(/%20/g, '+')}"]`), 'offers the Vietnamese search')
  assert.equal((await page('/en/search')).res.statusCode, 200)
  const alternates = (doc: Document) => [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => `${l.getAttribute('hreflang')} ${pathOf(l.getAttribute('href'))}`)
  assert.deepEqual(alternates(found.doc), ['vi /tim-kiem', 'en /en/search'])
  assert.deepEqual(alternates((await page('/tim-kiem?q=abc')).doc), ['vi /tim-kiem', 'en /en/search'])
  assert.deepEqual(alternates((await page('/doi-ngoai')).doc), [], 'no counterpart, no alternates')
})

test('a page missing under /en/ is an English 404; /en leads to /en/', async () => {
  const { res, doc } = await page('/en/no-such-page')
  assert.equal(res.statusCode, 404)
  assert.equal(doc.documentElement.getAttribute('lang'), 'en')
  assert.equal(textOf(doc, 'h1'), 'Page not found')
  assert.equal(doc.querySelector('.error-page a')!.getAttribute('href'), '/en/')
  const deeper = await page('/en/a/b')
  assert.equal(deeper.res.statusCode, 404)
  assert.equal(textOf(deeper.doc, 'h1'), 'Page not found')
  const bare = await portal.app.inject('/en')
  assert.equal(bare.statusCode, 301)
  assert.equal(bare.headers.location, '/en/')
  const vi = await page('/khong-co-trang-nay')
  assert.equal(textOf(vi.doc, 'h1'), 'Không tìm thấy trang')
})

test('English pages are cached like the others, and purged when an article changes', async () => {
  const first = await fetch(`${base}/en/`)
  assert.match(await first.text(), /Province welcomes foreign investors/)
  await portal.db.updateTable('articles').set({ title: 'Changed behind the cache' }).where('id', '=', english.id).execute()
  assert.match(await (await fetch(`${base}/en/`)).text(), /Province welcomes foreign investors/, 'served from the page cache')
  portal.events.emit('article.changed', { articleId: english.id, categoryIds: [categoryId] })
  assert.match(await (await fetch(`${base}/en/`)).text(), /Changed behind the cache/)
  await portal.db.updateTable('articles').set({ title: 'Province welcomes foreign investors' }).where('id', '=', english.id).execute()
  portal.events.emit('article.changed', { articleId: english.id, categoryIds: [categoryId] })
})

test('the sitemap gives an English article its /en/ address, not its category\'s', async () => {
  const locs = textsOf(parseXml((await portal.app.inject('/sitemap.xml')).body), 'loc')
  assert.ok(locs.some((loc) => loc.endsWith(`/en/${english.slug}`)), locs.join(' '))
  assert.ok(!locs.some((loc) => loc.endsWith(`/${english.slug}`) && !loc.endsWith(`/en/${english.slug}`)), 'not at the category address that only redirects')
  assert.ok(locs.some((loc) => loc.endsWith(`/${vietnamese.slug}`) && !loc.includes('/en/')))
})
