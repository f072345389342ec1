import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { allText, parsePage, textOf } from '../../../test/support/html.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { CATEGORY_PAGE_SIZE } from './article-listings.ts'

// Over real HTTP where caching matters: the page-cache fast path answers before Fastify.
let portal: TestPortal
let base: string
let news: number
let mobilisation: number
let economy: number

before(async () => {
  portal = await buildTestPortal()
  news = await createCategory(portal, 'Tin tức')
  mobilisation = await createCategory(portal, 'Dân vận', news)
  economy = await createCategory(portal, 'Kinh tế')
  base = await portal.listen()
})
after(() => portal.close())

const page = async (path: string) => parsePage(await (await fetch(base + path)).text())

test('an article\'s tags lead to the tag\'s page: its published articles from every category, newest first', async () => {
  const seed = await createArticle(portal, { title: 'Hội nghị tổng kết công tác dân vận', categoryId: mobilisation, tags: ['Dân vận khéo', 'Hội nghị'], publishedAt: new Date('2021-01-15T02:30:00Z') })
  await createArticle(portal, { title: 'Mô hình kinh tế dân vận khéo ở Hoài Nhơn', categoryId: economy, tags: ['Dân vận khéo'], publishedAt: new Date('2021-02-01T00:00:00Z') })
  await createArticle(portal, { title: 'Bản nháp có cùng từ khóa', categoryId: mobilisation, tags: ['Dân vận khéo'], status: 'draft' })
  await createArticle(portal, { title: 'Bài không mang từ khóa', categoryId: mobilisation, tags: ['Hội nghị'] })

  const article = await page(`/tin-tuc/dan-van/${seed.slug}`)
  const links = [...article.querySelectorAll('.tags a')].map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel')])
  assert.deepEqual(links, [['Dân vận khéo', '/tu-khoa/dan-van-kheo', 'tag'], ['Hội nghị', '/tu-khoa/hoi-nghi', 'tag']])

  const res = await fetch(base + '/tu-khoa/dan-van-kheo')
  assert.equal(res.status, 200)
  assert.equal(res.headers.get('set-cookie'), null)
  const doc = parsePage(await res.text())
  assert.equal(textOf(doc, 'h1'), 'Từ khóa: Dân vận khéo')
  assert.deepEqual(allText(doc, '.breadcrumb li'), ['Trang chủ', 'Từ khóa: Dân vận khéo'])
  assert.deepEqual(allText(doc, 'main h3'), ['Mô hình kinh tế dân vận khéo ở Hoài Nhơn', 'Hội nghị tổng kết công tác dân vận'])
  assert.equal(doc.querySelector(`main a[href="/tin-tuc/dan-van/${seed.slug}"]`)?.textContent?.trim(), 'Hội nghị tổng kết công tác dân vận')
  assert.equal(doc.querySelector('link[rel=canonical]')?.getAttribute('href'), `${portal.config.publicUrl}/tu-khoa/dan-van-kheo`)
  assert.deepEqual(allText(doc, 'main h1, main h2, main h3').slice(0, 3), ['Bạn đang ở đây', 'Từ khóa: Dân vận khéo', 'Danh sách bài viết'], 'h1, then h2: no jump to the cards\' h3')
  assert.equal(doc.querySelector('meta[name=robots]'), null)
})

test('a tag page goes on with "Xem tiếp" by keyset, and a forged cursor is a 400 page', async () => {
  for (let i = 0; i < CATEGORY_PAGE_SIZE + 3; i++) {
    await createArticle(portal, { title: `Bài chuyển đổi số số ${i}`, categoryId: economy, tags: ['Chuyển đổi số'], publishedAt: new Date(Date.UTC(2022, 0, 1 + i)) })
  }
  const first = await page('/tu-khoa/chuyen-doi-so')
  const titles = allText(first, 'main h3')
  assert.equal(titles.length, CATEGORY_PAGE_SIZE)
  assert.equal(titles[0], `Bài chuyển đổi số số ${CATEGORY_PAGE_SIZE + 2}`)
  const more = first.querySelector('a.more[rel=next]')?.getAttribute('href')
  assert.match(more ?? '', /^\/tu-khoa\/chuyen-doi-so\?sau=/)
  const second = await page(more!)
  assert.deepEqual(allText(second, 'main h3'), ['Bài chuyển đổi số số 2', 'Bài chuyển đổi số số 1', 'Bài chuyển đổi số số 0'])
  assert.equal(second.querySelector('a.more'), null)

  const forged = await fetch(base + '/tu-khoa/chuyen-doi-so?sau=khong-hop-le')
  assert.equal(forged.status, 400)
  assert.match(await forged.text(), /Đường dẫn trang tiếp theo không hợp lệ/)
})

