import SqliteDatabase from 'better-sqlite3'
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, SqliteDriver, type DatabaseConnection, type DatabaseIntrospector, type Driver } from 'kysely'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import pg from 'pg'
import { SearchPathIntrospector } from './postgres-introspector.ts'
import type { Database } from './schema.ts'

export type Dialect = 'sqlite' | 'postgres'
export type Db = Kysely<Database>

export interface DatabaseHandle {
  db: Db
  dialect: Dialect
  /** PostgreSQL only: the schema this handle works in, when it is not the default. */
  schema?: string
  close(): Promise<void>
}

export interface ConnectOptions {
  /** PostgreSQL only: a schema to create and use, so that parallel test runs do not meet. */
  schema?: string
}

export function parseDatabaseUrl(url: string): { dialect: Dialect; location: string } | undefined {
  if (url.startsWith('sqlite:')) return { dialect: 'sqlite', location: url.slice('sqlite:'.length) }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return { dialect: 'postgres', location: url }
  return undefined
}

/**
 * The database DATABASE_URL names cannot be opened or reached. Said at once, naming the
 * variable (never its password), instead of a migration failing on it later.
 */
export class DatabaseUnreachableError extends Error {
  constructor(url: string, cause: unknown) {
    super(`cannot reach the database at DATABASE_URL=${withoutPassword(url)}: ${describe(cause)}`, { cause })
  }
}

export async function connectDatabase(url: string, options: ConnectOptions = {}): Promise<DatabaseHandle> {
  const parsed = parseDatabaseUrl(url)
  if (!parsed) throw new Error(`DATABASE_URL must start with sqlite: or postgres:// (got "${url}")`)
  try {
    return parsed.dialect === 'sqlite' ? openSqlite(parsed.location) : await openPostgres(parsed.location, options.schema)
  } catch (error) {
    throw new DatabaseUnreachableError(url, error)
  }
}

export function withoutPassword(url: string): string {
  if (!url.startsWith('postgres')) return url
  try {
    const parsed = new URL(url)
    parsed.password = ''
    parsed.searchParams.delete('password')
    return parsed.href
  } catch {
    return url.replace(/:[^:@/]*@/, '@')
  }
}

// Connecting to both ::1 and 127.0.0.1 fails with an AggregateError whose own message is empty.
function describe(error: unknown): string {
  if (error instanceof AggregateError && !error.message) return [...new Set(error.errors.map(describe))].join('; ')
  return error instanceof Error ? error.message : String(error)
}

function openSqlite(file: string): DatabaseHandle {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
  const database = new SqliteDatabase(file)
  try {
    database.pragma('journal_mode = WAL')
  } catch (error) {
    database.close()
    throw error
  }
  database.pragma('synchronous = NORMAL')
  database.pragma('foreign_keys = ON')
  database.pragma('busy_timeout = 5000')
  keepPreparedStatements(database)
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database }) })
  sqliteConnections.set(db, database)
  return { db, dialect: 'sqlite', close: () => db.destroy() }
}

const sqliteConnections = new WeakMap<Db, SqliteDatabase.Database>()

/**
 * SQLite only: runs a read straight on the connection, skipping Kysely's queue for it, when
 * nothing can be half-done there. Answers undefined (go through Kysely) for PostgreSQL, for a
 * transaction's handle, for a statement that writes, and while any transaction is open on the
 * connection: another request's transaction waiting on an await would otherwise show us rows
 * it has not committed, and a page rendered from them could be cached.
 *
 * Why: better-sqlite3 is synchronous and has one connection, so when no transaction is open a
 * read run now is exactly what Kysely would run after its queue, minus two promise round
 * trips and its bookkeeping — about a tenth of an uncached article page
 * (docs/decisions/0013-uncached-article-page-one-prepared-query.md).
 */
export function readNowIfIdle(db: Db, sql: string, parameters: readonly unknown[]): unknown[] | undefined {
  const database = sqliteConnections.get(db)
  if (!database || database.inTransaction) return undefined
  const statement = database.prepare(sql)
  return statement.reader ? statement.all(parameters) : undefined
}

// With several processes on one SQLite file (`--workers N`), a transaction that reads and then
// writes must take the write lock when it begins: a deferred BEGIN upgraded later fails at once
// with "database is locked" when another process wrote meanwhile, instead of waiting its turn.
class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly settings: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(settings)
  }

  override createDriver(): Driver {
    return new (class extends SqliteDriver {
      override async beginTransaction(connection: DatabaseConnection): Promise<void> {
        await connection.executeQuery(CompiledQuery.raw('begin immediate'))
      }
    })(this.settings)
  }
}

// Kysely asks better-sqlite3 to prepare every query anew, and preparing cost as much as
// running our small queries. The portal's queries repeat, so their statements are kept (the
// few hundred most recent). Safe because we never stream: a kept statement is never mid-iteration.
function keepPreparedStatements(database: SqliteDatabase.Database, max = 500): void {
  const prepare = database.prepare.bind(database)
  const statements = new Map<string, SqliteDatabase.Statement>()
  database.prepare = ((sql: string) => {
    let statement = statements.get(sql)
    if (statement) {
      statements.delete(sql)
    } else {
      statement = prepare(sql)
      if (statements.size >= max) statements.delete(statements.keys().next().value!)
    }
    statements.set(sql, statement)
    return statement
  }) as typeof database.prepare
}

async function openPostgres(connectionString: string, schema?: string): Promise<DatabaseHandle> {
  if (schema) {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name ${schema}`)
    const admin = new pg.Client({ connectionString, connectionTimeoutMillis: 2000 })
    await admin.connect()
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`)
    } finally {
      await admin.end()
    }
  }
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    // Fail fast while PostgreSQL restarts: a reader gets a 503 in seconds, never a hung request.
    // (No client-side query timeout: a reindex or an index build legitimately runs for minutes.)
    connectionTimeoutMillis: 2000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  })
  // A restart of PostgreSQL breaks the idle connections; unheard, that error would end the process.
  pool.on('error', () => {})
  // The pool listens to its idle clients only: one a request holds when its connection ends
  // emits 'error' too, and unheard that ends the process. The request's own query fails (a 503),
  // and pg-pool drops the broken client when it comes back.
  pool.on('connect', (client) => client.on('error', () => {}))
  // At start, an unreachable server is the operator's to fix: said now, not by the first migration.
  try {
    ;(await pool.connect()).release()
  } catch (error) {
    await pool.end().catch(() => {})
    throw error
  }
  const db = new Kysely<Database>({ dialect: new OwnSchemasPostgresDialect({ pool }) })
  return { db, dialect: 'postgres', ...(schema ? { schema } : {}), close: () => db.destroy() }
}

// Migrations ask which tables exist; answered from our own schemas, so that schemas other
// clients create and drop on the same server cannot fail our start (postgres-introspector.ts).
class OwnSchemasPostgresDialect extends PostgresDialect {
  override createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new SearchPathIntrospector(db)
  }
}
