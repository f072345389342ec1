import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import type { Db } from './connect.ts'
import { preparedQuery } from './prepared.ts'

let portal: TestPortal
before(async () => {
  portal = await buildTestPortal()
  const categoryId = await createCategory(portal, 'Dân vận')
  await createArticle(portal, { title: 'Dân vận khéo', categoryId })
  await createArticle(portal, { title: 'Đường về bản', categoryId })
})
after(() => portal.close())

const titleOf = preparedQuery((db: Db, title: string, status: string) =>
  db.selectFrom('articles').select(['title', 'status']).where('title', '=', title).where('status', '=', status).limit(5))

test('a prepared query compiled once answers each call with that call\'s values', async () => {
  assert.deepEqual(await titleOf(portal.db, 'Dân vận khéo', 'published'), [{ title: 'Dân vận khéo', status: 'published' }])
  assert.deepEqual(await titleOf(portal.db, 'Đường về bản', 'published'), [{ title: 'Đường về bản', status: 'published' }])
  assert.deepEqual(await titleOf(portal.db, 'Dân vận khéo', 'draft'), [])
})

test('a prepared query refuses an argument that shapes the query instead of filling a value', async () => {
  const shaped = preparedQuery((db: Db, column: string) => db.selectFrom('articles').select('id').where(column as 'title', '=', 'x'))
  await assert.rejects(shaped(portal.db, 'title'), /argument 0 is not used as a plain value/)
})
