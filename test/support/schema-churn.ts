import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { TEST_DATABASE_URL } from './test-portal.ts'

/** Another client on the same PostgreSQL, creating and dropping schemas as fast as it can. */
export async function churnSchemas(): Promise<{ stop(): Promise<void> }> {
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
  return {
    stop: async () => {
      stopping = true
      await running
      await churn.end()
    },
  }
}

export async function dropSchema(schema: string): Promise<void> {
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL })
  await admin.connect()
  await admin.query(`DROP SCHEMA ${schema} CASCADE`).finally(() => admin.end())
}
