import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { parsePage } from '../../../test/support/html.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { parseXml, textsOf } from '../../../test/support/xml.ts'
import { DOMParser } from 'linkedom'
import { writeSiteSettings } from '../site/index.ts'

let portal: TestPortal
let news: number
let mobilisation: number
let economy: number

before(async () => {
  portal = await buildTestPortal({ env: { PUBLIC_URL: 'https://bandanvan.example.vn/' } })
  await writeSiteSettings(portal.db, { name: 'Ban Dân vận' })
  portal.events.emit('settings.changed', {})
  news = await createCategory(portal, 'Tin tức')
  mobilisation = await createCategory(portal, 'Dân vận', news)
  economy = await createCategory(portal, 'Kinh tế')
  await createArticle(portal, { title: 'Tin tức chung', categoryId: news, publishedAt: new Date('2021-01-10T01:00:00Z') })
  await createArticle(portal, {
    title: 'Hội nghị tổng kết công tác Dân vận', lead: 'Dự và chỉ đạo hội nghị.', categoryId: mobilisation,
    publishedAt: new Date('2021-01-15T02:30:00Z'), bylineKind: 'T/h', bylineName: 'Lê Hải',
  })
  await createArticle(portal, { title: 'Giá lúa tăng', categoryId: economy, publishedAt: new Date('2021-01-12T01:00:00Z'), bylineName: '' })
  await createArticle(portal, { title: 'Bản nháp chưa duyệt', categoryId: mobilisation, status: 'draft', publishedAt: new Date('2021-01-20T01:00:00Z') })
  await createArticle(portal, { title: 'Bài đã gỡ', categoryId: mobilisation, status: 'unpublished', publishedAt: new Date('2021-01-21T01:00:00Z') })
})
after(() => portal.close())

test('/rss is RSS 2.0 of the whole portal, newest first, only published articles, with absolute links from PUBLIC_URL', async () => {
  const res = await portal.app.inject('/rss')
  assert.equal(res.statusCode, 200)
  assert.equal(res.headers['content-type'], 'application/rss+xml; charset=utf-8')
  const doc = parseXml(res.body)
  assert.equal(doc.documentElement.getAttribute('version'), '2.0')
  const channel = doc.querySelector('channel')!
  assert.equal(channel.querySelector('channel > title')?.textContent, 'Ban Dân vận')
  assert.equal(channel.querySelector('channel > link')?.textContent, 'https://bandanvan.example.vn/')
  assert.equal(channel.querySelector('channel > language')?.textContent, 'vi')
  assert.equal(channel.querySelector('channel > lastBuildDate')?.textContent, 'Fri, 15 Jan 2021 02:30:00 GMT')
  const self = doc.getElementsByTagName('atom:link')[0]!
  assert.equal(self.getAttribute('rel'), 'self')
  assert.equal(self.getAttribute('href'), 'https://bandanvan.example.vn/rss')
  const items = [...doc.querySelectorAll('item')]
  assert.deepEqual(items.map((i) => i.querySelector('title')?.textContent), ['Hội nghị tổng kết công tác Dân vận', 'Giá lúa tăng', 'Tin tức chung'])
  const first = items[0]!
  const url = 'https://bandanvan.example.vn/tin-tuc/dan-van/hoi-nghi-tong-ket-cong-tac-dan-van'
  assert.equal(first.querySelector('link')?.textContent, url)
  assert.equal(first.querySelector('guid')?.textContent, url)
  assert.equal(first.querySelector('guid')?.getAttribute('isPermaLink'), 'true')
  assert.equal(first.querySelector('pubDate')?.textContent, 'Fri, 15 Jan 2021 02:30:00 GMT')
  assert.ok(!Number.isNaN(Date.parse(first.querySelector('pubDate')!.textContent!)))
  assert.equal(first.querySelector('description')?.textContent, 'Dự và chỉ đạo hội nghị.')
  assert.equal(first.querySelector('category')?.textContent, 'Dân vận')
  assert.deepEqual(textsOf(first, 'dc:creator'), ['Lê Hải'])
  assert.deepEqual(textsOf(items[1]!, 'dc:creator'), [], 'no byline, no creator')
})

