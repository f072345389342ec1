import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { insertLinkGroup } from '../../src/features/links/index.ts'
import { insertWeatherPlace, WeatherRefresher } from '../../src/features/weather/index.ts'
import { startFakeWeather, type FakeWeather } from '../support/fake-weather.ts'
import { writeSiteSettings } from '../../src/features/site/index.ts'
import { postComment } from '../support/comments.ts'
import { createArticle, createCategory } from '../support/factories.ts'
import { parsePage } from '../support/html.ts'
import { createUser } from '../support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'
import { findComments, setCommentStatus } from '../../src/features/comments/comment.repository.ts'

// Every public page kind rendered in the pseudo-language, where each catalogue message comes
// out as ⟦…⟧. What is left once those and the content this test seeded are taken away must
// hold no letters: a word there is interface text that did not come from a catalogue.

let portal: TestPortal
let weather: FakeWeather
let article: { id: number; slug: string }
let categoryPath: string

// Content: what the newsroom and the readers wrote. Everything else on a page is interface.
const content = {
  site: ['Cổng thông tin điện tử tỉnh Thử Nghiệm', 'Thông tin chính thống của tỉnh', 'Ủy ban nhân dân tỉnh Thử Nghiệm', 'Nguyễn Văn Trách', 'Giấy phép số 12/GP-TTĐT', 'Số 1 đường Trần Phú', '0200 3822 111', 'banbientap@thunghiem.gov.vn'],
  categories: ['Tin tức', 'Dân vận khéo'],
  articles: ['Hội nghị dân vận khéo năm 2026', 'Tóm tắt hội nghị dân vận.', 'Nội dung hội nghị dân vận khéo.', 'Xây dựng nông thôn mới', 'Tóm tắt nông thôn mới.', 'Nội dung nông thôn mới.'],
  bylines: ['Bài', 'Phóng viên'],
  tags: ['Dân vận', 'Nông thôn mới'],
  comments: ['Nguyễn Văn An', 'Ý kiến rất hay về hội nghị.'],
  links: ['Cơ quan trung ương', 'Cổng TTĐT Chính phủ'],
  places: ['Quy Nhơn'],
  searches: ['dân vận', 'khongcotu'],
  // The reading tools' size buttons are symbols, not words.
  symbols: ['A++', 'A+', 'A−', 'A'],
}
const known = Object.values(content).flat().sort((a, b) => b.length - a.length)

before(async () => {
  weather = await startFakeWeather()
  portal = await buildTestPortal({ pseudoLanguage: true, env: { WEATHER_URL: weather.url } })
  await insertWeatherPlace(portal.db, { name: 'Quy Nhơn', latitude: 13.7765, longitude: 109.2237, position: 0 })
  await new WeatherRefresher(portal.db, portal.events, { now: () => new Date() }, portal.app.log, { endpoint: weather.url, intervalMs: 60_000, timeoutMs: 2000 }).refreshNow()
  const [name, tagline, governingBody, responsiblePerson, licence, address, phone, email] = content.site
  await writeSiteSettings(portal.db, { name, tagline, governingBody, responsiblePerson, licence, address, phone, email })
  portal.events.emit('settings.changed', {})
  const news = await createCategory(portal, 'Tin tức')
  const child = await createCategory(portal, 'Dân vận khéo', news)
  categoryPath = '/tin-tuc'
  article = await createArticle(portal, { categoryId: child, title: 'Hội nghị dân vận khéo năm 2026', lead: 'Tóm tắt hội nghị dân vận.', bodyHtml: '<p>Nội dung hội nghị dân vận khéo.</p>', tags: ['Dân vận'], bylineKind: 'Bài', bylineName: 'Phóng viên' })
  await createArticle(portal, { categoryId: child, title: 'Xây dựng nông thôn mới', lead: 'Tóm tắt nông thôn mới.', bodyHtml: '<p>Nội dung nông thôn mới.</p>', tags: ['Nông thôn mới'] })
  await insertLinkGroup(portal.db, 'Cơ quan trung ương', 0, [{ name: 'Cổng TTĐT Chính phủ', url: 'https://chinhphu.vn' }])
  portal.events.emit('links.changed', {})
  const posted = await postComment(portal.app, article.id, { name: 'Nguyễn Văn An', body: 'Ý kiến rất hay về hội nghị.' })
  assert.equal(posted.statusCode, 200)
  const [row] = await portal.db.selectFrom('comments').select('id').where('article_id', '=', article.id).execute()
  const moderator = await createUser(portal.db, 'moderator', 'kiem-duyet@example.vn')
  await setCommentStatus(portal.db, [row!.id], 'approved', moderator, new Date())
  assert.ok((await findComments(portal.db, [row!.id]))[0])
  portal.events.emit('comments.changed', { articleId: article.id })
  await portal.search.whenIdle()
})
after(async () => {
  await portal?.close()
  await weather?.close()
})

