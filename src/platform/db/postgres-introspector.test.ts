import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { test } from 'node:test'
import pg from 'pg'
import { TEST_DATABASE_URL, testDialect } from '../../../test/support/test-portal.ts'
import { connectDatabase } from './connect.ts'

const skip = testDialect !== 'postgres' && 'PostgreSQL only (run with TEST_DATABASE_URL)'

/** Another client on the same server, creating and dropping schemas as fast as it can. */
async function churnSchemas(): Promise<{ stop(): Promise<void> }> {
  const churn = new pg.Client({ connectionString: TEST_DATABASE_URL })
  await churn.connect()
  let stopping = false
  const running = (async () => {
    while (!stopping) {
      const other = `c_${randomBytes(5).toString('hex')}`
      await churn.query(`CREATE SCHEMA ${other}; CREATE TABLE ${other}.a (id serial primary key); CREATE TABLE ${other}.b (id serial primary key)`)
      await churn.query(`DROP SCHEMA ${other} CASCADE`)
    }
  })()
  return { stop: async () => { stopping = true; await running; await churn.end() } }
}

// Kysely's own introspector failed about one listing in a hundred here ("schema … does not
// exist"), so 400 listings failed nearly every run before; each migration makes several.
test('which tables exist is read from our own schema, whatever other clients drop meanwhile', { skip }, async () => {
  const schema = `t_${randomBytes(6).toString('hex')}`
  const database = await connectDatabase(TEST_DATABASE_URL, { schema })
  const churn = await churnSchemas()
  try {
    await database.db.schema.createTable('notes').addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('body', 'text', (c) => c.notNull()).addColumn('note', 'varchar(20)').execute()
    for (let i = 0; i < 400; i++) {
      const tables = await database.db.introspection.getTables()
      assert.deepEqual(tables.map((t) => `${t.schema}.${t.name}`), [`${schema}.notes`], 'only our schema, never another client\'s')
    }
    const [notes] = await database.db.introspection.getTables()
    assert.deepEqual(notes!.columns.map((c) => [c.name, c.dataType, c.isNullable, c.isAutoIncrementing]), [
      ['id', 'int4', false, true],
      ['body', 'text', false, false],
      ['note', 'varchar', true, false],
    ])
  } finally {
    await churn.stop()
    await database.close()
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL })
    await admin.connect()
    await admin.query(`DROP SCHEMA ${schema} CASCADE`).finally(() => admin.end())
  }
})
