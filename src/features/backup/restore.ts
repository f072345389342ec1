import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { mkdtemp, rm } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { sql, type Kysely } from 'kysely'
import tar from 'tar-stream'
import { connectDatabase, type DatabaseHandle, type Dialect } from '../../platform/db/connect.ts'
import { contentTypeOfKey, isStorageKey, LocalFolderStorage, type MediaStorage } from '../../platform/storage/index.ts'
import { ARCHIVE_FORMAT, MANIFEST, type Manifest } from './backup.ts'
import { dependencyOrder, fromNeutral, listTables, type TableInfo } from './tables.ts'

/** The archive cannot be restored: said before anything is written. */
export class RestoreRefusedError extends Error {}

export interface RestoreReport { rows: number; media: number; tables: number }

const BATCH = 200

/** Reads every entry of the archive, in order, handing each to `onEntry` (which must read or drain it). */
async function eachEntry(file: string, onEntry: (name: string, body: Readable) => Promise<void>): Promise<void> {
  const extract = tar.extract()
  extract.on('entry', (header, stream, next) => {
    onEntry(header.name, stream).then(() => next(), (error) => { stream.resume(); extract.destroy(error as Error) })
  })
  await pipeline(createReadStream(file), createGunzip(), extract)
}

/**
 * First pass: the manifest is read and every entry's sha256 checked against it (and nothing is
 * missing or extra) before the caller writes anything.
 */
export async function verifyArchive(file: string): Promise<Manifest> {
  const seen = new Map<string, { sha256: string; size: number }>()
  let manifestText: string | undefined
  try {
    await eachEntry(file, async (name, body) => {
      if (name === MANIFEST) {
        const chunks: Buffer[] = []
        for await (const chunk of body) chunks.push(chunk as Buffer)
        manifestText = Buffer.concat(chunks).toString('utf8')
        return
      }
      const hash = createHash('sha256')
      let size = 0
      for await (const chunk of body) {
        hash.update(chunk as Buffer)
        size += (chunk as Buffer).length
      }
      seen.set(name, { sha256: hash.digest('hex'), size })
    })
  } catch (error) {
    throw new RestoreRefusedError(`the archive ${file} cannot be read whole (${error instanceof Error ? error.message : String(error)}); nothing was restored`)
  }
  if (manifestText === undefined) throw new RestoreRefusedError(`the archive ${file} has no ${MANIFEST}; nothing was restored`)
  let manifest: Manifest
  try {
    manifest = JSON.parse(manifestText) as Manifest
  } catch {
    throw new RestoreRefusedError(`the archive's ${MANIFEST} is not JSON; nothing was restored`)
  }
  if (manifest.format !== ARCHIVE_FORMAT) throw new RestoreRefusedError(`${file} is not a Tòa Soạn backup; nothing was restored`)
  const problems: string[] = []
  for (const [name, expected] of Object.entries(manifest.entries)) {
    const got = seen.get(name)
    if (!got) problems.push(`${name} is missing`)
    else if (got.sha256 !== expected.sha256 || got.size !== expected.size) problems.push(`${name} does not match its checksum`)
  }
  for (const name of seen.keys()) if (!(name in manifest.entries)) problems.push(`${name} is not in the manifest`)
  if (problems.length > 0) throw new RestoreRefusedError(`the archive is damaged: ${problems.slice(0, 10).join('; ')}${problems.length > 10 ? ` … and ${problems.length - 10} more` : ''}; nothing was restored`)
  return manifest
}

/** The tables a freshly migrated database already has rows in, found on a throw-away in-memory SQLite. */
export async function tablesFilledByMigrations(migrate: (database: DatabaseHandle) => Promise<void>): Promise<Set<string>> {
  const database = await connectDatabase('sqlite::memory:')
  try {
    await migrate(database)
    const empty = new LocalFolderStorage(join(tmpdir(), 'toasoan-no-media-'))
    return new Set((await whatIsThere(database.db, database.dialect, empty)).tables)
  } finally {
    await database.close()
  }
}

/** Tables with rows, and whether the media store holds anything: what `--force` is needed to replace. */
export async function whatIsThere(db: Kysely<any>, dialect: Dialect, media: MediaStorage): Promise<{ tables: string[]; media: boolean }> {
  const tables: string[] = []
  for (const table of await listTables(db, dialect)) {
    const row = await db.selectFrom(table.name).select(sql<number>`1`.as('one')).limit(1).executeTakeFirst()
    if (row) tables.push(table.name)
  }
  let hasMedia = false
  for await (const _key of media.list()) {
    hasMedia = true
    break
  }
  return { tables, media: hasMedia }
}

/**
 * Restores a verified archive into a database migrated to the archive's level and a media store.
 * Without `force` both must be empty. Tables are emptied (children first) and filled (parents
 * first) in one transaction; on PostgreSQL the sequences then continue after the highest id.
 */