/** The interface text of a page that came from no catalogue: visible text and the attributes people hear or see. */
function wordsFromNowhere(markup: string): string[] {
  const doc = parsePage(markup)
  for (const el of doc.querySelectorAll('script, style')) el.remove()
  const texts: string[] = [doc.title, doc.body?.textContent ?? '']
  for (const el of doc.querySelectorAll('[title], [alt], [placeholder], [aria-label], meta[name="description"], meta[property="og:title"], meta[property="og:description"]')) {
    for (const name of ['title', 'alt', 'placeholder', 'aria-label', 'content']) {
      const value = el.getAttribute(name)
      if (value) texts.push(value)
    }
  }
  const leftovers: string[] = []
  for (const text of texts) {
    let rest = text.replace(/⟦[^⟧]*⟧/g, ' ')
    for (const phrase of known) rest = rest.split(phrase).join(' ')
    for (const word of rest.split(/\s+/)) if (/\p{L}/u.test(word)) leftovers.push(word)
  }
  return [...new Set(leftovers)]
}

async function assertAllFromCatalogue(url: string, status = 200, method: 'GET' | 'POST' = 'GET', on: TestPortal = portal) {
  const res = await on.app.inject({ method, url })
  assert.equal(res.statusCode, status, url)
  assert.match(res.body, /⟦/, `${url} is in the pseudo-language`)
  assert.deepEqual(wordsFromNowhere(res.body), [], `${url}: interface words not from a catalogue`)
}

test('the home page\'s interface words all come from the catalogue, the weather block\'s with data included', async () => {
  assert.match((await portal.app.inject('/')).body, /class="weather-place"/)
  await assertAllFromCatalogue('/')
})
test('a category page\'s', () => assertAllFromCatalogue(categoryPath))
test('an article page\'s, with its approved comment, the official reply link and the comment form', async () => {
  const url = `${categoryPath}/dan-van-kheo/${article.slug}`
  const res = await portal.app.inject(url)
  assert.match(res.body, /Ý kiến rất hay về hội nghị/)
  assert.match(res.body, /id="gui-y-kien"/)
  await assertAllFromCatalogue(url)
  await assertAllFromCatalogue(`${url}?y-kien=moi-nhat`)
})
test('the comment reply page\'s (readers without JavaScript)', () => assertAllFromCatalogue(`/y-kien/${article.id}`))
test('a tag page\'s', () => assertAllFromCatalogue('/tu-khoa/dan-van'))
test('the pages a comment post answers with: thanks, and the form sent back with its field messages', async () => {
  const thanks = await postComment(portal.app, article.id, { name: 'Nguyễn Văn An', body: 'Ý kiến rất hay về hội nghị.', email: 'an2@example.vn' }, { ip: '198.51.100.7' })
  assert.equal(thanks.statusCode, 200)
  assert.deepEqual(wordsFromNowhere(thanks.body), [])
  const invalid = await postComment(portal.app, article.id, { name: '', email: 'khong-hop-le', body: '' }, { ip: '198.51.100.8' })
  assert.equal(invalid.statusCode, 422)
  assert.match(invalid.body, /class="field-error"/)
  assert.deepEqual(wordsFromNowhere(invalid.body), [])
})
test('the search page\'s, empty, with results and with none', async () => {
  await assertAllFromCatalogue('/tim-kiem')
  const found = await portal.app.inject(`/tim-kiem?q=${encodeURIComponent('dân vận')}`)
  assert.match(found.body, /class="search-result/)
  await assertAllFromCatalogue(`/tim-kiem?q=${encodeURIComponent('dân vận')}`)
  await assertAllFromCatalogue('/tim-kiem?q=khongcotu&chuyen-muc=tin-tuc')
})
test('the notices page\'s', () => assertAllFromCatalogue('/bang-tin'))
test('the 404 page\'s', () => assertAllFromCatalogue('/khong-co-trang-nay', 404))
test('an error page\'s (a forged "next page" link)', () => assertAllFromCatalogue(`${categoryPath}?sau=hong`, 400))
test('the English pages\' too', async () => {
  await assertAllFromCatalogue('/en/')
  await assertAllFromCatalogue('/en/search?q=test')
  await assertAllFromCatalogue('/en/khong-co', 404)
})

test('the blue theme\'s header and footer (THEME_DIR) take their words from catalogues too, in Vietnamese and English', async () => {
  const blue = await buildTestPortal({ sameDatabaseAs: portal, pseudoLanguage: true, env: { THEME_DIR: new URL('../../themes/xanh', import.meta.url).pathname } })
  try {
    assert.match((await blue.app.inject('/')).body, /class="site-kicker"/)
    await assertAllFromCatalogue('/', 200, 'GET', blue)
    await assertAllFromCatalogue(`${categoryPath}/dan-van-kheo/${article.slug}`, 200, 'GET', blue)
    await assertAllFromCatalogue('/en/', 200, 'GET', blue)
  } finally {
    await blue.close()
  }
})

test('RSS feeds carry no interface words but a category\'s description from the catalogue', async () => {
  const res = await portal.app.inject('/rss/tin-tuc/dan-van-kheo')
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /<description>⟦[^⟧]*Dân vận khéo⟧<\/description>/)
})

test('the checker finds a word that is not from the catalogue', () => {
  assert.deepEqual(wordsFromNowhere('<!doctype html><html><head><title>⟦Tìm kiếm⟧</title></head><body><p>⟦Trang chủ⟧ Xem tiếp</p><p>Hội nghị dân vận khéo năm 2026</p></body></html>'), ['Xem', 'tiếp'])
})
