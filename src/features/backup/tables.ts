import { sql, type Kysely } from 'kysely'
import type { Dialect } from '../../platform/db/connect.ts'

/** One table as the backup sees it, from the database's own catalogue (not from the code's schema). */
export interface TableInfo {
  name: string
  columns: ColumnInfo[]
  /** The primary key's columns, in key order: rows are read in this order, so a row's parent (same table) comes first. */
  key: string[]
  /** Tables this one points to by a foreign key (not itself). */
  references: string[]
}

export type NeutralType = 'integer' | 'real' | 'text' | 'instant' | 'boolean' | 'blob' | 'json'

export interface ColumnInfo {
  name: string
  type: NeutralType
  /** PostgreSQL only: a column numbered by a sequence (serial or identity), reset after a restore. */
  sequence?: boolean
}

/**
 * Tables whose rows must never leave the machine's database. visit_salts holds the statistics'
 * salt of the day: a visitor is counted by hash(salt, address, browser), and the salt is deleted
 * when the day ends so yesterday's hashes can be linked to no one. A salt restored elsewhere (or
 * kept in an archive) would let the day's hashes be recomputed and matched across machines; the
 * target makes a new salt at its first visit.
 */
// backup_schedule belongs to the machine, not the portal: a restored copy would have the new
// machine write into (and prune) the old machine's folder or bucket. It is set anew there.
const NEVER_BACKED_UP = new Set(['visit_salts', 'backup_schedule'])

/**
 * Left out: the migrator's own tables (the target is migrated by the code, and the level is in the
 * manifest), the search index, which each engine builds its own way (fts5 tables on SQLite,
 * tsvectors on PostgreSQL) and which is rebuilt from the articles after a restore, and the
 * tables above.
 */
export function isBackedUp(table: string): boolean {
  return !table.startsWith('kysely_') && !table.startsWith('search_') && !table.startsWith('sqlite_') && !NEVER_BACKED_UP.has(table)
}

export async function listTables(db: Kysely<any>, dialect: Dialect): Promise<TableInfo[]> {
  return dialect === 'sqlite' ? sqliteTables(db) : postgresTables(db)
}

async function sqliteTables(db: Kysely<any>): Promise<TableInfo[]> {
  const { rows } = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`.execute(db)
  const tables: TableInfo[] = []
  for (const { name } of rows) {
    if (!isBackedUp(name)) continue
    const columns = (await sql<{ name: string; type: string; pk: number }>`SELECT name, type, pk FROM pragma_table_info(${name})`.execute(db)).rows
    const foreign = (await sql<{ table: string }>`SELECT "table" FROM pragma_foreign_key_list(${name})`.execute(db)).rows
    tables.push({
      name,
      columns: columns.map((c) => ({ name: c.name, type: sqliteType(c.type) })),
      key: columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name),
      references: [...new Set(foreign.map((f) => f.table))].filter((t) => t !== name),
    })
  }
  return tables
}

function sqliteType(declared: string): NeutralType {
  const type = declared.toLowerCase()
  if (type.includes('int')) return 'integer'
  if (type.includes('real') || type.includes('double') || type.includes('float') || type.includes('numeric')) return 'real'
  if (type.includes('blob')) return 'blob'
  return 'text'
}

async function postgresTables(db: Kysely<any>): Promise<TableInfo[]> {
  const names = (await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db)).rows
  const columns = (await sql<{ table: string; name: string; type: string; serial: boolean }>`
    SELECT table_name AS "table", column_name AS name, data_type AS type,
      (column_default LIKE 'nextval(%' OR is_identity = 'YES') AS serial
    FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`.execute(db)).rows
  const keys = (await sql<{ table: string; name: string; position: number }>`
    SELECT c.relname AS "table", a.attname AS name, array_position(i.indkey::int2[], a.attnum) AS position
    FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY(i.indkey)
    WHERE i.indisprimary AND n.nspname = current_schema()`.execute(db)).rows
  const foreign = (await sql<{ table: string; target: string }>`
    SELECT c.relname AS "table", t.relname AS target FROM pg_constraint k
    JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class t ON t.oid = k.confrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE k.contype = 'f' AND n.nspname = current_schema()`.execute(db)).rows
  return names.filter(({ name }) => isBackedUp(name)).map(({ name }) => ({
    name,
    columns: columns.filter((c) => c.table === name).map((c) => ({ name: c.name, type: postgresType(c.type), ...(c.serial ? { sequence: true } : {}) })),
    key: keys.filter((k) => k.table === name).sort((a, b) => a.position - b.position).map((k) => k.name),
    references: [...new Set(foreign.filter((f) => f.table === name).map((f) => f.target))].filter((t) => t !== name),
  }))
}

function postgresType(type: string): NeutralType {
  if (type === 'integer' || type === 'bigint' || type === 'smallint') return 'integer'
  if (type === 'double precision' || type === 'real' || type === 'numeric') return 'real'
  if (type.startsWith('timestamp') || type === 'date') return 'instant'
  if (type === 'boolean') return 'boolean'
  if (type === 'bytea') return 'blob'
  if (type === 'json' || type === 'jsonb') return 'json'
  return 'text'
}

/** Parents before children, so rows can be inserted with every foreign key checked; a cycle keeps the name order. */
export function dependencyOrder<T extends { name: string; references: readonly string[] }>(tables: readonly T[]): T[] {
  const byName = new Map(tables.map((t) => [t.name, t]))
  const done = new Set<string>()
  const visiting = new Set<string>()
  const out: T[] = []
  const visit = (table: T) => {
    if (done.has(table.name) || visiting.has(table.name)) return
    visiting.add(table.name)
    for (const parent of table.references) {
      const p = byName.get(parent)
      if (p) visit(p)
    }
    visiting.delete(table.name)
    done.add(table.name)
    out.push(table)
  }
  for (const table of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(table)
  return out
}

/** A value as the archive holds it: instants as ISO text, blobs as base64, booleans as true/false, JSON as its text. */
export function toNeutral(value: unknown, type: NeutralType): unknown {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return value.toISOString()
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return { base64: Buffer.from(value).toString('base64') }
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString()
  if (type === 'integer' && typeof value === 'string' && /^-?\d+$/.test(value) && Number.isSafeInteger(Number(value))) return Number(value)
  if (type === 'real' && typeof value === 'string' && value !== '' && Number.isFinite(Number(value))) return Number(value)
  if (type === 'json' && typeof value !== 'string') return JSON.stringify(value)
  return value
}

/** A value from the archive as the target column takes it. */
export function fromNeutral(value: unknown, type: NeutralType, dialect: Dialect): unknown {
  if (value === null || value === undefined) return null
  if (typeof value === 'object' && value !== null && 'base64' in value) return Buffer.from(String((value as { base64: string }).base64), 'base64')
  if (typeof value === 'boolean') return dialect === 'sqlite' ? (value ? 1 : 0) : value
  if (type === 'boolean') return value === 1 || value === '1' || value === 't' || value === 'true' || value === true
  if (type === 'instant' && typeof value === 'string') return dialect === 'postgres' ? new Date(value) : value
  return value
}
