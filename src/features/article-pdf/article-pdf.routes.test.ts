import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { parsePage } from '../../../test/support/html.ts'
import { jpegOf, uploadImage, type Signed } from '../../../test/support/media.ts'
import { createUser, csrfOf, signIn } from '../../../test/support/newsroom.ts'
import { extractPdfText, pdfPlainText } from '../../../test/support/pdf-text.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

const PUBLIC_URL = 'https://bandanvan.example.vn'
let portal: TestPortal
let categoryId: number
let reporter: Signed
let article: { id: number; slug: string }

const TITLE = 'Quốc hội thông qua Nghị quyết về Đồng bào dân tộc thiểu số'

before(async () => {
  portal = await buildTestPortal({ env: { PUBLIC_URL } })
  categoryId = await createCategory(portal, 'Dân vận')
  await createUser(portal.db, 'reporter', 'phongvien@example.vn')
  const { cookie } = await signIn(portal.app, 'phongvien@example.vn')
  reporter = { cookie, csrf: await csrfOf(portal.app, cookie) }
  const photo = await uploadImage(portal, reporter, await jpegOf(1200, 800, '#c33'), { alt: 'Quang cảnh kỳ họp' })
  const other = await uploadImage(portal, reporter, await jpegOf(900, 600, '#3a6'), { alt: 'Đại biểu biểu quyết' })
  const figure = (image: { url: string; srcset: string }, alt: string, caption: string) =>
    `<figure><img src="${image.url}" srcset="${image.srcset}" alt="${alt}"><figcaption>${caption}</figcaption></figure>`
  article = await createArticle(portal, {
    title: TITLE,
    lead: 'Sáng 11/1, Quốc hội biểu quyết thông qua Nghị quyết với tỷ lệ tán thành cao.',
    categoryId,
    bylineKind: 'Bài và ảnh',
    bylineName: 'Nguyễn Văn Ấn',
    bodyHtml: `<p>Kỳ họp thứ nhất của <strong>Quốc hội</strong> khóa XV, <em>Đồng</em> chí Chủ tịch phát biểu; <a href="/dan-van">xem thêm</a>.</p>
<h2>Những điểm mới của Nghị quyết</h2>
<ul><li>Hỗ trợ nhà ở cho hộ nghèo</li><li>Đào tạo nghề cho thanh niên</li></ul>
<ol><li>Thứ nhất: rà soát</li><li>Thứ hai: triển khai</li></ol>
<blockquote><p>“Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng.”</p></blockquote>
<table><thead><tr><th>Chỉ tiêu</th><th>Kết quả</th></tr></thead><tbody><tr><td>Hộ được hỗ trợ</td><td>1.234 hộ</td></tr></tbody></table>
${figure(photo, 'Quang cảnh kỳ họp', 'Quang cảnh kỳ họp tại Hà Nội')}
<div class="gallery">${figure(photo, 'Ảnh một', 'Đại biểu đến dự')}${figure(other, 'Ảnh hai', 'Biểu quyết thông qua')}</div>
<figure><img src="https://anh.example.org/ngoai.jpg" alt="Ảnh từ trang khác"></figure>`,
  })
})
after(() => portal.close())

const pdfPath = () => `/tai-ve/${article.id}.pdf`

test('the article page links "Tải về (PDF)" to the article\'s PDF', async () => {
  const page = parsePage((await portal.app.inject(`/dan-van/${article.slug}`)).body)
  const link = page.querySelector('.article-download a')!
  assert.equal(link.textContent, 'Tải về (PDF)')
  assert.equal(link.getAttribute('href'), pdfPath())
  assert.equal(link.getAttribute('type'), 'application/pdf')
  assert.ok(link.hasAttribute('download'))
})

test('an English article links "Download (PDF)" to its PDF, as Decree 42 asks of every item', async () => {
  const english = await createArticle(portal, { title: 'Provincial council adopts the resolution', lead: 'The council voted on Monday.', categoryId, language: 'en', bodyHtml: '<p>The council met.</p>' })
  const page = parsePage((await portal.app.inject(`/en/${english.slug}`)).body)
  const link = page.querySelector('.article-download a')!
  assert.equal(link.textContent, 'Download (PDF)')
  assert.equal(link.getAttribute('href'), `/tai-ve/${english.id}.pdf`)
  assert.equal((await portal.app.inject(`/tai-ve/${english.id}.pdf`)).statusCode, 200)
})

