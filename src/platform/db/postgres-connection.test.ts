import assert from 'node:assert/strict'
import { sql } from 'kysely'
import { test } from 'node:test'
import { TEST_DATABASE_URL, testDialect } from '../../../test/support/test-portal.ts'
import { eventually } from '../../../test/support/wait.ts'
import { connectDatabase } from './connect.ts'

const skip = testDialect !== 'postgres' && 'PostgreSQL only (run with TEST_DATABASE_URL)'

// pg emits 'error' on a client whose connection ends under it. While a request holds the client
// (Kysely checks one out per query) nobody listens, and an unheard 'error' ends the process:
// one PostgreSQL restart during a query took the whole instance down (seen in CI's restart test).
test('a connection PostgreSQL drops while a request holds it fails that request, not the process', { skip }, async () => {
  const database = await connectDatabase(TEST_DATABASE_URL)
  try {
    await assert.rejects(database.db.connection().execute(async (held) => {
      const { rows } = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(held)
      await sql`SELECT pg_terminate_backend(${rows[0]!.pid})`.execute(database.db)
      // The termination arrives while we hold it: PostgreSQL sends it before its backend leaves
      // pg_stat_activity, and one more round trip on another connection lets this process read it.
      const gone = async () => (await sql`SELECT 1 FROM pg_stat_activity WHERE pid = ${rows[0]!.pid}`.execute(database.db)).rows.length === 0
      await eventually(gone, 'PostgreSQL ends the held connection')
      await sql`SELECT 1`.execute(database.db)
      await sql`SELECT 1`.execute(held)
    }))
    const { rows } = await sql<{ one: number }>`SELECT 1 AS one`.execute(database.db)
    assert.equal(rows[0]!.one, 1, 'the pool goes on with a new connection')
  } finally {
    await database.close()
  }
})
