import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { test } from 'node:test'
import { churnSchemas, dropSchema } from '../../../test/support/schema-churn.ts'
import { TEST_DATABASE_URL, testDialect } from '../../../test/support/test-portal.ts'
import { connectDatabase } from './connect.ts'

const skip = testDialect !== 'postgres' && 'PostgreSQL only (run with TEST_DATABASE_URL)'

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
    await dropSchema(schema)
  }
})
