import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { parseQuery } from './query-parser.ts'

// Rows an index of the previous release holds (and that release's instances still write during
// a rolling restart): an article under its own id, kind by default, no source_id.
let portal: TestPortal
let id: number

before(async () => {
  portal = await buildTestPortal()
  const categoryId = await createCategory(portal, 'Tin tức')
  id = (await createArticle(portal, { title: 'Đắp đê biển Nhơn Lý trước mùa bão', categoryId })).id
  await portal.search.whenIdle()
  await portal.db.updateTable('search_documents').set({ source_id: null }).execute()
})
after(() => portal.close())

const found = async (q: string) => (await portal.search.search({ query: parseQuery(q), filters: {}, order: 'relevance', page: 1 })).hits.map((h) => [h.item.kind, h.item.id])

test('an article indexed before kinds existed is found, and is not taken for stale or withdrawn', async () => {
  assert.deepEqual(await found('de bien nhon ly'), [['article', id]])
  assert.equal(await portal.search.catchUp(), 0)
  assert.deepEqual(await found('de bien nhon ly'), [['article', id]])
})

test('re-indexing such an article replaces its row, not adds a second', async () => {
  await portal.search.refresh('article', [id])
  const rows = await portal.db.selectFrom('search_documents').select(['article_id', 'kind', 'source_id']).execute()
  assert.deepEqual(rows, [{ article_id: id, kind: 'article', source_id: id }])
})
