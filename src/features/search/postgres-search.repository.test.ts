import assert from 'node:assert/strict'
import { sql } from 'kysely'
import { after, before, test } from 'node:test'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { buildTestPortal, testDialect, type TestPortal } from '../../../test/support/test-portal.ts'
import { PostgresSearchRepository } from './postgres-search.repository.ts'
import { parseQuery } from './query-parser.ts'
import { searchDocument } from './search.service.ts'

// PostgreSQL answers common queries from its copy of the newest articles; with a copy of only
// two, these tests reach both that copy and the whole table.
const skip = testDialect !== 'postgres' && 'PostgreSQL only (run with TEST_DATABASE_URL)'
let portal: TestPortal
let index: PostgresSearchRepository
const ids: number[] = []

before(async () => {
  if (skip) return
  portal = await buildTestPortal()
  index = new PostgresSearchRepository(portal.db, 2)
  const categoryId = await createCategory(portal, 'Tin tức')
  for (const title of ['Đê biển Nhơn Lý một', 'Đê biển Nhơn Lý hai', 'Đê biển Nhơn Lý ba', 'Đê biển Nhơn Lý bốn']) ids.push((await createArticle(portal, { title, categoryId })).id)
  await portal.search.whenIdle()
  await index.beginRebuild()
  await index.write((await portal.sources.get('article')!.read(ids)).map(searchDocument), { bulk: true })
  await index.endRebuild()
})
after(() => portal?.close())

const found = async (q: string, limit: number) => (await index.allTerms(parseQuery(q), {}, limit)).candidates.map((c) => c.id).sort()
const recentIds = async () => (await sql<{ id: number }>`SELECT article_id AS id FROM search_recent ORDER BY article_id`.execute(portal.db)).rows.map((r) => r.id)

test('the copy holds the newest articles after a rebuild', { skip }, async () => {
  assert.deepEqual(await recentIds(), ids.slice(2))
})

test('a rebuild leaves every feature column of both tables with its GIN index (built two at a time)', { skip }, async () => {
  const indexes = await sql<{ name: string; definition: string }>`SELECT indexname AS name, indexdef AS definition FROM pg_indexes
    WHERE schemaname = current_schema() AND tablename IN ('search_documents', 'search_recent') AND indexdef LIKE '%USING gin%'`.execute(portal.db)
  assert.deepEqual(indexes.rows.map((r) => r.name).sort(), [
    'search_documents_all_terms', 'search_documents_exact_terms', 'search_documents_head_terms', 'search_documents_title_terms',
    'search_recent_all_terms', 'search_recent_exact_terms', 'search_recent_head_terms', 'search_recent_title_terms',
  ])
})

test('a query the copy cannot fill is answered from all articles', { skip }, async () => {
  assert.deepEqual(await found('de bien nhon ly', 10), [...ids].sort())
  assert.deepEqual(await found('đê biển một', 10), [ids[0]], 'an old article only the whole table has')
  // One asked for, one more to tell that more matched: the copy has both.
  assert.deepEqual(await found('de bien nhon ly', 1), [ids[2], ids[3]].sort(), 'the newest, from the copy alone')
})

test('removing a recent article lets the next newest into the copy', { skip }, async () => {
  await index.remove([ids[3]!])
  assert.deepEqual(await recentIds(), [ids[1], ids[2]])
})

test('thousands of items written at once (an import, the midnight job) fit PostgreSQL\'s parameter limit', { skip }, async () => {
  const [article] = (await portal.sources.get('article')!.read([ids[0]!])).map(searchDocument)
  // 7,000 items of another kind, ten parameters each: one statement would pass the protocol's 65,535.
  const many = Array.from({ length: 7000 }, (_, i) => ({ ...article!, kind: 'bulk-test', sourceId: i + 1, title: `Văn bản thử ${i + 1}` }))
  await index.write(many)
  const written = await sql<{ n: string }>`SELECT count(*) AS n FROM search_documents WHERE kind = 'bulk-test'`.execute(portal.db)
  assert.equal(Number(written.rows[0]!.n), 7000)
})
