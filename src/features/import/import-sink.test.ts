import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import sharp from 'sharp'
import { TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { encodeLegacy } from '../../platform/text/legacy/index.ts'
import { MediaLibrary } from '../media/index.ts'
import type { ImportRecord, ImportSource } from './records.ts'
import { exportRedirects } from './redirects-export.ts'
import { runImport, type RunImportResult } from './run-import.ts'

// The sink, through a source made of records in the order real exports give them: a child
// before its parent, a post before the attachment that is its picture, a reply before the
// comment it answers. What a run writes shows on the portal, its old addresses answer 301, a
// second run creates nothing, and a dry run writes nothing.

const clock = new TestClock(new Date('2026-12-01T03:00:00Z'))
let portal: TestPortal
let uploads: string
const reserved = new Map<string, string>([['van-ban', 'documents']])

before(async () => {
  portal = await buildTestPortal({ clock })
  uploads = mkdtempSync(join(tmpdir(), 'toasoan-import-uploads-'))
  await sharp({ create: { width: 640, height: 400, channels: 3, background: '#c33' } }).jpeg().toFile(join(uploads, 'hoi-nghi.jpg'))
})
after(() => portal.close())

/** TCVN3 bytes read as Windows-1252, as an exporter that took the old page's bytes for Latin text gives them. */
const tcvn3 = (text: string) => new TextDecoder('windows-1252').decode(Uint8Array.from(encodeLegacy(text, 'tcvn3'), (c) => c.charCodeAt(0)))

function records(): ImportRecord[] {
  return [
    { kind: 'category', sourceId: 'c2', name: 'Hoạt động cơ sở', slug: 'hoat-dong-co-so', parentRef: 'c1', oldAddresses: ['/category/tin-tuc/hoat-dong-co-so/'] },
    { kind: 'category', sourceId: 'c1', name: 'Tin tức &amp; Sự kiện'.replace('&amp;', '&'), slug: 'tin-tuc', oldAddresses: ['/category/tin-tuc/', '/?cat=3'] },
    { kind: 'category', sourceId: 'c3', name: 'Văn bản', slug: 'van-ban', oldAddresses: [] },
    { kind: 'tag', sourceId: 't1', name: 'Dân vận khéo', slug: 'dan-van-kheo', oldAddresses: ['/tag/dan-van-kheo/'] },
    { kind: 'author', sourceId: 'a1', displayName: 'Lê Hải', email: 'Le.Hai@Example.vn' },
    { kind: 'author', sourceId: 'a2', displayName: 'Khách' },
    {
      kind: 'article', sourceId: 'p10', title: 'Dân vận khéo ở xã Tân Phú', slug: 'dan-van-kheo-o-xa-tan-phu', status: 'published',
      publishedAt: new Date('2021-01-15T02:00:00Z'), categoryRefs: ['c2'], tags: ['Dân vận khéo'], authorRef: 'a1', featuredMediaRef: 'm1',
      bodyHtml: '<p>Người dân góp công.</p><p><img src="http://old.gov.vn/wp-content/uploads/2021/01/hoi-nghi-300x200.jpg" alt="Hội nghị"></p>',
      oldAddresses: ['http://old.gov.vn/2021/01/dan-van-kheo-o-xa-tan-phu/', '/?p=10'], notes: ['shortcode [gallery] dropped'],
    },
    { kind: 'comment', sourceId: 'k2', articleRef: 'p10', parentRef: 'k1', authorName: 'Ban biên tập', body: 'Cảm ơn bạn.', status: 'approved', createdAt: new Date('2021-01-16T02:00:00Z') },
    { kind: 'comment', sourceId: 'k1', articleRef: 'p10', authorName: 'Nguyễn Văn An', authorEmail: 'an@example.vn', body: 'Bài viết hay!', status: 'approved', createdAt: new Date('2021-01-15T05:00:00Z') },
    { kind: 'comment', sourceId: 'k3', articleRef: 'p10', authorName: 'Quảng cáo', body: 'Mua ngay', status: 'spam', createdAt: new Date('2021-01-15T06:00:00Z') },
    { kind: 'comment', sourceId: 'k4', articleRef: 'p10', authorName: 'Chờ duyệt', body: 'Chưa duyệt', status: 'pending', createdAt: new Date('2021-01-15T07:00:00Z') },
    { kind: 'media', sourceId: 'm1', file: join(uploads, 'hoi-nghi.jpg'), oldUrls: ['http://old.gov.vn/wp-content/uploads/2021/01/hoi-nghi.jpg'], originalName: 'hoi-nghi.jpg', alt: 'Hội nghị dân vận', caption: 'Hội nghị' },
    { kind: 'media', sourceId: 'm2', oldUrls: ['http://old.gov.vn/wp-content/uploads/2021/01/mat.jpg'], originalName: 'mat.jpg' },
    {
      kind: 'article', sourceId: 'p11', title: tcvn3('Hội nghị tổng kết công tác dân vận'), status: 'published', publishedAt: new Date('2020-12-20T02:00:00Z'),
      categoryRefs: [], tags: [], byline: 'T/h: Lê Hải', bodyHtml: `<p style="font-family:.VnTime">${tcvn3('Năm qua, công tác dân vận đạt nhiều kết quả.')}</p>`,
      oldAddresses: ['/2020/12/hoi-nghi-tong-ket/'], notes: [],
    },
    { kind: 'article', sourceId: 'p12', title: 'Bài hẹn giờ', status: 'scheduled', publishedAt: new Date('2026-12-24T01:00:00Z'), categoryRefs: ['c1'], tags: [], bodyHtml: '<p>Sắp đăng.</p>', oldAddresses: [], notes: [] },
    { kind: 'article', sourceId: 'p13', title: 'Bản nháp riêng tư', status: 'draft', categoryRefs: ['c1'], tags: [], bodyHtml: '<p>Riêng.</p>', oldAddresses: ['/?p=13'], notes: ['private post imported as a draft'] },
    { kind: 'page', sourceId: 'g2', title: 'Lãnh đạo', slug: 'lanh-dao', parentRef: 'g1', status: 'published', bodyHtml: '<p>Ban lãnh đạo.</p>', oldAddresses: ['/gioi-thieu/lanh-dao/'], notes: [] },
    { kind: 'page', sourceId: 'g1', title: 'Giới thiệu chung', slug: 'gioi-thieu-chung', status: 'published', bodyHtml: '<p>Về chúng tôi.</p>', oldAddresses: ['/?page_id=2'], notes: [] },
    { kind: 'address', sourceId: 'feed', from: '/feed/', to: '/rss.xml' },
    {
      kind: 'document', sourceId: 'l1', number: '12/2021/QĐ-UBND', summary: 'Ban hành Quy chế công tác dân vận của hệ thống chính trị', documentKind: 'Quyết định',
      issuer: 'Ủy ban nhân dân tỉnh', signer: 'Lê Văn Tám', issuedOn: new Date('2021-03-01T03:00:00Z'), files: [], oldAddresses: ['/laws/detail/12-2021-QD-UBND-1.html'],
    },
    {
      kind: 'question', sourceId: 'f1', title: 'Đăng ký tạm trú ở đâu?', question: 'Tôi mới chuyển đến, đăng ký tạm trú ở đâu?', answerHtml: '<p>Tại công an xã nơi bạn ở.</p>',
      topic: 'Cư trú', askedAt: new Date('2021-02-01T03:00:00Z'), answeredAt: new Date('2021-02-03T03:00:00Z'), oldAddresses: ['/faq/cu-tru/dang-ky-tam-tru-o-dau/'],
    },
  ]
}

function sourceOf(name: string, items: ImportRecord[]): ImportSource {
  return {
    name,
    async validate() {
      return { items: items.length }
    },
    async *records() {
      yield* items
    },
  }
}

const library = () => new MediaLibrary(portal.db, clock, portal.media)
const count = async (table: 'articles' | 'comments' | 'categories' | 'pages' | 'media') =>
  Number((await portal.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)

let first: RunImportResult

test('a dry run reports what it would create and writes nothing', async () => {
  const before = await Promise.all([count('articles'), count('comments'), count('categories'), count('pages')])
  const dry = await runImport(portal.db, sourceOf('test', records()), { dryRun: true, now: clock.now(), reservedPrefixes: reserved })
  assert.equal(dry.dryRun, true)
  assert.equal(dry.counts.article?.created, 4)
  assert.equal(dry.counts.comment?.created, 4)
  assert.deepEqual(await Promise.all([count('articles'), count('comments'), count('categories'), count('pages')]), before)
  assert.equal(Number((await portal.db.selectFrom('import_items').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n), 0)
})

test('a run writes every item, in Vietnamese, with links made to items read later', async () => {
  first = await runImport(portal.db, sourceOf('test', records()), { now: clock.now(), reservedPrefixes: reserved, media: library(), createUsers: true })
  assert.deepEqual(first.counts.article, { created: 4, skipped: 0 })
  assert.deepEqual(first.counts.comment, { created: 4, skipped: 0 })
  assert.deepEqual(first.counts.page, { created: 2, skipped: 0 })
  assert.deepEqual(first.counts.document, { created: 1, skipped: 0 })
  assert.deepEqual(first.counts.question, { created: 1, skipped: 0 })
  assert.deepEqual(first.counts.media, { created: 1, skipped: 1 })
  assert.match(first.skipped.find((s) => s.sourceId === 'm2')!.reason, /no file/)

  const categories = await portal.db.selectFrom('categories').select(['id', 'name', 'slug', 'parent_id']).execute()
  const news = categories.find((c) => c.name === 'Tin tức & Sự kiện')!
  assert.equal(news.slug, 'tin-tuc')
  assert.equal(categories.find((c) => c.name === 'Hoạt động cơ sở')!.parent_id, news.id)
  // "van-ban" is the documents register's prefix: the category takes another slug.
  assert.equal(categories.find((c) => c.name === 'Văn bản')!.slug, 'van-ban-2')
  assert.ok(categories.some((c) => c.name === 'Nhập khẩu' && c.slug === 'nhap-khau'), 'items without a category go to "Nhập khẩu"')

  const article = await portal.db.selectFrom('articles').selectAll().where('slug', '=', 'dan-van-kheo-o-xa-tan-phu').executeTakeFirstOrThrow()
  assert.equal(article.byline_name, 'Lê Hải')
  // --create-users: an account with no password (it signs in once invited), the least of the roles.
  const account = await portal.db.selectFrom('users').select(['id', 'role', 'password_hash']).where('email', '=', 'le.hai@example.vn').executeTakeFirstOrThrow()
  assert.deepEqual({ role: account.role, hash: account.password_hash }, { role: 'reporter', hash: '' })
  assert.equal(article.author_id, account.id)
  assert.match(first.skipped.find((s) => s.sourceId === 'a2')!.reason, /no e-mail/)
  assert.ok(article.lead_image_id, 'the featured picture, read after the post, is its lead image')
  assert.match(article.body_html, /<img[^>]+src="\/media\/[^"]+\.webp"/, 'the body names the library picture, not the old site\'s smaller copy')
  assert.doesNotMatch(article.body_html, /old\.gov\.vn/)

  const legacy = await portal.db.selectFrom('articles').selectAll().where('title', '=', 'Hội nghị tổng kết công tác dân vận').executeTakeFirst()
  assert.ok(legacy, JSON.stringify({ titles: (await portal.db.selectFrom('articles').select('title').execute()).map((a) => a.title), notes: first.notes }))
  assert.match(legacy.body_html, /Năm qua, công tác dân vận đạt nhiều kết quả\./)
  assert.equal(legacy.byline_kind, 'T/h')
  assert.ok(first.notes.some((n) => n.sourceId === 'p11' && /converted from tcvn3/.test(n.note)), JSON.stringify(first.notes))

  const scheduled = await portal.db.selectFrom('articles').select(['status', 'published_at']).where('title', '=', 'Bài hẹn giờ').executeTakeFirstOrThrow()
  assert.equal(scheduled.status, 'scheduled')
  assert.equal(new Date(scheduled.published_at!).toISOString(), '2026-12-24T01:00:00.000Z')
  assert.equal((await portal.db.selectFrom('articles').select('status').where('title', '=', 'Bản nháp riêng tư').executeTakeFirstOrThrow()).status, 'draft')

  const comments = await portal.db.selectFrom('comments').select(['id', 'author_name', 'parent_id', 'status']).where('article_id', '=', article.id).execute()
  const question = comments.find((c) => c.author_name === 'Nguyễn Văn An')!
  assert.equal(comments.find((c) => c.author_name === 'Ban biên tập')!.parent_id, question.id, 'the reply, read first, answers its comment')
  assert.deepEqual(comments.map((c) => c.status).sort(), ['approved', 'approved', 'pending', 'spam'])

  const pages = await portal.db.selectFrom('pages').select(['id', 'slug', 'parent_id']).execute()
  assert.equal(pages.find((p) => p.slug === 'lanh-dao')!.parent_id, pages.find((p) => p.slug === 'gioi-thieu-chung')!.id)
})

test('the old addresses answer 301 to where the items are now, before any route', async () => {
  await portal.jobs.runNow('import-changes')
  const expect301 = async (url: string, to: RegExp | string) => {
    const res = await portal.app.inject(url)
    assert.equal(res.statusCode, 301, `${url}: ${res.statusCode}`)
    if (typeof to === 'string') assert.equal(res.headers.location, to, url)
    else assert.match(String(res.headers.location), to, url)
    assert.equal(res.headers['set-cookie'], undefined)
  }
  await expect301('/?p=10', '/tin-tuc/hoat-dong-co-so/dan-van-kheo-o-xa-tan-phu')
  await expect301('/index.php?p=10&utm_source=zalo', '/tin-tuc/hoat-dong-co-so/dan-van-kheo-o-xa-tan-phu')
  await expect301('/2021/01/dan-van-kheo-o-xa-tan-phu/', '/tin-tuc/hoat-dong-co-so/dan-van-kheo-o-xa-tan-phu')
  await expect301('/2021/01/Dan-Van-Kheo-O-Xa-Tan-Phu', '/tin-tuc/hoat-dong-co-so/dan-van-kheo-o-xa-tan-phu')
  await expect301('/category/tin-tuc/', '/tin-tuc')
  await expect301('/?cat=3', '/tin-tuc')
  await expect301('/category/tin-tuc/hoat-dong-co-so/', '/tin-tuc/hoat-dong-co-so')
  await expect301('/tag/dan-van-kheo/', '/tu-khoa/dan-van-kheo')
  await expect301('/?page_id=2', '/trang/gioi-thieu-chung')
  await expect301('/gioi-thieu/lanh-dao/', '/trang/gioi-thieu-chung/lanh-dao')
  await expect301('/feed/', '/rss.xml')
  await expect301('/laws/detail/12-2021-qd-ubnd-1.html', /^\/van-ban\/[^/]+$/)
  await expect301('/faq/cu-tru/dang-ky-tam-tru-o-dau', /^\/hoi-dap\/[^/]+/)
  // A draft has no public address: its old one is not redirected, and the home page answers as
  // it answers any unknown query (with its own address).
  for (const url of ['/?p=13', '/?p=99999']) assert.equal((await portal.app.inject(url)).headers.location, '/', url)
  assert.equal((await portal.app.inject('/2021/01/khong-co')).statusCode, 404)
})

test('a second run creates nothing twice', async () => {
  const before = await Promise.all([count('articles'), count('comments'), count('categories'), count('pages'), count('media')])
  const again = await runImport(portal.db, sourceOf('test', records()), { now: clock.now(), reservedPrefixes: reserved, media: library() })
  assert.deepEqual(await Promise.all([count('articles'), count('comments'), count('categories'), count('pages'), count('media')]), before)
  assert.deepEqual(again.counts.article, { created: 0, skipped: 4 })
  assert.deepEqual(again.counts.comment, { created: 0, skipped: 4 })
  assert.deepEqual(again.counts.document, { created: 0, skipped: 1 })
  assert.deepEqual(again.counts.question, { created: 0, skipped: 1 })
  assert.equal(again.counts.category?.created ?? 0, 0)
})

test('a running portal shows what another process imported once it reads the change log', async () => {
  const listed = async () => (await portal.app.inject('/tin-tuc')).body
  const before = await listed()
  assert.doesNotMatch(before, /Bài mới nhập/)
  await runImport(portal.db, sourceOf('test', [
    { kind: 'article', sourceId: 'p20', title: 'Bài mới nhập', status: 'published', publishedAt: clock.now(), categoryRefs: ['c1'], tags: [], bodyHtml: '<p>Mới.</p>', oldAddresses: ['/?p=20'], notes: [] },
  ]), { now: clock.now(), reservedPrefixes: reserved })
  // The page was kept in memory: unchanged until the instance looks at the log.
  assert.doesNotMatch(await listed(), /Bài mới nhập/)
  await portal.jobs.runNow('import-changes')
  assert.match(await listed(), /Bài mới nhập/)
  assert.equal((await portal.app.inject('/?p=20')).headers.location, '/tin-tuc/bai-moi-nhap')
})

test('redirects export writes every old address that leads somewhere, as CSV and as an nginx map', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'toasoan-redirects-'))
  const files = { csv: join(folder, 'r.csv'), nginx: join(folder, 'r.map') }
  const report = await exportRedirects(portal.db, portal.services.oldAddresses, files)
  const csv = readFileSync(files.csv, 'utf8')
  assert.ok(csv.startsWith('\uFEFFold_address,new_address\r\n'))
  assert.match(csv, /"\/\?p=10","\/tin-tuc\/hoat-dong-co-so\/dan-van-kheo-o-xa-tan-phu"/)
  assert.match(csv, /"\/category\/tin-tuc","\/tin-tuc"/)
  assert.doesNotMatch(csv, /p=13/, 'the draft leads nowhere: left out')
  assert.equal(csv.trim().split('\r\n').length - 1, report.written)
  assert.ok(report.unresolved >= 1)
  const map = readFileSync(files.nginx, 'utf8')
  assert.match(map, /^map \$request_uri \$toasoan_redirect \{$/m)
  assert.match(map, /^ {4}"\/2021\/01\/dan-van-kheo-o-xa-tan-phu\/" "\/tin-tuc\/hoat-dong-co-so\/dan-van-kheo-o-xa-tan-phu";$/m)
  assert.match(map, /^ {4}"\/\?p=10" "\/tin-tuc\/hoat-dong-co-so\/dan-van-kheo-o-xa-tan-phu";$/m)
  assert.ok(map.trimEnd().endsWith('}'))
})
