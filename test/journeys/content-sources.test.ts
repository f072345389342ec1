import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { createArticle, createCategory } from '../support/factories.ts'
import { parsePage } from '../support/html.ts'
import { buildTestPortal, type TestPortal } from '../support/test-portal.ts'
import { parseXml, textsOf } from '../support/xml.ts'
import Fastify from 'fastify'
import { articleSource } from '../../src/features/articles/index.ts'
import { ContentSources } from '../../src/platform/content/index.ts'
import { BlockRegistry } from '../../src/platform/layout/index.ts'
import { CategoryDirectory } from '../../src/features/categories/index.ts'
import { sitemapRoutes } from '../../src/features/feeds/index.ts'
import { PortalChrome, registerErrorPages } from '../../src/features/site/index.ts'
import { PageCache } from '../../src/platform/cache/page-cache.ts'
import type { ContentItem, ContentSource, TaggedQuery } from '../../src/platform/content/index.ts'
import { createPublicResponder } from '../../src/platform/http/public-response.ts'
import { defineMessages, phrase } from '../../src/platform/i18n/index.ts'

// A second kind of content, defined here and nowhere else: notices kept in memory, at
// /thong-bao/N, filed in no category. Registered beside the articles, it reaches search, the
// sitemap and the portal's feed without a line of the articles or of those features changing.
interface Notice { id: number; title: string; text: string; publishedAt: Date; modifiedAt: Date; withdrawn?: boolean; tag?: { slug: string; name: string } }

class Notices implements ContentSource {
  readonly kind = 'notice'
  readonly sitemapName = 'thong-bao'
  readonly label = phrase(defineMessages('test-notices', { label: 'Thông báo' }, { label: 'Notices' }), 'label')
  readonly #notices = new Map<number, Notice>()
  #listeners: ((ids: number[]) => void)[] = []

  /** Publishes, edits or withdraws; `quietly` as if no portal had been listening (an import). */
  put(notice: Notice, { quietly = false } = {}): void {
    this.#notices.set(notice.id, notice)
    if (!quietly) for (const listener of this.#listeners) listener([notice.id])
  }

  #published(): Notice[] {
    return [...this.#notices.values()].filter((n) => !n.withdrawn).sort((a, b) => a.id - b.id)
  }

  #item(n: Notice): ContentItem {
    return { kind: this.kind, id: n.id, address: `/thong-bao/${n.id}`, title: n.title, lead: '', text: n.text, publishedAt: n.publishedAt, modifiedAt: n.modifiedAt, tags: n.tag ? [n.tag.name] : [] }
  }

  async read(ids: readonly number[]) {
    return this.#published().filter((n) => ids.includes(n.id)).map((n) => this.#item(n))
  }
  async newest({ limit, categoryIds }: { limit: number; categoryIds?: readonly number[] }) {
    if (categoryIds) return []
    return this.#published().sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime()).slice(0, limit).map((n) => this.#item(n))
  }
  async count() {
    return this.#published().length
  }
  async page({ afterId, upToId, limit }: { afterId: number; upToId?: number; limit: number }) {
    return this.#published().filter((n) => n.id > afterId && (upToId === undefined || n.id <= upToId)).slice(0, limit).map((n) => this.#item(n))
  }
  async idRanges(size: number) {
    const ranges = new Map<number, Date>()
    for (const n of this.#published()) {
      const number = Math.floor((n.id - 1) / size) + 1
      if (!ranges.has(number) || ranges.get(number)! < n.modifiedAt) ranges.set(number, n.modifiedAt)
    }
    return [...ranges].map(([number, lastModified]) => ({ number, lastModified }))
  }
  async tagged({ tag, after, limit }: TaggedQuery) {
    const carrying = this.#published().filter((n) => n.tag?.slug === tag)
    if (carrying.length === 0) return undefined
    const older = (n: Notice) => !after || n.publishedAt < after.publishedAt || (n.publishedAt.getTime() === after.publishedAt.getTime() && n.id < after.id)
    const entries = carrying.filter(older).sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime()).slice(0, limit).map((n) => this.#item(n))
    return { tagName: carrying[0]!.tag!.name, entries }
  }
  onChange(listener: (ids: number[]) => void) {
    this.#listeners.push(listener)
  }
}

const SITE = 'https://tinhuy.example.vn'
const RECEPTION: Notice = {
  id: 1, title: 'Thông báo lịch tiếp công dân tháng Mười Hai', text: 'Đồng chí Bí thư Tỉnh ủy tiếp công dân định kỳ tại trụ sở Ban Tiếp công dân tỉnh.',
  publishedAt: new Date('2026-12-01T01:00:00Z'), modifiedAt: new Date('2026-12-02T03:00:00Z'), tag: { slug: 'tiep-cong-dan', name: 'Tiếp công dân' },
}

