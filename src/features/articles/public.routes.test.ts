import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { CATEGORY_PAGE_SIZE } from './article-listings.ts'

let portal: TestPortal
let news: number
let mobilisation: number
let economy: number

before(async () => {
  portal = await buildTestPortal()
  news = await createCategory(portal, 'Tin tức')
  mobilisation = await createCategory(portal, 'Dân vận', news)
  economy = await createCategory(portal, 'Kinh tế')
})
after(() => portal.close())

test('the article page shows breadcrumb, title, Vietnamese time, lead, body, byline as typed and tags', async () => {
  await createArticle(portal, {
    title: 'Hội nghị tổng kết công tác Dân vận năm 2020',
    lead: 'Dự và chỉ đạo hội nghị…',
    bodyHtml: '<p>Đoạn một.</p><p>Đoạn hai.</p>',
    categoryId: mobilisation,
    publishedAt: new Date('2021-01-15T02:30:00Z'),
    bylineKind: 'T/h',
    bylineName: 'Lê Hải',
    tags: ['Dân vận khéo'],
  })
  const res = await portal.app.inject('/tin-tuc/dan-van/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020')
  assert.equal(res.statusCode, 200)
  const doc = parsePage(res.body)
  assert.equal(textOf(doc, '.breadcrumb h2'), 'Bạn đang ở đây')
  assert.deepEqual(allText(doc, '.breadcrumb li'), ['Trang chủ', 'Tin tức', 'Dân vận', 'Hội nghị tổng kết công tác Dân vận năm 2020'])
  assert.equal(doc.querySelector('.breadcrumb a[href="/tin-tuc/dan-van"]')?.textContent, 'Dân vận')
  assert.equal(textOf(doc, 'h1'), 'Hội nghị tổng kết công tác Dân vận năm 2020')
  assert.equal(textOf(doc, '.article-meta time'), 'Thứ Sáu, 15/01/2021 09:30')
  assert.equal(textOf(doc, '.article-lead'), 'Dự và chỉ đạo hội nghị…')
  assert.deepEqual(allText(doc, '.article-body p'), ['Đoạn một.', 'Đoạn hai.'])
  assert.equal(textOf(doc, '.byline'), 'T/h: Lê Hải')
  assert.deepEqual(allText(doc, '.tags li'), ['Dân vận khéo'])
  assert.match(textOf(doc, '#y-kien-ban-doc'), /Ý kiến bạn đọc/i)
  assert.equal(doc.querySelector('link[rel=canonical]')?.getAttribute('href'), `${portal.config.publicUrl}/tin-tuc/dan-van/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020`)
  const jsonLd = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!)
  assert.equal(jsonLd['@type'], 'NewsArticle')
  assert.equal(jsonLd.datePublished, '2021-01-15T02:30:00.000Z')
})

test('related articles come from the same category, without the article itself', async () => {
  const own = await createArticle(portal, { title: 'Bài chính về dân vận', categoryId: mobilisation })
  await createArticle(portal, { title: 'Bài khác cùng chuyên mục', categoryId: mobilisation })
  await createArticle(portal, { title: 'Bài kinh tế không liên quan', categoryId: economy })
  const doc = parsePage((await portal.app.inject(`/tin-tuc/dan-van/${own.slug}`)).body)
  const related = allText(doc, '[aria-labelledby=tin-cung-chuyen-muc] h3')
  assert.ok(related.includes('Bài khác cùng chuyên mục'))
  assert.ok(!related.includes('Bài chính về dân vận'))
  assert.ok(!related.includes('Bài kinh tế không liên quan'))
})

test('an old or wrong category path for a known article redirects permanently to its canonical URL', async () => {
  const { slug } = await createArticle(portal, { title: 'Bài được chuyển chuyên mục', categoryId: mobilisation })
  for (const wrong of [`/kinh-te/${slug}`, `/tin-tuc/${slug}`, `/khong-co/${slug}`, `/${slug}`, `/tin-tuc/dan-van/${slug}?utm_source=zalo`]) {
    const res = await portal.app.inject(wrong)
    assert.equal(res.statusCode, 301, wrong)
    assert.equal(res.headers.location, `/tin-tuc/dan-van/${slug}`)
  }
})

test('unpublished and draft articles are not shown', async () => {
  const { slug } = await createArticle(portal, { title: 'Bản nháp chưa duyệt', categoryId: mobilisation, status: 'draft' })
  assert.equal((await portal.app.inject(`/tin-tuc/dan-van/${slug}`)).statusCode, 404)
})

test('the category page lists its and its sub-categories\' articles newest first, with keyset pages', async () => {
  const section = await createCategory(portal, 'Gương điển hình')
  const child = await createCategory(portal, 'Gương sáng cơ sở', section)
  const titles: string[] = []
  for (let i = 0; i < CATEGORY_PAGE_SIZE + 5; i++) {
    const title = `Gương điển hình số ${i}`
    titles.push(title)
    // Two articles share each publish time, so ties are broken by id, not dropped or repeated.
    await createArticle(portal, { title, categoryId: i % 2 ? child : section, publishedAt: new Date(Date.UTC(2021, 1, 1, 0, Math.floor(i / 2))) })
  }
  const first = parsePage((await portal.app.inject('/guong-dien-hinh')).body)
  assert.deepEqual(allText(first, '.subcategories a'), ['Gương sáng cơ sở'])
  assert.deepEqual(allText(first, '.breadcrumb li'), ['Trang chủ', 'Gương điển hình'])
  const firstTitles = allText(first, '.article-list h3')
  assert.equal(firstTitles.length, CATEGORY_PAGE_SIZE)
  assert.equal(firstTitles[0], 'Gương điển hình số 24')
  const next = first.querySelector('a[rel=next]')!.getAttribute('href')!
  assert.match(next, /^\/guong-dien-hinh\?sau=\d+-\d+$/)
  assert.equal(textOf(first, 'a[rel=next]'), 'Xem tiếp')
  const second = parsePage((await portal.app.inject(next)).body)
  const secondTitles = allText(second, '.article-list h3')
  assert.equal(secondTitles.length, 5)
  assert.equal(second.querySelector('a[rel=next]'), null)
  assert.deepEqual(new Set([...firstTitles, ...secondTitles]), new Set(titles))
})

