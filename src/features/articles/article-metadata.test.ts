import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { allText, parsePage } from '../../../test/support/html.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { writeSiteSettings } from '../site/index.ts'

// What a shared link, a search engine and a printer read of an article: absolute addresses from
// PUBLIC_URL, a picture, the publisher, the article's own dates, and the breadcrumb as data.
const SITE = 'https://bandanvan.example.vn'
let portal: TestPortal
let mobilisation: number

before(async () => {
  portal = await buildTestPortal({ env: { PUBLIC_URL: SITE, PAGE_CACHE: 'false' } })
  const news = await createCategory(portal, 'Tin tức')
  mobilisation = await createCategory(portal, 'Dân vận', news)
  await writeSiteSettings(portal.db, { name: 'Ban Dân vận Tỉnh ủy Bình Định' })
  portal.events.emit('settings.changed', {})
})
after(() => portal.close())

const page = async (path: string) => {
  const res = await portal.app.inject(path)
  assert.equal(res.statusCode, 200, path)
  return parsePage(res.body)
}
const meta = (doc: Document, property: string) => doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content')
const structured = (doc: Document) => [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!) as Record<string, any>)
const ofType = (doc: Document, type: string) => structured(doc).find((d) => d['@type'] === type)

test('an article with a lead image: absolute canonical and og:url, the lead image as og:image and in JSON-LD, with the publisher and its logo', async () => {
  const { id, slug } = await createArticle(portal, { title: 'Hội nghị tổng kết công tác dân vận', categoryId: mobilisation, publishedAt: new Date('2021-01-15T02:30:00Z') })
  // Edited a month after it went out: that, not the day it was loaded, is its modified date.
  await portal.db.updateTable('articles').set({ lead_image_url: '/media/uploads/2021/01/hoi-nghi-960.webp', lead_image_alt: 'Hội trường', updated_at: '2021-02-20T08:00:00.000Z' }).where('id', '=', id).execute()
  await writeSiteSettings(portal.db, { logoUrl: '/media/uploads/2026/12/bieu-trung-480.webp' })
  portal.events.emit('settings.changed', {})

  const doc = await page(`/tin-tuc/dan-van/${slug}`)
  const address = `${SITE}/tin-tuc/dan-van/${slug}`
  assert.equal(doc.querySelector('link[rel=canonical]')?.getAttribute('href'), address)
  assert.equal(meta(doc, 'og:url'), address)
  assert.equal(meta(doc, 'og:image'), `${SITE}/media/uploads/2021/01/hoi-nghi-960.webp`)

  const article = ofType(doc, 'NewsArticle')!
  assert.deepEqual(article.image, [`${SITE}/media/uploads/2021/01/hoi-nghi-960.webp`])
  assert.equal(article.datePublished, '2021-01-15T02:30:00.000Z')
  assert.equal(article.dateModified, '2021-02-20T08:00:00.000Z')
  assert.equal(article.mainEntityOfPage, address)
  assert.deepEqual(article.publisher, {
    '@type': 'Organization', name: 'Ban Dân vận Tỉnh ủy Bình Định', url: `${SITE}/`,
    logo: { '@type': 'ImageObject', url: `${SITE}/media/uploads/2026/12/bieu-trung-480.webp` },
  })
  await writeSiteSettings(portal.db, { logoUrl: '' })
  portal.events.emit('settings.changed', {})
})

test('an article without a picture is shared with the site\'s own image, and JSON-LD still has an image: the site\'s icon', async () => {
  const { slug } = await createArticle(portal, { title: 'Thông báo lịch tiếp công dân', categoryId: mobilisation })
  const doc = await page(`/tin-tuc/dan-van/${slug}`)
  const siteImage = meta(doc, 'og:image')!
  assert.match(siteImage, /^https:\/\/bandanvan\.example\.vn\/assets\/bieu-tuong-[0-9a-f]{12}-512\.png$/)
  const article = ofType(doc, 'NewsArticle')!
  assert.deepEqual(article.image, [siteImage])
  assert.equal(article.publisher.logo.url, siteImage, 'a portal without a logo names its drawn icon')
  assert.equal((await portal.app.inject(siteImage.slice(SITE.length))).statusCode, 200)
  assert.equal(meta(await page('/'), 'og:image'), siteImage, 'the home page too')
})

