import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createReadStream, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { gunzipSync, gzipSync, createGunzip } from 'node:zlib'
import { after, before, test } from 'node:test'
import type { Kysely } from 'kysely'
import pg from 'pg'
import tar from 'tar-stream'
import { entryPoint } from '../../../test/support/entry-point.ts'
import { buildTestPortal, TEST_DATABASE_URL, testDialect, type TestPortal } from '../../../test/support/test-portal.ts'
import { migrateToLatest } from '../../migrations/index.ts'
import { connectDatabase, type DatabaseHandle } from '../../platform/db/connect.ts'
import { LocalFolderStorage } from '../../platform/storage/index.ts'
import { insertComment } from '../comments/index.ts'
import { restoreBackup, RestoreRefusedError, tablesFilledByMigrations, verifyArchive, writeBackup, type Manifest } from './index.ts'
import { listTables, toNeutral } from './tables.ts'

// The other engine: PostgreSQL (a schema of its own on the shared test server) when the tests run
// on SQLite, and a SQLite file when they run on PostgreSQL.
const POSTGRES_URL = TEST_DATABASE_URL.startsWith('postgres') ? TEST_DATABASE_URL : (process.env.BACKUP_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test')
const work = mkdtempSync(join(tmpdir(), 'toasoan-backup-'))
let portal: TestPortal
let archive: string
let manifest: Manifest
let filledByMigrations: Set<string>
let other: { database: DatabaseHandle; media: LocalFolderStorage; drop(): Promise<void> }

async function openOther(): Promise<typeof other> {
  const media = new LocalFolderStorage(mkdtempSync(join(tmpdir(), 'toasoan-restored-media-')))
  if (testDialect === 'postgres') {
    const database = await connectDatabase(`sqlite:${join(mkdtempSync(join(work, 'db-')), 'portal.sqlite')}`)
    await migrateToLatest(database)
    return { database, media, drop: async () => {} }
  }
  const schema = `b_${randomBytes(6).toString('hex')}`
  const database = await connectDatabase(POSTGRES_URL, { schema })
  await migrateToLatest(database)
  return {
    database, media,
    drop: async () => {
      const admin = new pg.Client({ connectionString: POSTGRES_URL })
      await admin.connect()
      try { await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`) } finally { await admin.end() }
    },
  }
}

/** Every entry of an archive, whole (the test archives are small). */
async function entriesOf(file: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>()
  const extract = tar.extract()
  extract.on('entry', (header, stream, next) => {
    const chunks: Buffer[] = []
    stream.on('data', (c: Buffer) => chunks.push(c))
    stream.on('end', () => { out.set(header.name, Buffer.concat(chunks)); next() })
  })
  await pipeline(createReadStream(file), createGunzip(), extract)
  return out
}

before(async () => {
  portal = await buildTestPortal({ seed: true })
  await portal.media.put('uploads/2026/12/bao-so-9-960.webp', randomBytes(5000), 'image/webp')
  await portal.media.put('uploads/2026/12/lich-tiep-dan.pdf', Buffer.from('%PDF-1.4 Lịch tiếp dân'), 'application/pdf')
  // The statistics' salt of the day: it must stay on this machine (tables.ts NEVER_BACKED_UP).
  await portal.db.insertInto('visit_salts').values({ day: '2026-12-07', salt: 'muoi-bi-mat-cua-ngay' }).execute()
  other = await openOther()
  filledByMigrations = await tablesFilledByMigrations((d) => migrateToLatest(d))
})

after(async () => {
  await other?.database.close()
  await other?.drop()
  await portal?.close()
})

test('a backup taken while a writer posts comments holds exactly the rows its manifest counts', async () => {
  const article = await portal.db.selectFrom('articles').select('id').where('status', '=', 'published').executeTakeFirstOrThrow()
  let writing = true
  let posted = 0
  const writer = (async () => {
    while (writing) {
      await insertComment(portal.db, { articleId: article.id, parentId: null, authorName: 'Bạn đọc', authorEmail: '', body: `Ý kiến số ${posted}`, status: 'approved', spamReason: '', ip: '203.0.113.9', userAgent: 'test' }, new Date())
      posted++
      await new Promise((resolve) => setImmediate(resolve))
    }
  })()
  archive = join(work, 'portal.tar.gz')
  try {
    ;({ manifest } = await writeBackup(portal.database, portal.media, archive, { appVersion: '0.1.0' }))
  } finally {
    writing = false
    await writer
  }
  assert.ok(posted > 0)
  const entries = await entriesOf(archive)
  for (const table of manifest.tables) {
    const text = entries.get(`db/${table.name}.jsonl`)!.toString('utf8')
    assert.equal(text === '' ? 0 : text.trimEnd().split('\n').length, table.rows, table.name)
  }
  const names = manifest.tables.map((t) => t.name)
  for (const table of ['articles', 'categories', 'comments', 'users']) assert.ok(names.includes(table), table)
  assert.ok(!names.some((n) => n.startsWith('search_') || n.startsWith('kysely_')))
  assert.ok(!names.includes('visit_salts') && !names.includes('backup_schedule'))
  assert.ok(![...entries.values()].some((bytes) => bytes.includes('muoi-bi-mat-cua-ngay')), 'the salt is in no entry')
  assert.ok(manifest.migrations.includes('20261210-0901-alerts'))
  assert.ok(manifest.tables.find((t) => t.name === 'comments')!.rows > 0)
  assert.ok(entries.has('media/uploads/2026/12/bao-so-9-960.webp'))
  assert.equal(manifest.media, [...entries.keys()].filter((n) => n.startsWith('media/')).length)
  assert.deepEqual(await verifyArchive(archive), manifest)
})

test('the backup restores into an empty database of the other engine with every row and every media file', async () => {
  const report = await restoreBackup(other.database, other.media, archive, { filledByMigrations })
  assert.equal(report.rows, manifest.tables.reduce((sum, t) => sum + t.rows, 0))
  const entries = await entriesOf(archive)
  const tables = new Map((await listTables(other.database.db, other.database.dialect)).map((t) => [t.name, t]))
  for (const { name } of manifest.tables) {
    const table = tables.get(name)!
    const db = other.database.db as Kysely<any>
    let query = db.selectFrom(name).select(table.columns.map((c) => c.name))
    for (const column of table.key.length > 0 ? table.key : table.columns.map((c) => c.name)) query = query.orderBy(column)
    const restored = (await query.execute()).map((row: Record<string, unknown>) => Object.fromEntries(table.columns.map((c) => [c.name, comparable(toNeutral(row[c.name], c.type))])))
    const saved = entries.get(`db/${name}.jsonl`)!.toString('utf8').split('\n').filter(Boolean)
      .map((line) => Object.fromEntries(Object.entries(JSON.parse(line) as Record<string, unknown>).map(([k, v]) => [k, comparable(v)])))
    assert.deepEqual(restored, saved, name)
  }
  for (const [name, bytes] of entries) {
    if (!name.startsWith('media/')) continue
    const object = await other.media.get(name.slice('media/'.length))
    assert.ok(object, name)
    const chunks: Buffer[] = []
    for await (const chunk of object.body) chunks.push(chunk as Buffer)
    assert.deepEqual(Buffer.concat(chunks), bytes, name)
  }
  // The sequences go on after the restored ids: a new row does not collide.
  const article = await other.database.db.selectFrom('articles').select('id').executeTakeFirstOrThrow()
  const id = await insertComment(other.database.db, { articleId: article.id, parentId: null, authorName: 'Sau khôi phục', authorEmail: '', body: 'Vẫn ghi được', status: 'pending', spamReason: '', ip: '203.0.113.9', userAgent: 'test' }, new Date())
  const restoredIds = entries.get('db/comments.jsonl')!.toString('utf8').split('\n').filter(Boolean).map((line) => Number((JSON.parse(line) as { id: number }).id))
  assert.ok(id > Math.max(...restoredIds))
})

/** Times compared as instants (one engine may write them with or without milliseconds), booleans as 0/1. */
function comparable(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d(:?\d\d)?)$/.test(value)) return new Date(value.replace(' ', 'T')).toISOString()
  return value
}

test('a non-empty target is refused without --force, and replaced with it', async () => {
  const before = await other.database.db.selectFrom('comments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()
  await assert.rejects(restoreBackup(other.database, other.media, archive, { filledByMigrations }), (error: unknown) => error instanceof RestoreRefusedError && /not empty/.test(error.message))
  const report = await restoreBackup(other.database, other.media, archive, { force: true })
  assert.equal(report.rows, manifest.tables.reduce((sum, t) => sum + t.rows, 0))
  const after = await other.database.db.selectFrom('comments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()
  assert.equal(Number(after.n), Number(before.n) - 1, 'the comment written after the first restore is gone')
})

test('a corrupted archive is refused before anything is written', async () => {
  const tarBytes = gunzipSync(readFileSync(archive))
  const at = tarBytes.indexOf(Buffer.from('media/uploads/2026/12/bao-so-9-960.webp'))
  assert.ok(at >= 0)
  tarBytes[at + 512 + 100] = tarBytes[at + 512 + 100]! ^ 1
  const damaged = join(work, 'damaged.tar.gz')
  writeFileSync(damaged, gzipSync(tarBytes))
  await other.database.db.deleteFrom('comments').where('author_name', '=', 'Bạn đọc').execute()
  const left = await other.database.db.selectFrom('comments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()
  await assert.rejects(restoreBackup(other.database, other.media, damaged, { force: true }), (error: unknown) => error instanceof RestoreRefusedError && /checksum/.test(error.message))
  const still = await other.database.db.selectFrom('comments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()
  assert.equal(Number(still.n), Number(left.n), 'nothing was written')
  const truncated = join(work, 'truncated.tar.gz')
  writeFileSync(truncated, readFileSync(archive).subarray(0, 2000))
  await assert.rejects(verifyArchive(truncated), RestoreRefusedError)
})

function run(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...entryPoint('cli'), ...args], { env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr })
    })
  })
}

test('the CLI backs up one SQLite portal and restores it into another, refusing a second restore without --force', async () => {
  const from = { DATABASE_URL: `sqlite:${join(work, 'from.sqlite')}`, MEDIA_DIR: join(work, 'from-media'), MEDIA_STORAGE: 'local' }
  const to = { DATABASE_URL: `sqlite:${join(work, 'to.sqlite')}`, MEDIA_DIR: join(work, 'to-media'), MEDIA_STORAGE: 'local' }
  const database = await connectDatabase(from.DATABASE_URL)
  await migrateToLatest(database)
  await database.close()
  await new LocalFolderStorage(from.MEDIA_DIR).put('uploads/2026/12/anh.webp', Buffer.from('ảnh'), 'image/webp')
  const file = join(work, 'cli.tar.gz')
  const backedUp = await run(['backup', file], from)
  assert.equal(backedUp.code, 0, backedUp.stderr)
  assert.match(backedUp.stdout, /backup written to .*1 media files/)
  const restored = await run(['restore', file], to)
  assert.equal(restored.code, 0, restored.stderr)
  assert.match(restored.stdout, /restored \d+ rows in \d+ tables and 1 media files/)
  assert.equal(readFileSync(join(to.MEDIA_DIR, 'uploads/2026/12/anh.webp'), 'utf8'), 'ảnh')
  const again = await run(['restore', file], to)
  assert.equal(again.code, 2)
  assert.match(again.stderr, /--force/)
  assert.equal((await run(['restore', file, '--force'], to)).code, 0)
})