let portal: TestPortal
let notices: Notices
let articleSlug: string

before(async () => {
  notices = new Notices()
  portal = await buildTestPortal({ env: { PUBLIC_URL: SITE }, sources: [notices] })
  const categoryId = await createCategory(portal, 'Tin tức')
  articleSlug = (await createArticle(portal, { title: 'Hội nghị về công tác tiếp công dân', categoryId, tags: ['Tiếp công dân'], publishedAt: new Date('2026-11-30T01:00:00Z') })).slug
  notices.put(RECEPTION)
  await portal.search.whenIdle()
})
after(() => portal.close())

/** What readers would fetch after the change: notices purge the portal's pages as articles do ('home'). */
async function afterChange(change: () => void): Promise<void> {
  change()
  await portal.search.whenIdle()
  portal.cache.purgeTags(['home'])
}

/** The results with every syllable (those with only some follow them, as a lower tier). */
async function searchHits(q: string): Promise<{ kind: string; id: number; url: string; category?: unknown }[]> {
  const res = await portal.app.inject(`/api/v1/search?q=${encodeURIComponent(q)}`)
  assert.equal(res.statusCode, 200)
  return res.json().data.filter((hit: { hasAllTerms: boolean }) => hit.hasAllTerms)
}

const indexed = async (kind: string) => Number((await portal.db.selectFrom('search_documents').select((eb) => eb.fn.countAll().as('n')).where('kind', '=', kind).executeTakeFirstOrThrow()).n)
const sitemapUrls = async () => textsOf(parseXml((await portal.app.inject('/sitemap.xml')).body), 'loc')
const feedLinks = async (path = '/rss') => textsOf(parseXml((await portal.app.inject(path)).body), 'link')

