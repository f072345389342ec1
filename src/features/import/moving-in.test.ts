import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { after, test } from 'node:test'
import pg from 'pg'
import { entryPoint } from '../../../test/support/entry-point.ts'
import { buildApp } from '../../app.ts'
import { loadConfig } from '../../config.ts'
import { migrateToLatest } from '../../migrations/index.ts'
import { systemClock } from '../../platform/clock.ts'
import { connectDatabase, type DatabaseHandle } from '../../platform/db/connect.ts'
import { LocalFolderStorage } from '../../platform/storage/index.ts'
import { restoreBackup, takeBackup, tablesFilledByMigrations } from '../backup/index.ts'

// Issue 17's "done when": a Vietnamese WordPress portal's export, with its uploads folder and a
// post typed in TCVN3, comes in with one command; its articles, categories, tags, pictures and
// approved comments show on the portal, its old addresses answer 301, and a backup taken while
// the import runs restores into PostgreSQL with every row and file.

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const FIXTURE = join(ROOT, 'test', 'fixtures', 'import', 'wordpress')
const POSTGRES_URL = process.env.TEST_DATABASE_URL?.startsWith('postgres') ? process.env.TEST_DATABASE_URL : 'postgres://postgres@127.0.0.1:5432/test'
const work = mkdtempSync(join(tmpdir(), 'toasoan-moving-in-'))
const env = { ...process.env, DATABASE_URL: `sqlite:${join(work, 'portal.sqlite')}`, MEDIA_DIR: join(work, 'media'), REDIS_URL: '', MEDIA_STORAGE: 'local' }
const cleanups: (() => Promise<unknown>)[] = []
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})

function importCommand(): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...entryPoint('cli'), 'import', 'wordpress', join(FIXTURE, 'vietnamese-portal.xml'), '--uploads', join(FIXTURE, 'uploads')], { cwd: ROOT, env, timeout: 180_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
    })
  })
}

async function articlesIn(database: DatabaseHandle): Promise<number> {
  return Number((await database.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
}

test('a WordPress portal moves in with one command, shows on the portal, redirects its old addresses, and a backup taken meanwhile restores into PostgreSQL', { timeout: 300_000 }, async () => {
  // The portal's database exists first (as on a running portal), so a backup can be taken at any moment of the import.
  const database = await connectDatabase(env.DATABASE_URL)
  cleanups.push(() => database.close())
  await migrateToLatest(database)
  const media = new LocalFolderStorage(env.MEDIA_DIR)

  const running = importCommand()
  let finished = false
  void running.then(() => (finished = true))
  // The backup is taken as soon as the import has written its first article.
  while (!finished && (await articlesIn(database)) === 0) await new Promise((r) => setTimeout(r, 20))
  const archive = join(work, 'during-import.tar.gz')
  const { manifest } = await takeBackup(database, media, archive, { appVersion: '0.1.0' })
  const { code, stdout, stderr } = await running
  assert.ok(code === 0 || code === 2, `${code}\n${stdout}\n${stderr}`)
  assert.match(stdout, /article\s+created 8/, stdout)

  // On the portal.
  const config = loadConfig(env, { seedDemo: false })
  const portal = await buildApp({ config, database, clock: systemClock, logger: false, media, searchCatchUp: false })
  cleanups.push(() => portal.app.close())
  const article = await portal.app.inject('/tin-tuc/hoat-dong-co-so/khai-giang-nam-hoc-moi')
  assert.equal(article.statusCode, 200)
  const picture = /<img[^>]+src="(\/media\/[^"]+)"/.exec(article.body)?.[1]
  assert.ok(picture, 'the article shows its picture from the library')
  assert.equal((await portal.app.inject(picture)).statusCode, 200)
  const comments = await database.db.selectFrom('comments').innerJoin('articles', 'articles.id', 'comments.article_id')
    .select(['comments.author_name', 'comments.status']).where('articles.slug', '=', 'khai-giang-nam-hoc-moi').execute()
  assert.ok(comments.some((c) => c.status === 'approved') && comments.some((c) => c.status !== 'approved'))
  for (const comment of comments) {
    assert.equal(article.body.includes(comment.author_name), comment.status === 'approved', `${comment.author_name} (${comment.status})`)
  }
  const category = await portal.app.inject('/tin-tuc/hoat-dong-co-so')
  assert.equal(category.statusCode, 200)
  assert.match(category.body, /Hoạt động cơ sở/)
  const legacy = await portal.app.inject('/thong-bao/hoi-nghi-tong-ket-2009')
  assert.equal(legacy.statusCode, 200)
  assert.match(legacy.body, /Sáng nay, ủy ban nhân dân xã tổ chức hội nghị tổng kết công tác năm\./, 'the TCVN3 post reads in Unicode')
  assert.equal((await portal.app.inject('/tu-khoa/nong-thon-moi')).statusCode, 200)
  for (const [old, now] of [['/?p=201', '/tin-tuc/hoat-dong-co-so/khai-giang-nam-hoc-moi'], ['/2021/01/15/khai-giang-nam-hoc-moi/', '/tin-tuc/hoat-dong-co-so/khai-giang-nam-hoc-moi'], ['/category/tin-tuc/hoat-dong-co-so/', '/tin-tuc/hoat-dong-co-so']]) {
    const res = await portal.app.inject(old!)
    assert.equal(res.statusCode, 301, old)
    assert.equal(res.headers.location, now, old)
  }

  // The backup taken during the import restores into PostgreSQL: every row, every file.
  const schema = `m_${randomBytes(6).toString('hex')}`
  const target = await connectDatabase(POSTGRES_URL!, { schema })
  cleanups.push(async () => {
    await target.close()
    const admin = new pg.Client({ connectionString: POSTGRES_URL })
    await admin.connect()
    try { await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`) } finally { await admin.end() }
  })
  await migrateToLatest(target)
  const restoredMedia = new LocalFolderStorage(mkdtempSync(join(tmpdir(), 'toasoan-moving-in-restored-')))
  const report = await restoreBackup(target, restoredMedia, archive, { filledByMigrations: await tablesFilledByMigrations((d) => migrateToLatest(d)) })
  assert.equal(report.rows, manifest.tables.reduce((sum, t) => sum + t.rows, 0))
  assert.equal(report.media, manifest.media)
  for (const table of manifest.tables) {
    const n = Number((await (target.db as unknown as import('kysely').Kysely<any>).selectFrom(table.name).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
    assert.equal(n, table.rows, table.name)
  }
  for await (const key of restoredMedia.list()) assert.ok(await media.get(key), key)
  const importedWhenBackedUp = manifest.tables.find((t) => t.name === 'articles')!.rows
  assert.ok(importedWhenBackedUp >= 1 && importedWhenBackedUp <= (await articlesIn(database)))
})
