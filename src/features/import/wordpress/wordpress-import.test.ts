import assert from 'node:assert/strict'
import { join, resolve } from 'node:path'
import { after, before, test } from 'node:test'
import { TestClock } from '../../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../../test/support/test-portal.ts'
import { MediaLibrary } from '../../media/index.ts'
import { runImport, type RunImportResult } from '../run-import.ts'
import { openWordpressSource } from './index.ts'

// The Vietnamese portal's export, through the sink into a real portal: what the reader hands
// over lands as articles, pages, comments and pictures, and the old site's addresses answer 301.

const FIXTURE = resolve(import.meta.dirname, '../../../../test/fixtures/import/wordpress')
const clock = new TestClock(new Date('2026-12-01T03:00:00Z'))
let portal: TestPortal
let result: RunImportResult

before(async () => {
  portal = await buildTestPortal({ clock })
  const source = openWordpressSource(join(FIXTURE, 'vietnamese-portal.xml'), { uploads: join(FIXTURE, 'uploads') })
  result = await runImport(portal.db, source, { now: clock.now(), reservedPrefixes: new Map(), media: new MediaLibrary(portal.db, clock, portal.media) })
  await portal.jobs.runNow('import-changes')
})
after(() => portal.close())

test('the export lands: articles of each status, pages, approved/pending/spam comments with the reply threaded, two pictures', async () => {
  assert.deepEqual(result.counts.article, { created: 8, skipped: 0 })
  assert.deepEqual(result.counts.page, { created: 2, skipped: 0 })
  assert.deepEqual(result.counts.comment, { created: 4, skipped: 0 })
  assert.deepEqual(result.counts.media, { created: 2, skipped: 1 })
  const articles = await portal.db.selectFrom('articles').select(['id', 'title', 'status', 'slug', 'body_html', 'lead_image_id']).execute()
  const byTitle = new Map(articles.map((a) => [a.title, a]))
  assert.deepEqual(articles.map((a) => a.status).sort(), ['draft', 'draft', 'in_review', 'published', 'published', 'published', 'published', 'scheduled'])

  const opening = byTitle.get('Các trường học trong xã tưng bừng khai giảng năm học mới')!
  assert.equal(opening.slug, 'khai-giang-nam-hoc-moi')
  assert.ok(opening.lead_image_id, 'the featured image is the lead image')
  assert.match(opening.body_html, /<figure><img[^>]+src="\/media\/[^"]+"[^>]*>\s*<figcaption>Học sinh dự lễ khai giảng<\/figcaption><\/figure>/)
  assert.doesNotMatch(opening.body_html, /hoabinh\.example\.gov\.vn|\[caption |\[\/caption\]/)

  const comments = await portal.db.selectFrom('comments').select(['id', 'author_name', 'parent_id', 'status']).where('article_id', '=', opening.id).execute()
  const first = comments.find((c) => c.author_name === 'Nguyễn Văn Hùng')!
  assert.equal(comments.find((c) => c.author_name === 'Ban Quản trị')!.parent_id, first.id)
  assert.deepEqual(comments.map((c) => c.status).sort(), ['approved', 'approved', 'pending', 'spam'])

  // The TCVN3 post, typed under .VnTime / .VnTimeH, reads in Unicode.
  const legacy = byTitle.get('Hội nghị tổng kết năm 2009')!
  assert.match(legacy.body_html, /<p>Sáng nay, ủy ban nhân dân xã tổ chức hội nghị tổng kết công tác năm\.<\/p>/)
  // The sink takes one face for the whole body (the reader puts .VnTime before .VnTimeH), so the
  // heading set in .VnTimeH capitals comes out in small letters: the right letters, not the case.
  assert.match(legacy.body_html, /<strong>hội nghị tổng kết<\/strong>/i)
  assert.ok(result.notes.some((n) => n.sourceId === '204' && /tcvn3/i.test(n.note)), JSON.stringify(result.notes))

  const categories = await portal.db.selectFrom('categories').select(['id', 'name', 'slug', 'parent_id']).execute()
  const news = categories.find((c) => c.name === 'Tin tức')!
  assert.equal(categories.find((c) => c.name === 'Hoạt động cơ sở')!.parent_id, news.id)
  assert.ok(categories.some((c) => c.name === 'Thông báo & Sự kiện'))
})

test('the old site\'s addresses answer 301 to the new ones', async () => {
  const expect301 = async (url: string, to: string) => {
    const res = await portal.app.inject(url)
    assert.equal(res.statusCode, 301, `${url}: ${res.statusCode}`)
    assert.equal(res.headers.location, to, url)
  }
  await expect301('/?p=201', '/tin-tuc/hoat-dong-co-so/khai-giang-nam-hoc-moi')
  await expect301('/2021/01/15/khai-giang-nam-hoc-moi/', '/tin-tuc/hoat-dong-co-so/khai-giang-nam-hoc-moi')
  await expect301('/index.php/2010/01/hoi-nghi-tong-ket-2009/', '/thong-bao/hoi-nghi-tong-ket-2009')
  await expect301('/tin-tuc/hoat-dong-co-so/ngay-hoi-dai-doan-ket.html', '/tin-tuc/hoat-dong-co-so/ngay-hoi-dai-doan-ket')
  await expect301('/category/tin-tuc/hoat-dong-co-so/', '/tin-tuc/hoat-dong-co-so')
  await expect301('/?cat=3', '/tin-tuc')
  await expect301('/tag/nong-thon-moi/', '/tu-khoa/nong-thon-moi')
  await expect301('/?page_id=401', '/trang/gioi-thieu')
  await expect301('/gioi-thieu/lich-su-hinh-thanh/', '/trang/gioi-thieu/lich-su-hinh-thanh')
})

test('a second run of the same export creates nothing', async () => {
  const again = await runImport(portal.db, openWordpressSource(join(FIXTURE, 'vietnamese-portal.xml'), { uploads: join(FIXTURE, 'uploads') }), {
    now: clock.now(), reservedPrefixes: new Map(), media: new MediaLibrary(portal.db, clock, portal.media),
  })
  assert.deepEqual(again.counts.article, { created: 0, skipped: 8 })
  assert.deepEqual(again.counts.comment, { created: 0, skipped: 4 })
})
