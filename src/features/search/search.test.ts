import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { createUser } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { Editorial } from '../editorial/index.ts'
import { parseQuery } from './query-parser.ts'
import type { SearchFilters } from './search.repository.ts'

// Each rule of the issue, on whichever database the suite runs (SQLite, or PostgreSQL with
// TEST_DATABASE_URL). Every test uses syllables of its own, so articles do not meet.
let portal: TestPortal
let categoryId: number
let otherCategoryId: number
let day = 0

before(async () => {
  portal = await buildTestPortal()
  categoryId = await createCategory(portal, 'Tin tức')
  otherCategoryId = await createCategory(portal, 'Thông báo')
})
after(() => portal.close())

/** Each article a day newer than the one before, so "newer" is always meant. */
async function article(title: string, body = '<p>Nội dung.</p>', extra: { lead?: string; categoryId?: number; tags?: string[]; publishedAt?: Date; status?: 'published' | 'approved' } = {}) {
  day++
  const { id } = await createArticle(portal, {
    title, bodyHtml: body, lead: extra.lead ?? 'Tóm tắt.', categoryId: extra.categoryId ?? categoryId, tags: extra.tags ?? [],
    publishedAt: extra.publishedAt ?? new Date(Date.UTC(2021, 0, 1) + day * 86_400_000), status: extra.status ?? 'published',
  })
  return id
}

async function find(q: string, filters: SearchFilters = {}, order: 'relevance' | 'newest' = 'relevance') {
  await portal.search.whenIdle()
  const results = await portal.search.search({ query: parseQuery(q), filters, order, page: 1, pageSize: 50 })
  return results.hits.map((h) => ({ id: h.item.id, title: h.item.title, all: h.hasAllTerms }))
}
/** The articles with every syllable (the lower tier, with only some, is tested on its own). */
const ids = async (q: string, filters?: SearchFilters) => (await find(q, filters)).filter((h) => h.all).map((h) => h.id)

describe('folding', () => {
  test('"dan van kheo", "Dân vận khéo", "DÂN VẬN KHÉO", "dân  vận   khéo" and NFD input find the same article', async () => {
    const id = await article('Phong trào Dân vận khéo ở xã Mỹ Thắng')
    for (const q of ['dan van kheo', 'Dân vận khéo', 'DÂN VẬN KHÉO', 'dân  vận   khéo', 'Dân vận khéo'.normalize('NFD')]) {
      assert.deepEqual((await ids(`${q} my thang`)), [id], q)
    }
  })

  test('"dang bo" finds "Đảng bộ"', async () => {
    const id = await article('Đại hội Đảng bộ phường Trần Quang Diệu')
    assert.deepEqual(await ids('dang bo tran quang dieu'), [id])
  })

  test('"hoà" finds "hòa" and "hòa" finds "hoà"', async () => {
    const newStyle = await article('Khu dân cư hòa thuận ở Tam Quan Bắc')
    const oldStyle = await article('Khu dân cư hoà thuận ở Tam Quan Nam')
    assert.deepEqual(new Set(await ids('hoà tam quan')), new Set([newStyle, oldStyle]))
    assert.deepEqual(new Set(await ids('hòa tam quan')), new Set([newStyle, oldStyle]))
  })

  test('titles, leads, bodies, bylines and tags are all searched', async () => {
    const inLead = await article('Bài một', undefined, { lead: 'Có chữ kỳ lân trong tóm tắt.' })
    const inBody = await article('Bài hai', '<p>Có chữ <strong>kỳ lân</strong> trong thân bài.</p>')
    const inTag = await article('Bài ba', undefined, { tags: ['Kỳ lân'] })
    assert.deepEqual(new Set(await ids('ky lan')), new Set([inLead, inBody, inTag]))
    const byline = await createArticle(portal, { title: 'Bài bốn', categoryId, bylineName: 'Ngô Thì Nhậm' })
    assert.deepEqual(await ids('ngo thi nham'), [byline.id])
  })
})

