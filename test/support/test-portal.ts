import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import pg from 'pg'
import { buildApp, type Portal } from '../../src/app.ts'
import { loadConfig, type Config } from '../../src/config.ts'
import { migrateToLatest } from '../../src/migrations/index.ts'
import { PORTAL_MODULES } from '../../src/modules.ts'
import { migrationsOf } from '../../src/platform/module-list.ts'
import { seedDemoContent } from '../../src/platform/module-runtime.ts'
import type { PortalModule } from '../../src/platform/module.ts'
import type { Clock } from '../../src/platform/clock.ts'
import type { ContentSource } from '../../src/platform/content/index.ts'
import { connectDatabase, type DatabaseHandle, type Db, type Dialect } from '../../src/platform/db/connect.ts'
import { openMediaStorage } from '../../src/platform/storage/index.ts'

/**
 * The database the suite runs on: SQLite in memory by default, PostgreSQL when
 * TEST_DATABASE_URL is set (CI runs the whole suite once for each). Every test portal gets
 * its own database (a fresh schema on PostgreSQL), so test files run in parallel.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || 'sqlite::memory:'
export const testDialect: Dialect = TEST_DATABASE_URL.startsWith('postgres') ? 'postgres' : 'sqlite'

export interface TestPortal extends Portal {
  db: Db
  database: DatabaseHandle
  config: Config
  mediaDir: string
  /** Starts real HTTP on a free port (the page-cache fast path is only reachable that way). */
  listen(): Promise<string>
  close(): Promise<void>
}

export interface TestPortalOptions {
  seed?: boolean
  env?: Record<string, string>
  clock?: Clock
  /** Another instance of the same portal: shares this database (left open and kept on close). */
  sameDatabaseAs?: TestPortal
  /** Public pages' interface words wrapped in ⟦…⟧ (the pseudo-language of platform/i18n). */
  pseudoLanguage?: boolean
  /** The portal's modules (src/modules.ts) unless given: a test may add one of its own. */
  modules?: readonly PortalModule[]
  /** Content sources besides the modules' own (a kind of content a test defines). */
  sources?: readonly ContentSource[]
}

export async function openTestDatabase(): Promise<{ database: DatabaseHandle; drop(): Promise<void> }> {
  if (testDialect === 'sqlite') {
    const database = await connectDatabase(TEST_DATABASE_URL)
    return { database, drop: async () => {} }
  }
  const schema = `t_${randomBytes(6).toString('hex')}`
  const database = await connectDatabase(TEST_DATABASE_URL, { schema })
  return {
    database,
    drop: async () => {
      const admin = new pg.Client({ connectionString: TEST_DATABASE_URL })
      await admin.connect()
      try {
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
      } finally {
        await admin.end()
      }
    },
  }
}

export async function buildTestPortal(options: TestPortalOptions = {}): Promise<TestPortal> {
  const mediaDir = mkdtempSync(join(tmpdir(), 'toasoan-media-'))
  // Every test portal has Redis keys and channels of its own (parallel test files share one Redis);
  // another instance of a portal shares its prefix, as it shares its database.
  const redisPrefix = options.sameDatabaseAs?.config.redisPrefix ?? `test:${randomBytes(6).toString('hex')}:`
  const config = loadConfig({ DATABASE_URL: TEST_DATABASE_URL, MEDIA_DIR: mediaDir, WEATHER_URL: 'http://127.0.0.1:9/v1/forecast', LOG_LEVEL: 'silent', REDIS_PREFIX: redisPrefix, ...options.env })
  const { database, drop } = options.sameDatabaseAs
    ? { database: options.sameDatabaseAs.database, drop: async () => {} }
    : await openTestDatabase()
  const modules = options.modules ?? PORTAL_MODULES
  if (!options.sameDatabaseAs) await migrateToLatest(database, migrationsOf(modules))
  const clock = options.clock ?? { now: () => new Date() }
  const media = openMediaStorage(config.mediaStorage)
  if (options.seed) {
    await seedDemoContent(modules, { db: database.db, media, now: clock.now() })
  }
  const portal = await buildApp({ config, database, clock, logger: false, media, modules, ...(options.sources ? { sources: options.sources } : {}), ...(options.pseudoLanguage ? { pseudoLanguage: true } : {}) }).catch(async (error: unknown) => {
    // A portal that refuses to start (a broken THEME_DIR) leaves no database or folder behind.
    await media.close()
    if (!options.sameDatabaseAs) await database.close()
    await drop()
    rmSync(mediaDir, { recursive: true, force: true })
    throw error
  })
  let closed = false
  return {
    ...portal,
    db: database.db,
    database,
    config,
    mediaDir,
    async listen() {
      await portal.app.listen({ port: 0, host: '127.0.0.1' })
      return `http://127.0.0.1:${(portal.app.server.address() as AddressInfo).port}`
    },
    async close() {
      if (closed) return
      closed = true
      await portal.app.close()
      await media.close()
      if (!options.sameDatabaseAs) await database.close()
      await drop()
      rmSync(mediaDir, { recursive: true, force: true })
    },
  }
}
