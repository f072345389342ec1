import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { rename, rm, stat } from 'node:fs/promises'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import { sql, type Kysely, type Transaction } from 'kysely'
import tar, { type Pack } from 'tar-stream'
import type { Dialect } from '../../platform/db/connect.ts'
import type { MediaStorage } from '../../platform/storage/index.ts'
import { listTables, toNeutral, type TableInfo } from './tables.ts'

export const ARCHIVE_FORMAT = 'toasoan-backup'
export const ARCHIVE_FORMAT_VERSION = 1
export const MANIFEST = 'manifest.json'
const PAGE = 1000

/** What `manifest.json`, the archive's last entry, says of the rest. */
export interface Manifest {
  format: typeof ARCHIVE_FORMAT
  formatVersion: number
  appVersion: string
  createdAt: string
  /** The engine it was taken from (any engine restores it). */
  dialect: Dialect
  /** The names of the applied migrations, in name order: a restore needs the same. */
  migrations: string[]
  tables: { name: string; rows: number; columns: { name: string; type: string }[] }[]
  media: number
  /** Every other entry: its sha256 (hex) and size in bytes. */
  entries: Record<string, { sha256: string; size: number }>
}

export interface BackupReport { manifest: Manifest; bytes: number }

export const tableEntry = (table: string) => `db/${table}.jsonl`
export const mediaEntry = (key: string) => `media/${key}`

/**
 * Writes one gzipped tar: every table as JSON Lines, read in one transaction (repeatable read on
 * PostgreSQL, one read transaction on SQLite), so the rows agree with each other while the portal
 * keeps writing; then every media file; then the manifest. Written to FILE.part and renamed, so a
 * file under the asked name is always whole.
 */
export async function writeBackup(
  database: { db: Kysely<any>; dialect: Dialect }, media: MediaStorage, file: string,
  options: { appVersion: string; now?: Date; onProgress?: (what: string) => void },
): Promise<BackupReport> {
  const pack = tar.pack()
  const partial = `${file}.part`
  const written = pipeline(pack, createGzip(), createWriteStream(partial))
  // If writing fails, the pack is destroyed and the producer below stops at its next entry.
  written.catch(() => pack.destroy())
  // A destroyed pack never calls back: every wait below also ends when the writing has failed
  // (a missing folder, a full disk), so the error comes back instead of a wait that never ends.
  const failed = new Promise<never>((_, reject) => void written.catch(reject))
  failed.catch(() => {})
  const guard = <T>(work: Promise<T>): Promise<T> => Promise.race([work, failed])
  const entries: Manifest['entries'] = {}
  try {
    const migrations = await database.db.transaction().setIsolationLevel('repeatable read').execute(async (trx) => {
      if (database.dialect === 'sqlite') await sql`SELECT count(*) FROM sqlite_master`.execute(trx) // the read snapshot starts here
      const tables = await listTables(trx, database.dialect)
      const applied = (await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(trx)).rows.map((r) => r.name)
      const counted: Manifest['tables'] = []
      for (const table of tables) {
        options.onProgress?.(`table ${table.name}`)
        const { text, rows } = await tableText(trx, table)
        await guard(addEntry(pack, tableEntry(table.name), text, entries))
        counted.push({ name: table.name, rows, columns: table.columns.map((c) => ({ name: c.name, type: c.type })) })
      }
      return { applied, counted }
    })
    // The media are read after the snapshot, never before it: the portal stores a file before the
    // row naming it and deletes the row before the file (media.service, documents' files). So
    // every file a row of the snapshot names already existed when the snapshot began; read first,
    // a file uploaded between the listing and the snapshot would be missing while its row is
    // there, a broken image after a restore. Read after, the worst is a file uploaded meanwhile
    // and kept without its row (waste), or one deleted meanwhile, whose row was already being
    // deleted (the library refuses to delete an image in use).
    let mediaCount = 0
    for await (const key of media.list()) {
      const object = await media.get(key)
      if (!object) continue // deleted since it was listed
      options.onProgress?.(`media ${key}`)
      await guard(addStream(pack, mediaEntry(key), object.body, object.length, entries))
      mediaCount++
    }
    const manifest: Manifest = {
      format: ARCHIVE_FORMAT, formatVersion: ARCHIVE_FORMAT_VERSION, appVersion: options.appVersion,
      createdAt: (options.now ?? new Date()).toISOString(), dialect: database.dialect,
      migrations: migrations.applied, tables: migrations.counted, media: mediaCount, entries,
    }
    await guard(new Promise<void>((resolve, reject) => pack.entry({ name: MANIFEST }, JSON.stringify(manifest, null, 1), (e?: Error | null) => (e ? reject(e) : resolve()))))
    pack.finalize()
    await written
    await rename(partial, file)
    return { manifest, bytes: (await stat(file)).size }
  } catch (error) {
    pack.destroy()
    await written.catch(() => {})
    await rm(partial, { force: true })
    throw error
  }
}

/** A table's rows as JSON Lines, in key order, read a page at a time inside the snapshot. */
async function tableText(trx: Transaction<any>, table: TableInfo): Promise<{ text: Buffer; rows: number }> {
  const chunks: Buffer[] = []
  let rows = 0
  const order = table.key.length > 0 ? table.key : table.columns.map((c) => c.name)
  for (let offset = 0; ; offset += PAGE) {
    let query = trx.selectFrom(table.name).select(table.columns.map((c) => c.name))
    for (const column of order) query = query.orderBy(column)
    const page = await query.limit(PAGE).offset(offset).execute()
    for (const row of page) {
      const neutral: Record<string, unknown> = {}
      for (const column of table.columns) neutral[column.name] = toNeutral(row[column.name], column.type)
      chunks.push(Buffer.from(`${JSON.stringify(neutral)}\n`))
    }
    rows += page.length
    if (page.length < PAGE) break
  }
  return { text: Buffer.concat(chunks), rows }
}

async function addEntry(pack: Pack, name: string, bytes: Buffer, entries: Manifest['entries']): Promise<void> {
  entries[name] = { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length }
  await new Promise<void>((resolve, reject) => pack.entry({ name, size: bytes.length }, bytes, (e?: Error | null) => (e ? reject(e) : resolve())))
}

/** A media file streamed into the archive (never whole in memory), hashed on the way. */
async function addStream(pack: Pack, name: string, body: Readable, size: number, entries: Manifest['entries']): Promise<void> {
  const hash = createHash('sha256')
  let seen = 0
  const sink = pack.entry({ name, size }, () => {})
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      seen += chunk.length
      done(null, chunk)
    },
  })
  await pipeline(body, tap, sink)
  if (seen !== size) throw new Error(`media ${name} changed while it was read (${seen} bytes, ${size} expected)`)
  entries[name] = { sha256: hash.digest('hex'), size }
}