describe('ranking', () => {
  test('articles with all the syllables come before articles with only some', async () => {
    const all = await article('Giống lúa nếp cẩm Bồng Sơn')
    const some = await article('Giống lúa mới ở Bồng Sơn') // newer, but lacks "nếp cẩm"
    const hits = await find('lúa nếp cẩm bồng sơn')
    assert.deepEqual(hits.map((h) => h.id), [all, some])
    assert.deepEqual(hits.map((h) => h.all), [true, false])
  })

  test('syllables side by side, in the query\'s order, come before the same syllables far apart', async () => {
    const together = await article('Bài về vùng trũng', '<p>Đầm sen hồng nở rộ giữa làng, người dân vui vẻ đón khách đến thăm quê.</p>')
    const apart = await article('Bài về vùng trũng', '<p>Đầm sen nở rộ giữa làng, người dân vui vẻ đón khách hồng đến thăm quê.</p>') // newer
    assert.deepEqual(await ids('sen hồng'), [together, apart])
  })

  test('a title match comes before a body match', async () => {
    const inTitle = await article('Mít tố nữ vào mùa', '<p>Nhà vườn bận rộn.</p>')
    const inBody = await article('Nhà vườn vào mùa', '<p>Mít tố nữ bận rộn.</p>') // newer
    assert.deepEqual(await ids('mít tố nữ'), [inTitle, inBody])
  })

  test('with diacritics typed, exact matches come before matches that only agree after folding', async () => {
    const road = await article('Làm đường ở thôn Kim Sơn')
    const ocean = await article('Làm dương ở thôn Kim Sơn') // newer
    assert.deepEqual(await ids('đường kim sơn'), [road, ocean])
    assert.deepEqual(await ids('dương kim sơn'), [ocean, road])
    // Without diacritics there is nothing to prefer: the newer comes first.
    assert.deepEqual(await ids('duong kim son'), [ocean, road])
  })

  test('recency breaks ties', async () => {
    const older = await article('Lễ hội cầu ngư Nhơn Lý')
    const newer = await article('Lễ hội cầu ngư Nhơn Lý')
    assert.deepEqual(await ids('cau ngu nhon ly'), [newer, older])
  })

  test('newest-first order ignores relevance', async () => {
    const inTitle = await article('Chè Tân Cương thơm ngon')
    const inBody = await article('Đặc sản', '<p>Chè Tân Cương thơm ngon.</p>')
    await portal.search.whenIdle()
    const hits = await portal.search.search({ query: parseQuery('chè tân cương'), filters: {}, order: 'newest', page: 1 })
    assert.deepEqual(hits.hits.map((h) => h.item.id), [inBody, inTitle])
  })
})

describe('query syntax', () => {
  test('a "quoted phrase" must match as a phrase', async () => {
    const phrase = await article('Vườn hồ tiêu Gia Lai')
    await article('Hồ nước và cây tiêu ở Gia Lai')
    assert.deepEqual(await ids('"hồ tiêu" gia lai'), [phrase])
  })

  test('a quoted phrase of three syllables matches only where they stand together', async () => {
    const together = await article('Mô hình nuôi cá lồng bè trên sông Côn')
    // "cá lồng" and "lồng bè" are both here, apart; "cá lồng bè" is not.
    await article('Cá lồng đèn và lồng bè', '<p>Chợ bán cá lồng kính; bà con làm lồng bè mới.</p>')
    assert.deepEqual(await ids('"cá lồng bè"'), [together])
    assert.deepEqual(await ids('"ca long be" song con'), [together])
  })

  test('-word excludes articles with that word', async () => {
    await article('Cà phê sữa Phù Cát')
    const black = await article('Cà phê đen Phù Cát')
    assert.deepEqual(await ids('cà phê phù cát -sữa'), [black])
    assert.deepEqual(await ids('cà phê phù cát -"phê sữa"'), [black])
  })

  test('bad input gives an empty or normal result, never an engine error', async () => {
    await article('Bài có chữ near và or')
    const nasty = ['', '   ', '"', '""', '"""', '*', 'near(', 'NEAR(a b, 2)', 'OR', 'a OR b', 'AND', 'NOT', ':', 'title:near', '{title}: x',
      '^near', 'near*', '-', '--', '- -', '-"', "'", "'; DROP TABLE articles; --", '\\', '!', '&', '|', '<->', "a' & 'b", ':*', '(', ')',
      '\u0000\u0001\u0002', '\u202e', 'a'.repeat(1000), 'dân '.repeat(250), '🙂 😀', '中文 检索', '%', '_']
    for (const q of nasty) {
      const results = await portal.search.search({ query: parseQuery(q), filters: {}, order: 'relevance', page: 1 })
      assert.ok(Array.isArray(results.hits), q)
    }
    assert.equal((await ids('near or')).length, 1)
  })
})