test('a scheduled article saved before it went out is never modified before it was published', async () => {
  const { id, slug } = await createArticle(portal, { title: 'Bài hẹn giờ đăng', categoryId: mobilisation, publishedAt: new Date('2021-03-01T01:00:00Z') })
  await portal.db.updateTable('articles').set({ updated_at: '2021-02-28T09:00:00.000Z' }).where('id', '=', id).execute()
  assert.equal(ofType(await page(`/tin-tuc/dan-van/${slug}`), 'NewsArticle')!.dateModified, '2021-03-01T01:00:00.000Z')
})

test('the breadcrumb shows "Bạn đang ở đây" and is BreadcrumbList JSON-LD on article, category and tag pages, every address absolute', async () => {
  const { slug } = await createArticle(portal, { title: 'Dân vận khéo ở cơ sở', categoryId: mobilisation, tags: ['Dân vận khéo'] })
  const article = await page(`/tin-tuc/dan-van/${slug}`)
  const label = article.querySelector('.breadcrumb #ban-dang-o-day')!
  assert.equal(label.textContent, 'Bạn đang ở đây')
  assert.ok(!label.classList.contains('visually-hidden'), 'the label is shown, as on the seed page')
  assert.deepEqual(ofType(article, 'BreadcrumbList')!.itemListElement, [
    { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: `${SITE}/` },
    { '@type': 'ListItem', position: 2, name: 'Tin tức', item: `${SITE}/tin-tuc` },
    { '@type': 'ListItem', position: 3, name: 'Dân vận', item: `${SITE}/tin-tuc/dan-van` },
    { '@type': 'ListItem', position: 4, name: 'Dân vận khéo ở cơ sở', item: `${SITE}/tin-tuc/dan-van/${slug}` },
  ])
  const category = ofType(await page('/tin-tuc/dan-van'), 'BreadcrumbList')!
  assert.deepEqual(category.itemListElement.map((i: { item: string }) => i.item), [`${SITE}/`, `${SITE}/tin-tuc`, `${SITE}/tin-tuc/dan-van`])
  const tag = ofType(await page('/tu-khoa/dan-van-kheo'), 'BreadcrumbList')!
  assert.deepEqual(tag.itemListElement.map((i: { name: string; item: string }) => [i.name, i.item]), [['Trang chủ', `${SITE}/`], ['Từ khóa: Dân vận khéo', `${SITE}/tu-khoa/dan-van-kheo`]])
  assert.equal(ofType(await page('/'), 'BreadcrumbList'), undefined, 'the home page has no trail')
})

test('a category page goes from its h1 to an h2 before the cards\' h3', async () => {
  await createArticle(portal, { title: 'Bài trong chuyên mục', categoryId: mobilisation })
  const doc = await page('/tin-tuc/dan-van')
  const levels = [...doc.querySelectorAll('main h1, main h2, main h3')].map((h) => Number(h.tagName.slice(1)))
  const h1 = levels.indexOf(1)
  assert.ok(h1 >= 0)
  for (let i = h1 + 1; i < levels.length; i++) assert.ok(levels[i]! <= levels[i - 1]! + 1, `h${levels[i - 1]} then h${levels[i]}`)
  assert.ok(allText(doc, 'main h2').includes('Danh sách bài viết'))
})

test('printed, an article carries its address under the title; on screen the address is a field to copy for Zalo', async () => {
  const { slug } = await createArticle(portal, { title: 'Bài để in và chia sẻ', categoryId: mobilisation })
  const doc = await page(`/tin-tuc/dan-van/${slug}`)
  const address = `${SITE}/tin-tuc/dan-van/${slug}`
  const printed = doc.querySelector('.article-meta + .print-source')!
  assert.equal(printed.textContent, `Địa chỉ bài viết: ${address}`)
  assert.ok(printed.classList.contains('print-only'))
  const field = doc.querySelector<HTMLInputElement>('.share input#dia-chi-bai-viet')!
  assert.equal(field.getAttribute('value'), address)
  assert.ok(field.hasAttribute('readonly'))
  assert.match(doc.querySelector('label[for=dia-chi-bai-viet]')!.textContent!, /Zalo/)
  const button = doc.querySelector('.copy-link-button')!
  assert.equal(button.textContent, 'Sao chép liên kết')
  assert.ok(button.hasAttribute('hidden'), 'the button needs the script, which shows it')
})
