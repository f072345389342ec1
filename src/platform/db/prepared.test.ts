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

test('a prepared read never sees rows another request\'s open transaction has not committed', async () => {
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  let changed!: () => void
  const didChange = new Promise<void>((resolve) => (changed = resolve))
  const transaction = portal.db.transaction().execute(async (trx) => {
    await trx.updateTable('articles').set({ title: 'Chưa lưu' }).where('title', '=', 'Đường về bản').execute()
    changed()
    await held
    throw new Error('rolled back')
  })
  await didChange
  // On SQLite the one connection is inside that transaction now: the read must wait its turn.
  const reading = titleOf(portal.db, 'Chưa lưu', 'published')
  release()
  await assert.rejects(transaction, /rolled back/)
  assert.deepEqual(await reading, [])
  assert.deepEqual(await titleOf(portal.db, 'Đường về bản', 'published'), [{ title: 'Đường về bản', status: 'published' }])
})