test('an unknown or malformed tag is the 404 page, and other query strings go back to the tag page', async () => {
  for (const path of ['/tu-khoa/khong-co-tu-khoa-nay', '/tu-khoa/Dan_Van', `/tu-khoa/${'a'.repeat(300)}`, '/tu-khoa/%E0%A4%A']) {
    const res = await fetch(base + path)
    assert.ok([400, 404].includes(res.status), `${path}: ${res.status}`)
    assert.match(res.headers.get('content-type') ?? '', /text\/html/)
  }
  assert.equal((await fetch(base + '/tu-khoa/khong-co-tu-khoa-nay')).status, 404)
  await createArticle(portal, { title: 'Bài về nông thôn mới', categoryId: economy, tags: ['Nông thôn mới'] })
  const odd = await fetch(base + '/tu-khoa/nong-thon-moi?khong-ro=zalo', { redirect: 'manual' })
  assert.equal(odd.status, 301)
  assert.equal(odd.headers.get('location'), '/tu-khoa/nong-thon-moi')
})

test('a cached tag page is purged when an article with the tag is published, edited or unpublished', async () => {
  await createArticle(portal, { title: 'Bài đầu về cải cách hành chính', categoryId: mobilisation, tags: ['Cải cách hành chính'], publishedAt: new Date('2023-01-01T00:00:00Z') })
  const path = '/tu-khoa/cai-cach-hanh-chinh'
  assert.deepEqual(allText(await page(path), 'main h3'), ['Bài đầu về cải cách hành chính'])
  assert.ok(portal.cache.get(path), 'the tag page is kept in memory')

  const fresh = await createArticle(portal, { title: 'Bài mới về cải cách hành chính', categoryId: economy, tags: ['Cải cách hành chính'], publishedAt: new Date('2023-02-01T00:00:00Z') })
  assert.deepEqual(allText(await page(path), 'main h3'), ['Bài mới về cải cách hành chính', 'Bài đầu về cải cách hành chính'])

  await portal.db.updateTable('articles').set({ status: 'unpublished' }).where('id', '=', fresh.id).execute()
  portal.events.emit('article.changed', { articleId: fresh.id, categoryIds: [economy] })
  assert.deepEqual(allText(await page(path), 'main h3'), ['Bài đầu về cải cách hành chính'])

  // A tag whose articles are all gone keeps its row, but readers find it no more than an unknown one.
  const [only] = await portal.db.selectFrom('articles').select('id').where('title', '=', 'Bài về nông thôn mới').execute()
  await portal.db.updateTable('articles').set({ status: 'unpublished' }).where('id', '=', only!.id).execute()
  portal.events.emit('article.changed', { articleId: only!.id, categoryIds: [economy] })
  const gone = await fetch(base + '/tu-khoa/nong-thon-moi')
  assert.equal(gone.status, 404)
  assert.doesNotMatch(await gone.text(), /Nông thôn mới/)
})

test('a tag carried only by drafts answers exactly as a tag that does not exist', async () => {
  await createArticle(portal, { title: 'Bản nháp về sáp nhập xã', categoryId: mobilisation, tags: ['Sáp nhập xã bí mật'], status: 'draft' })
  await createArticle(portal, { title: 'Bài chờ duyệt', categoryId: mobilisation, tags: ['Sáp nhập xã bí mật'], status: 'in_review' })
  const drafts = await fetch(base + '/tu-khoa/sap-nhap-xa-bi-mat')
  const unknown = await fetch(base + '/tu-khoa/sap-nhap-xa-khong-co')
  assert.equal(drafts.status, 404)
  assert.equal(drafts.status, unknown.status)
  assert.equal(drafts.headers.get('content-type'), unknown.headers.get('content-type'))
  const body = await drafts.text()
  assert.equal(body, await unknown.text())
  assert.doesNotMatch(body, /Sáp nhập xã bí mật/)
})
