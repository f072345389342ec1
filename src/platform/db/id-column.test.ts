import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Generated, Kysely } from 'kysely'
import { openTestDatabase, testDialect } from '../../../test/support/test-portal.ts'
import type { DatabaseHandle } from './connect.ts'
import { idColumn } from './id-column.ts'

let database: DatabaseHandle
let drop: () => Promise<void>
before(async () => ({ database, drop } = await openTestDatabase()))
after(async () => {
  await database.close()
  await drop()
})

type Polls = { polls: { id: Generated<number>; question: string } }

test(`an id column numbers rows by itself and never gives a deleted row's id again (${testDialect})`, async () => {
  const db = database.db as unknown as Kysely<Polls>
  await db.schema.createTable('polls').$call(idColumn(database.dialect)).addColumn('question', 'text', (c) => c.notNull()).execute()
  const add = async (question: string) => (await db.insertInto('polls').values({ question }).returning('id').executeTakeFirstOrThrow()).id
  assert.equal(await add('Một'), 1)
  assert.equal(await add('Hai'), 2)
  await db.deleteFrom('polls').where('id', '=', 2).execute()
  assert.equal(await add('Ba'), 3)
  await assert.rejects(db.insertInto('polls').values({ id: 1, question: 'Trùng' }).execute(), 'the id is the primary key')
})
