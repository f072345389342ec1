import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import sharp from 'sharp'
import { createArticle } from '../support/factories.ts'
import { parsePage } from '../support/html.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'

// The demo portal's pictures as the pages print them: every lead image comes from the media
// library (widths, 3:2 thumbnails, an original), every <img> says its size, the first picture of a
// page is fetched first and the others wait until they near the screen, and an article without
// a picture has no empty box.
const SEED_URL = '/tin-tuc/dan-van/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-trien-khai-nhiem-vu-nam-2021'
let portal: TestPortal
let base: string

before(async () => {
  portal = await buildTestPortal({ seed: true })
  base = await portal.listen()
})
after(() => portal.close())

const page = async (path: string) => parsePage(await (await fetch(base + path)).text())
const images = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)] as HTMLImageElement[]

function assertSized(imgs: HTMLImageElement[], where: string): void {
  assert.ok(imgs.length > 0, `${where}: no picture`)
  for (const img of imgs) {
    assert.match(img.getAttribute('width') ?? '', /^\d+$/, `${where}: ${img.getAttribute('src')} has no width`)
    assert.match(img.getAttribute('height') ?? '', /^\d+$/, `${where}: ${img.getAttribute('src')} has no height`)
  }
}

test('every demo article has its lead image from the media library, with its widths, thumbnails and original stored', async () => {
  const articles = await portal.db.selectFrom('articles').select(['title', 'lead_image_id', 'lead_image_srcset', 'lead_image_thumbs']).execute()
  assert.ok(articles.length >= 35)
  for (const a of articles) {
    assert.ok(a.lead_image_id, `${a.title}: no library image`)
    assert.match(a.lead_image_srcset, /-480\.webp 480w, .+-960\.webp 960w, .+-1200\.webp 1200w$/, a.title)
    assert.match(a.lead_image_thumbs, /-c50-50-320\.webp 320w, .+-640\.webp 640w, .+-960\.webp 960w$/, a.title)
  }
  const media = await portal.db.selectFrom('media').select(['storage_key', 'original_key', 'alt', 'caption']).execute()
  assert.ok(media.length >= 20, `${media.length} pictures`)
  for (const m of media) {
    assert.ok(m.alt && m.caption, m.storage_key)
    const original = await fetch(`${base}/media/${m.original_key}`)
    assert.equal(original.status, 200, m.original_key)
    const meta = await sharp(Buffer.from(await original.arrayBuffer())).metadata()
    assert.deepEqual([meta.format, meta.width, meta.height, meta.exif], ['jpeg', 1200, 675, undefined])
  }
})

test('the seed article\'s lead image: every width in srcset, sizes, its size, fetched first, with its caption', async () => {
  const doc = await page(SEED_URL)
  const [img] = images(doc, '.lead-image img')
  assert.ok(img)
  assert.match(img.getAttribute('srcset') ?? '', / 480w, .+ 960w, .+ 1200w$/)
  assert.equal(img.getAttribute('sizes'), '(max-width: 60rem) 100vw, 46rem')
  assert.deepEqual([img.getAttribute('width'), img.getAttribute('height')], ['1200', '675'])
  assert.equal(img.getAttribute('fetchpriority'), 'high')
  assert.equal(img.getAttribute('loading'), null)
  assert.equal(img.getAttribute('alt'), 'Hội trường với phông đỏ, bàn chủ tọa phủ khăn xanh và các hàng ghế đại biểu')
  assert.match(doc.querySelector('.lead-image figcaption')?.textContent ?? '', /Quang cảnh hội nghị tổng kết/)
  // The related articles below it wait.
  assertSized(images(doc, 'main img'), SEED_URL)
})

test('the home page: one picture fetched first, the rest lazy, each a 3:2 thumbnail with its size', async () => {
  const doc = await page('/')
  const all = images(doc, 'main img')
  assertSized(all, '/')
  assert.ok(all.length >= 15, `${all.length} pictures`)
  const first = all.filter((img) => img.getAttribute('fetchpriority') === 'high')
  assert.equal(first.length, 1)
  assert.equal(first[0], doc.querySelector('.lead-story img'))
  assert.ok(all.filter((img) => img !== first[0]).every((img) => img.getAttribute('loading') === 'lazy'))
  for (const img of all) {
    assert.equal(Number(img.getAttribute('width')) * 2, Number(img.getAttribute('height')) * 3, 'a 3:2 box')
    assert.match(img.getAttribute('srcset') ?? '', /-c50-50-320\.webp 320w/)
    assert.ok(img.getAttribute('sizes'))
  }
  assert.equal(doc.querySelectorAll('.focus-list li').length, 4)
  assert.equal(doc.querySelectorAll('.featured-list li').length, 4)
})

test('category, tag and search pages and "Đọc nhiều" show thumbnails; an article without a picture shows no box', async () => {
  const category = (await portal.db.selectFrom('categories').select('id').where('slug', '=', 'dan-van').executeTakeFirstOrThrow()).id
  await createArticle(portal, { title: 'Thông báo không kèm ảnh về lịch tiếp dân', categoryId: category, publishedAt: new Date('2022-01-01T00:00:00Z'), tags: ['Dân vận khéo'] })
  await portal.mostRead.refreshNow()
  for (const path of ['/tin-tuc/dan-van', '/tu-khoa/dan-van-kheo']) {
    const doc = await page(path)
    const cards = [...doc.querySelectorAll('.article-list li')]
    const bare = cards.find((li) => /Thông báo không kèm ảnh/.test(li.textContent ?? ''))!
    assert.ok(bare, path)
    assert.equal(bare.querySelector('img, .thumb-link'), null, `${path}: no empty box`)
    assert.ok(cards.filter((li) => li !== bare).every((li) => li.querySelector('img.thumb')), `${path}: the others have pictures`)
    const imgs = images(doc, '.article-list img')
    assertSized(imgs, path)
    assert.ok(imgs.slice(1).every((img) => img.getAttribute('loading') === 'lazy'), path)
    assert.ok(images(doc, '.most-read img').length >= 5, `${path}: "Đọc nhiều" has thumbnails`)
  }
  const search = parsePage((await portal.app.inject('/tim-kiem?q=hoi+nghi')).body)
  const found = images(search, '.search-result img')
  assertSized(found, 'search')
  assert.ok(found.every((img) => img.getAttribute('loading') === 'lazy' && img.getAttribute('alt') === ''))
})
