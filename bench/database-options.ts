import pg from 'pg'

// What the benches that run on both databases share: their --db and --postgres options, whole
// numbers from the command line, and one statement on the PostgreSQL admin connection.

export type BenchDb = 'sqlite' | 'postgres'

/** For parseArgs: --db sqlite|postgres|both, --postgres URL, --help. */
export const DATABASE_OPTIONS = {
  db: { type: 'string', default: 'both' },
  postgres: { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' },
  help: { type: 'boolean', default: false },
} as const

/** The databases --db names, in the order they are run. */
export function databasesOf(value: string): BenchDb[] {
  if (value === 'both') return ['sqlite', 'postgres']
  if (value === 'sqlite' || value === 'postgres') return [value]
  throw new Error(`--db must be sqlite, postgres or both (got "${value}")`)
}

export function whole(flag: string, raw: string): number {
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`${flag} must be a whole number of at least 1 (got "${raw}")`)
  return Number(raw)
}

export const round = (ms: number) => Math.round(ms * 100) / 100

/** One statement (CREATE DATABASE, DROP SCHEMA…) on its own connection. */
export async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}