export async function restoreBackup(
  database: { db: Kysely<any>; dialect: Dialect }, media: MediaStorage, file: string,
  options: {
    force?: boolean
    /** Tables the migrations themselves fill (default kinds, settings): rows there do not make a database "not empty". */
    filledByMigrations?: ReadonlySet<string>
    onProgress?: (what: string) => void
  } = {},
): Promise<RestoreReport> {
  const manifest = await verifyArchive(file)
  const { db, dialect } = database
  const applied = (await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db)).rows.map((r) => r.name)
  const missing = manifest.migrations.filter((m) => !applied.includes(m))
  const extra = applied.filter((m) => !manifest.migrations.includes(m))
  if (missing.length > 0 || extra.length > 0) {
    throw new RestoreRefusedError(`the database is not at the backup's migration level (${missing.length > 0 ? `missing ${missing.join(', ')}` : ''}${missing.length > 0 && extra.length > 0 ? '; ' : ''}${extra.length > 0 ? `not in the backup: ${extra.join(', ')}` : ''}); restore with the version that took it (${manifest.appVersion}); nothing was restored`)
  }
  const targetTables = new Map((await listTables(db, dialect)).map((t) => [t.name, t]))
  for (const table of manifest.tables) {
    if (!targetTables.has(table.name)) throw new RestoreRefusedError(`the database has no table ${table.name}; nothing was restored`)
  }
  if (!options.force) {
    const there = await whatIsThere(db, dialect, media)
    there.tables = there.tables.filter((t) => !options.filledByMigrations?.has(t))
    if (there.tables.length > 0 || there.media) {
      throw new RestoreRefusedError(`the target is not empty (${[...there.tables.slice(0, 5).map((t) => `rows in ${t}`), ...(there.media ? ['media files'] : [])].join(', ')}${there.tables.length > 5 ? ', …' : ''}); add --force to replace it; nothing was restored`)
    }
  }
  const order = dependencyOrder([...targetTables.values()])
  // Spooled to a folder first: the rows are inserted in dependency order, the archive holds them in name order.
  const spool = await mkdtemp(join(tmpdir(), 'toasoan-restore-'))
  try {
    // The media are written first and the rows after, in one transaction; what is not in the
    // archive is deleted only once the rows are in. The same rule as the portal's own writes (a
    // file before the row naming it): if the rows fail, the target keeps its old rows, every one
    // still with its files (new files under keys it never uses are only waste; rerun with
    // --force). Rows first would leave, on a storage failure, rows naming files never written.
    const mediaKeys: string[] = []
    await eachEntry(file, async (name, body) => {
      if (name.startsWith('db/')) {
        await pipeline(body, createWriteStream(join(spool, encodeURIComponent(name.slice(3)))))
      } else if (name.startsWith('media/') && isStorageKey(name.slice(6))) {
        const key = name.slice(6)
        const part = join(spool, `media-${mediaKeys.length}`)
        await pipeline(body, createWriteStream(part))
        await media.putFile(key, part, contentTypeOfKey(key))
        await rm(part)
        mediaKeys.push(key)
        options.onProgress?.(`media ${key}`)
      } else {
        body.resume()
      }
    })
    let rows = 0
    const inArchive = new Set(manifest.tables.map((t) => t.name))
    await withForeignKeysOff(database, async (trx) => {
      for (const table of [...order].reverse()) await trx.deleteFrom(table.name).execute()
      for (const table of order) {
        if (!inArchive.has(table.name)) continue
        options.onProgress?.(`table ${table.name}`)
        rows += await insertRows(trx, dialect, table, join(spool, encodeURIComponent(`${table.name}.jsonl`)))
      }
      if (dialect === 'postgres') await resetSequences(trx, order)
    })
    if (options.force) {
      const restored = new Set(mediaKeys)
      for await (const key of media.list()) if (!restored.has(key)) await media.delete(key)
    }
    return { rows, media: mediaKeys.length, tables: inArchive.size }
  } finally {
    await rm(spool, { recursive: true, force: true })
  }
}

/** SQLite checks foreign keys row by row unless told not to (outside a transaction); rows come parents first anyway. */
async function withForeignKeysOff(database: { db: Kysely<any>; dialect: Dialect }, work: (trx: Kysely<any>) => Promise<void>): Promise<void> {
  if (database.dialect === 'postgres') return database.db.transaction().execute(work)
  await database.db.connection().execute(async (connection) => {
    await sql`PRAGMA foreign_keys = OFF`.execute(connection)
    try {
      await connection.transaction().execute(async (trx) => {
        await work(trx)
        const broken = (await sql`PRAGMA foreign_key_check`.execute(trx)).rows
        if (broken.length > 0) throw new Error(`the restored rows break ${broken.length} foreign keys`)
      })
    } finally {
      await sql`PRAGMA foreign_keys = ON`.execute(connection)
    }
  })
}

async function insertRows(trx: Kysely<any>, dialect: Dialect, table: TableInfo, path: string): Promise<number> {
  const types = new Map(table.columns.map((c) => [c.name, c.type]))
  let batch: Record<string, unknown>[] = []
  let count = 0
  const flush = async () => {
    if (batch.length === 0) return
    await trx.insertInto(table.name).values(batch).execute()
    count += batch.length
    batch = []
  }
  let lines: AsyncIterable<string>
  try {
    lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity })
    for await (const line of lines) {
      if (line === '') continue
      const stored = JSON.parse(line) as Record<string, unknown>
      const row: Record<string, unknown> = {}
      for (const [column, value] of Object.entries(stored)) {
        const type = types.get(column)
        if (type) row[column] = fromNeutral(value, type, dialect)
      }
      batch.push(row)
      if (batch.length >= BATCH) await flush()
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0
    throw error
  }
  await flush()
  return count
}

async function resetSequences(trx: Kysely<any>, tables: readonly TableInfo[]): Promise<void> {
  for (const table of tables) {
    for (const column of table.columns.filter((c) => c.sequence)) {
      await sql`SELECT setval(pg_get_serial_sequence(${table.name}, ${column.name}), COALESCE((SELECT max(${sql.ref(column.name)}) FROM ${sql.table(table.name)}), 0) + 1, false)`.execute(trx)
    }
  }
}