describe('filters', () => {
  test('by category and by date range', async () => {
    const early = await article('Tin bão số chín Quy Nhơn', undefined, { publishedAt: new Date('2020-10-01T03:00:00Z') })
    const late = await article('Tin bão số chín Quy Nhơn', undefined, { publishedAt: new Date('2020-11-01T03:00:00Z'), categoryId: otherCategoryId })
    assert.deepEqual(await ids('bão số chín', { categoryIds: [otherCategoryId] }), [late])
    assert.deepEqual(await ids('bão số chín', { from: new Date('2020-10-15T00:00:00Z') }), [late])
    assert.deepEqual(await ids('bão số chín', { until: new Date('2020-10-15T00:00:00Z') }), [early])
  })
})

describe('the index follows publishing', () => {
  test('an article is findable once published, gone once unpublished, and found by its new title after an edit', async () => {
    const userId = await createUser(portal.db, 'administrator', 'tim-kiem@example.vn')
    const actor = { user: { id: userId, email: 'tim-kiem@example.vn', name: 'Quản trị', role: 'administrator' as const, isActive: true, categoryIds: [] }, ip: '127.0.0.1' }
    const editorial = new Editorial(portal.db, portal.events, { now: () => new Date() })
    const id = await article('Khánh thành cầu Thị Nại mới', undefined, { status: 'approved' })
    assert.deepEqual(await ids('cau thi nai'), [], 'not yet published')
    await editorial.transition(actor, id, 'publish')
    assert.deepEqual(await ids('cau thi nai'), [id], 'published')
    await editorial.transition(actor, id, 'unpublish')
    assert.deepEqual(await ids('cau thi nai'), [], 'unpublished')
    await editorial.transition(actor, id, 'publish')
    assert.deepEqual(await ids('cau thi nai'), [id], 'published again')
  })

  test('startup catches up with changes made while nobody listened, and a rebuild restores everything', async () => {
    const id = await article('Hợp tác xã muối Sa Huỳnh')
    await portal.search.whenIdle()
    // Changed behind the portal's back, as an import or a crash between commit and event would.
    await portal.db.updateTable('articles').set({ title: 'Hợp tác xã nước mắm Sa Huỳnh', updated_at: '2030-01-01T00:00:00.000Z' }).where('id', '=', id).execute()
    assert.deepEqual(await ids('nuoc mam sa huynh'), [])
    assert.ok((await portal.search.catchUp()) >= 1)
    assert.deepEqual(await ids('nuoc mam sa huynh'), [id])
    await portal.db.updateTable('articles').set({ status: 'expired' }).where('id', '=', id).execute()
    await portal.search.catchUp()
    assert.deepEqual(await ids('nuoc mam sa huynh'), [])
    const published = Number((await portal.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'published').executeTakeFirstOrThrow()).n)
    assert.equal(await portal.search.rebuild(), published)
    assert.equal(await portal.search.catchUp(), 0, 'nothing left to catch up after a rebuild')
  })
})