test('the PDF is an A4 document with embedded fonts whose text reads back in Vietnamese, every letter drawn', async () => {
  const res = await portal.app.inject(pdfPath())
  assert.equal(res.statusCode, 200)
  assert.equal(res.headers['content-type'], 'application/pdf')
  assert.equal(res.headers['content-disposition'], `attachment; filename="${article.slug}.pdf"`)
  assert.match(String(res.headers['cache-control']), /^public, .*stale-while-revalidate/)
  assert.match(String(res.headers.etag), /^W\/"/)
  assert.equal(res.headers['set-cookie'], undefined)
  assert.ok(res.rawPayload.subarray(0, 5).equals(Buffer.from('%PDF-')))
  const text = extractPdfText(res.rawPayload)
  assert.deepEqual(text.missingGlyphs, [], 'no letter fell on a font without its drawing (.notdef)')
  const all = pdfPlainText(text)
  for (const expected of [
    TITLE, 'Sáng 11/1, Quốc hội biểu quyết', 'Kỳ họp thứ nhất của Quốc hội khóa XV, Đồng chí Chủ tịch phát biểu; xem thêm.',
    'Những điểm mới của Nghị quyết', 'Hỗ trợ nhà ở cho hộ nghèo', '1.Thứ nhất: rà soát', '“Dân biết, dân bàn, dân làm, dân kiểm tra',
    'Chỉ tiêu', '1.234 hộ', 'Quang cảnh kỳ họp tại Hà Nội', 'Ảnh 1/2. Đại biểu đến dự', 'Ảnh 2/2. Biểu quyết thông qua',
    '[Ảnh: Ảnh từ trang khác]', 'Bài và ảnh: Nguyễn Văn Ấn', 'Địa chỉ bài viết:', 'Tòa Soạn · Dân vận',
  ]) assert.ok(all.includes(expected), `the PDF says "${expected}"`)
  // A long address is cut where the line ends: read without the cuts.
  assert.ok(text.pages[0]!.join('').includes(`Địa chỉ bài viết:${PUBLIC_URL}/dan-van/${article.slug}`), 'the source address is under the title')
  assert.match(text.pages[0]!.at(-1)!, new RegExp(`${PUBLIC_URL.replace(/\./g, '\\.')}/dan-van/${article.slug}Trang 1/\\d+$`), 'each page ends with the address and its number')
  const raw = res.rawPayload.toString('latin1')
  assert.match(raw, /\/BaseFont \/[A-Z]{6}\+NotoSerif-Regular/, 'the body font is embedded as a subset')
  assert.match(raw, /\/BaseFont \/[A-Z]{6}\+BeVietnamPro-Bold/, 'the title font is embedded as a subset')
  assert.ok((raw.match(/\/FontFile2 \d+ 0 R/g) ?? []).length >= 4)
  // The lead-less body shows three images from the media storage (one twice); the other site's is named, never fetched.
  const images = [...text.objects.values()].filter((o) => /\/Subtype \/Image/.test(o.dict))
  assert.equal(images.length, 2, 'each stored image once, reused where it shows again')
  assert.ok(images.every((o) => /\/Filter \/DCTDecode/.test(o.dict)))
  // The link keeps its target.
  assert.match(raw, new RegExp(`/URI \\(${PUBLIC_URL.replace(/\./g, '\\.')}/dan-van\\)`))
})

test('the PDF is kept with the page and purged with it when the article changes', async () => {
  const base = await portal.listen()
  const first = await fetch(base + pdfPath())
  assert.equal(first.status, 200)
  await first.arrayBuffer()
  assert.ok(portal.cache.get(pdfPath()), 'kept in the page cache')
  const again = await fetch(base + pdfPath(), { headers: { 'if-none-match': first.headers.get('etag')! } })
  assert.equal(again.status, 304)
  await portal.db.updateTable('articles').set({ title: 'Tiêu đề đã sửa: Đồng thuận' }).where('id', '=', article.id).execute()
  portal.events.emit('article.changed', { articleId: article.id, categoryIds: [categoryId] })
  assert.equal(portal.cache.get(pdfPath()), undefined, 'purged with the article')
  const changed = await fetch(base + pdfPath())
  assert.equal(changed.status, 200)
  assert.match(pdfPlainText(extractPdfText(Buffer.from(await changed.arrayBuffer()))), /Tiêu đề đã sửa: Đồng thuận/)
  await portal.db.updateTable('articles').set({ title: TITLE }).where('id', '=', article.id).execute()
  portal.events.emit('article.changed', { articleId: article.id, categoryIds: [categoryId] })
})

test('an unknown, unpublished or malformed download is a 404; a query string goes to the one address', async () => {
  const draft = await createArticle(portal, { categoryId, status: 'draft' })
  for (const url of ['/tai-ve/999999.pdf', `/tai-ve/${draft.id}.pdf`, '/tai-ve/abc.pdf', `/tai-ve/${article.id}`, '/tai-ve/0.pdf', '/tai-ve/99999999999.pdf']) {
    const res = await portal.app.inject(url)
    assert.equal(res.statusCode, 404, url)
    assert.match(res.headers['content-type'] as string, /^text\/html/, url)
  }
  const res = await portal.app.inject(`${pdfPath()}?v=2`)
  assert.equal(res.statusCode, 301)
  assert.equal(res.headers.location, pdfPath())
})

test('PDFs not yet made are limited per address: the seventh in a minute is refused with a Vietnamese page and Retry-After', async () => {
  const articles = await Promise.all(Array.from({ length: 7 }, (_, i) => createArticle(portal, { categoryId, title: `Bài tải về số ${i + 1}` })))
  const statuses: number[] = []
  let last
  for (const a of articles) {
    last = await portal.app.inject({ url: `/tai-ve/${a.id}.pdf`, remoteAddress: '203.0.113.9' })
    statuses.push(last.statusCode)
  }
  assert.deepEqual(statuses, [200, 200, 200, 200, 200, 200, 429])
  assert.ok(Number(last!.headers['retry-after']) >= 1)
  assert.match(parsePage(last!.body).querySelector('main')!.textContent!, /tải về nhiều bài trong một thời gian ngắn/)
  assert.equal((await portal.app.inject({ url: `/tai-ve/${articles[6]!.id}.pdf`, remoteAddress: '203.0.113.10' })).statusCode, 200, 'another address is not held back')
})