test('the home page shows a lead story and the latest articles per category', async () => {
  const doc = parsePage((await portal.app.inject('/')).body)
  assert.ok(doc.querySelector('.lead-story h3 a'))
  const sections = allText(doc, '.home-sections h2')
  assert.ok(sections.includes('Tin tức') && sections.includes('Kinh tế'))
  assert.deepEqual(allText(doc, '.site-nav a').slice(0, 2), ['Trang chủ', 'Tin tức'])
})

test('text from the database is escaped on every page', async () => {
  const { slug } = await createArticle(portal, { title: '<img src=x onerror=alert(1)> Tiêu đề', lead: '<script>alert(2)</script>', categoryId: economy })
  const res = await portal.app.inject(`/kinh-te/${slug}`)
  assert.ok(!res.body.includes('<img src=x onerror'))
  assert.ok(!res.body.includes('<script>alert(2)'))
  assert.equal(textOf(parsePage(res.body), 'h1'), '<img src=x onerror=alert(1)> Tiêu đề')
})

test('a scripted body is sanitised before it is stored', async () => {
  const { slug } = await createArticle(portal, {
    title: 'Bài có mã độc', categoryId: economy,
    bodyHtml: '<p onclick="x()">Chữ</p><script>alert(1)</script><a href="javascript:alert(1)">a</a><iframe src="https://evil.example"></iframe><a href="https://chinhphu.vn">b</a>',
  })
  const body = parsePage((await portal.app.inject(`/kinh-te/${slug}`)).body).querySelector('.article-body')!.innerHTML
  assert.ok(!/script|onclick|javascript:|iframe/i.test(body), body)
  assert.match(body, /<a href="https:\/\/chinhphu.vn" rel="noopener noreferrer" target="_blank">b<\/a>/)
})

test('share links carry the article\'s address from PUBLIC_URL, never from the request\'s Host, and load nothing from the services', async () => {
  const shared = await buildTestPortal({ env: { PUBLIC_URL: 'https://bandanvan.binhdinh.gov.vn' } })
  try {
    const category = await createCategory(shared, 'Dân vận')
    const { slug } = await createArticle(shared, { title: 'Dân vận khéo & hiệu quả', categoryId: category })
    const res = await shared.app.inject({ url: `/dan-van/${slug}`, headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' } })
    const doc = parsePage(res.body)
    const links = [...doc.querySelectorAll('.share a')].map((a) => a.getAttribute('href')!)
    const address = `https://bandanvan.binhdinh.gov.vn/dan-van/${slug}`
    assert.deepEqual(links, [
      `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(address)}`,
      `https://twitter.com/intent/tweet?url=${encodeURIComponent(address)}&text=${encodeURIComponent('Dân vận khéo & hiệu quả')}`,
      `mailto:?subject=${encodeURIComponent('Dân vận khéo & hiệu quả')}&body=${encodeURIComponent(address)}`,
    ])
    assert.doesNotMatch(res.body, /evil\.example/)
    for (const a of doc.querySelectorAll('.share a[target=_blank]')) assert.equal(a.getAttribute('rel'), 'noopener noreferrer')
    assert.equal(doc.querySelectorAll('script[src^="http"], iframe').length, 0, 'no third-party script or frame')
  } finally {
    await shared.close()
  }
})

test('a listed article\'s card changes with the article and with its category\'s address (cards are kept between pages)', async () => {
  const uncached = await buildTestPortal({ env: { PAGE_CACHE: 'false' } })
  try {
    const culture = await createCategory(uncached, 'Văn hóa')
    const { id } = await createArticle(uncached, { title: 'Lễ hội mùa xuân', categoryId: culture })
    const titles = async () => allText(parsePage((await uncached.app.inject('/van-hoa')).body), '.article-list h3 a')
    assert.deepEqual(await titles(), ['Lễ hội mùa xuân'])
    await uncached.db.updateTable('articles').set({ title: 'Lễ hội mùa xuân năm Bính Ngọ' }).where('id', '=', id).execute()
    uncached.events.emit('article.changed', { articleId: id, categoryIds: [culture] })
    assert.deepEqual(await titles(), ['Lễ hội mùa xuân năm Bính Ngọ'])
    await uncached.db.updateTable('categories').set({ slug: 'van-hoa-xa-hoi' }).where('id', '=', culture).execute()
    uncached.events.emit('category.changed', { categoryId: culture })
    const link = parsePage((await uncached.app.inject('/van-hoa-xa-hoi')).body).querySelector('.article-list h3 a')?.getAttribute('href')
    assert.match(link ?? '', /^\/van-hoa-xa-hoi\//)
  } finally {
    await uncached.close()
  }
})