test('a category feed holds its own and its sub-categories\' articles, and no others', async () => {
  const res = await portal.app.inject('/rss/tin-tuc')
  assert.equal(res.statusCode, 200)
  const doc = parseXml(res.body)
  assert.equal(doc.querySelector('channel > title')?.textContent, 'Tin tức - Ban Dân vận')
  assert.equal(doc.querySelector('channel > link')?.textContent, 'https://bandanvan.example.vn/tin-tuc')
  assert.equal(doc.getElementsByTagName('atom:link')[0]?.getAttribute('href'), 'https://bandanvan.example.vn/rss/tin-tuc')
  assert.deepEqual(textsOf(doc, 'title').slice(1), ['Hội nghị tổng kết công tác Dân vận', 'Tin tức chung'])
  const sub = parseXml((await portal.app.inject('/rss/tin-tuc/dan-van')).body)
  assert.deepEqual(textsOf(sub, 'title').slice(1), ['Hội nghị tổng kết công tác Dân vận'])
})

test('an unknown category feed is the Vietnamese 404 page; a query string redirects to the one cached address', async () => {
  for (const path of ['/rss/khong-co', '/rss/tin-tuc/khong-co', '/rss/']) {
    const res = await portal.app.inject(path)
    assert.equal(res.statusCode, 404, path)
    assert.match(res.body, /Không tìm thấy/)
  }
  const redirected = await portal.app.inject('/rss/tin-tuc?utm_source=zalo')
  assert.equal(redirected.statusCode, 301)
  assert.equal(redirected.headers.location, '/rss/tin-tuc')
})

test('titles and leads with <, & and quotes are escaped, and control characters cannot break the XML', async () => {
  const section = await createCategory(portal, 'Ký tự đặc biệt')
  await createArticle(portal, {
    title: 'Lương & thưởng <năm 2021> "mới" \'nhất\'', lead: 'A < B && C > D "trích dẫn"\u0001 hết.', categoryId: section,
    bylineName: 'Trần <Văn> & "Ba"',
  })
  const res = await portal.app.inject('/rss/ky-tu-dac-biet')
  assert.doesNotMatch(res.body, /<năm|&&|\u0001/)
  const item = parseXml(res.body).querySelector('item')!
  assert.equal(asReaderShowsIt(item.querySelector('title')!.textContent!), 'Lương & thưởng <năm 2021> "mới" \'nhất\'')
  assert.equal(asReaderShowsIt(item.querySelector('description')!.textContent!), 'A < B && C > D "trích dẫn" hết.')
  assert.deepEqual(textsOf(item, 'dc:creator').map(asReaderShowsIt), ['Trần <Văn> & "Ba"'])
})

test('markup in a title, lead or byline reaches a feed reader as text, never as elements', async () => {
  const section = await createCategory(portal, 'Thử mã độc')
  const lead = 'Xem <a href="javascript:alert(1)">tại đây</a> <img src=x onerror=alert(2)> ]]> <![CDATA[ &lt;b&gt;'
  const title = 'Tin <script>alert(3)</script> & <b>đậm</b>'
  const byline = '<i>Phóng viên</i>'
  await createArticle(portal, { title, lead, categoryId: section, bylineName: byline })
  const item = parseXml((await portal.app.inject('/rss/thu-ma-doc')).body).querySelector('item')!
  // A reader decodes the XML, then renders the element's text as HTML.
  for (const [name, original] of [['description', lead], ['title', title], ['dc:creator', byline]] as const) {
    const decoded = textsOf(item, name)[0]!
    const body = new DOMParser().parseFromString(`<!doctype html><html><body>${decoded}</body></html>`, 'text/html').body
    assert.equal(body.children.length, 0, `${name} holds no elements: ${decoded}`)
    assert.equal(body.textContent, original, name)
  }
})

/** What a feed reader shows: the element's text, rendered as HTML. */
function asReaderShowsIt(decoded: string): string {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${decoded}</body></html>`, 'text/html').body.textContent ?? ''
}

test('pages offer the portal\'s feed, and a category page its own', async () => {
  const home = parsePage((await portal.app.inject('/')).body)
  assert.ok(home.querySelector('link[rel=alternate][type="application/rss+xml"][href="/rss"]'))
  const category = parsePage((await portal.app.inject('/tin-tuc/dan-van')).body)
  assert.ok(category.querySelector('link[rel=alternate][type="application/rss+xml"][href="/rss/tin-tuc/dan-van"]'))
})

test('links ignore the Host a request claims', async () => {
  const res = await portal.app.inject({ url: '/rss/kinh-te', headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' } })
  assert.doesNotMatch(res.body, /evil\.example/)
  assert.match(res.body, /https:\/\/bandanvan\.example\.vn\/kinh-te\/gia-lua-tang/)
})