describe('a second content source, registered beside the articles', () => {
  test('is found by search without diacritics, on the page and in the API, with the article that also matches', async () => {
    const hits = await searchHits('lich tiep cong dan')
    assert.deepEqual(hits.map((h) => [h.kind, h.id, h.url]), [['notice', 1, '/thong-bao/1']])
    assert.equal(hits[0]!.category, undefined, 'a notice is filed in no category')
    const both = await searchHits('tiep cong dan')
    assert.deepEqual(new Set(both.map((h) => h.url)), new Set(['/thong-bao/1', `/tin-tuc/${articleSlug}`]))

    const page = parsePage((await portal.app.inject('/tim-kiem?q=thong+bao+lich+tiep')).body)
    const result = page.querySelector('.search-result h2 a')
    assert.equal(result?.getAttribute('href'), '/thong-bao/1')
    assert.equal(result?.textContent, RECEPTION.title)
  })

  test('is in the sitemap with its modified date, and in the portal feed but not in a category feed', async () => {
    const sitemap = parseXml((await portal.app.inject('/sitemap.xml')).body)
    const entry = [...sitemap.getElementsByTagName('url')].find((u) => textsOf(u, 'loc')[0] === `${SITE}/thong-bao/1`)
    assert.ok(entry, 'the notice is in the sitemap')
    assert.equal(textsOf(entry, 'lastmod')[0]?.slice(0, 10), '2026-12-02')
    assert.ok((await sitemapUrls()).includes(`${SITE}/tin-tuc/${articleSlug}`), 'the articles are still there')

    const items = parseXml((await portal.app.inject('/rss')).body).querySelectorAll('item')
    assert.deepEqual([...items].map((i) => i.querySelector('title')?.textContent), [RECEPTION.title, 'Hội nghị về công tác tiếp công dân'], 'newest first, kinds together')
    assert.ok(!(await feedLinks('/rss/tin-tuc')).includes(`${SITE}/thong-bao/1`))
  })

  test('past the per-file limit it has sitemap files of its own, by id range, beside the articles\' ', async () => {
    const app = Fastify()
    const categories = new CategoryDirectory(portal.db, portal.events)
    registerErrorPages(app, new PortalChrome(portal.db, portal.events, categories, new BlockRegistry(portal.events)))
    const sources = new ContentSources([articleSource({ db: portal.db, categories }), notices])
    await app.register(sitemapRoutes({ sources, categories, responder: createPublicResponder(app, new PageCache(), true), publicUrl: SITE, fileSize: 1 }))
    try {
      const files = textsOf(parseXml((await app.inject('/sitemap.xml')).body), 'loc')
      assert.deepEqual(files.filter((url) => /sitemap-(articles|thong-bao)-/.test(url)), [`${SITE}/sitemap-articles-1.xml`, `${SITE}/sitemap-thong-bao-1.xml`])
      assert.deepEqual(textsOf(parseXml((await app.inject('/sitemap-thong-bao-1.xml')).body), 'loc'), [`${SITE}/thong-bao/1`])
      assert.equal((await app.inject('/sitemap-thong-bao-2.xml')).statusCode, 404)
      assert.equal((await app.inject('/sitemap-polls-1.xml')).statusCode, 404, 'no source of that name')
    } finally {
      await app.close()
    }
  })

  test('is listed on the page of a tag it shares with articles, and on a tag only notices carry', async () => {
    const shared = parsePage((await portal.app.inject('/tu-khoa/tiep-cong-dan')).body)
    assert.equal(shared.querySelector('h1')?.textContent, 'Từ khóa: Tiếp công dân')
    assert.deepEqual([...shared.querySelectorAll('main h3 a')].map((a) => a.getAttribute('href')), ['/thong-bao/1', `/tin-tuc/${articleSlug}`], 'newest first, kinds together')

    notices.put({ id: 3, title: 'Thông báo tuyển dụng công chức', text: '', publishedAt: new Date('2026-12-05T01:00:00Z'), modifiedAt: new Date('2026-12-05T01:00:00Z'), tag: { slug: 'tuyen-dung', name: 'Tuyển dụng' } })
    const own = await portal.app.inject('/tu-khoa/tuyen-dung')
    assert.equal(own.statusCode, 200)
    assert.deepEqual([...parsePage(own.body).querySelectorAll('main h3 a')].map((a) => a.getAttribute('href')), ['/thong-bao/3'])
    await afterChange(() => notices.put({ id: 3, title: 'Thông báo tuyển dụng công chức', text: '', publishedAt: new Date(), modifiedAt: new Date(), withdrawn: true }))
    assert.equal((await portal.app.inject('/tu-khoa/tuyen-dung')).statusCode, 404, 'a tag nobody published any more is unknown')
  })

  test('an edit is searched as edited; once withdrawn it leaves search, the sitemap and the feed', async () => {
    await afterChange(() => notices.put({ ...RECEPTION, title: 'Thông báo lịch tiếp công dân (đã đổi ngày)', modifiedAt: new Date('2026-12-03T01:00:00Z') }))
    assert.deepEqual((await searchHits('doi ngay')).map((h) => h.url), ['/thong-bao/1'])

    await afterChange(() => notices.put({ ...RECEPTION, withdrawn: true }))
    assert.deepEqual(await searchHits('lich tiep cong dan'), [])
    assert.equal(await indexed('notice'), 0, 'gone from the index itself, not only hidden from results')
    assert.ok(!(await sitemapUrls()).includes(`${SITE}/thong-bao/1`))
    assert.ok(!(await feedLinks()).includes(`${SITE}/thong-bao/1`))
    assert.deepEqual((await searchHits('hoi nghi tiep cong dan')).map((h) => h.kind), ['article'], 'the article is untouched')
  })

  test('startup catches up with notices published and withdrawn while nobody listened', async () => {
    notices.put({ id: 2, title: 'Thông báo nghỉ Tết Dương lịch', text: 'Cơ quan nghỉ ngày mùng một.', publishedAt: new Date('2026-12-20T01:00:00Z'), modifiedAt: new Date('2026-12-20T01:00:00Z') }, { quietly: true })
    assert.deepEqual(await searchHits('nghi tet duong lich'), [], 'not announced, not yet indexed')
    assert.ok((await portal.search.catchUp()) >= 1)
    assert.deepEqual((await searchHits('nghi tet duong lich')).map((h) => h.url), ['/thong-bao/2'])

    notices.put({ id: 2, title: 'Thông báo nghỉ Tết Dương lịch và Tết Nguyên đán', text: '', publishedAt: new Date('2026-12-20T01:00:00Z'), modifiedAt: new Date('2026-12-21T01:00:00Z') }, { quietly: true })
    await portal.search.catchUp()
    assert.deepEqual((await searchHits('tet nguyen dan')).map((h) => h.url), ['/thong-bao/2'], 'an edit made meanwhile')

    notices.put({ id: 2, title: 'Thông báo nghỉ Tết Dương lịch', text: '', publishedAt: new Date(), modifiedAt: new Date(), withdrawn: true }, { quietly: true })
    await portal.search.catchUp()
    assert.deepEqual(await searchHits('nghi tet duong lich'), [])
    assert.equal(await portal.search.catchUp(), 0, 'nothing left to catch up')
  })

  test('a rebuild of the index keeps both kinds', async () => {
    notices.put({ ...RECEPTION, withdrawn: false }, { quietly: true })
    assert.equal(await portal.search.rebuild(), 2)
    assert.deepEqual(new Set((await searchHits('tiep cong dan')).map((h) => h.kind)), new Set(['notice', 'article']))
  })
})
