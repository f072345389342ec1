import cluster from 'node:cluster'
import { parseArgs } from 'node:util'
import { buildApp } from './app.ts'
import { searchOutsideThePortal } from './content-sources.ts'
import { ConfigError, loadConfig, type Config } from './config.ts'
import { ensureDemoAdministrator } from './features/accounts/index.ts'
import { migrateToLatest } from './migrations/index.ts'
import { PORTAL_MODULES } from './modules.ts'
import { systemClock } from './platform/clock.ts'
import { relayThroughPrimary, runPrimary } from './platform/cluster.ts'
import { connectDatabase, DatabaseUnreachableError, type DatabaseHandle } from './platform/db/connect.ts'
import { reportEventLoopDelayOnSignal } from './platform/event-loop-report.ts'
import { seedDemoContent } from './platform/module-runtime.ts'
import { openMediaStorage } from './platform/storage/index.ts'

// One process (the default), or with `--workers N` a primary that prepares the database once
// and then keeps N workers serving the same port.
async function main(): Promise<void> {
  const config = readConfig()
  if (cluster.isWorker) return serve(config, await connectDatabase(config.databaseUrl), { searchCatchUp: false })

  const database = await connectDatabase(config.databaseUrl)
  await prepareDatabase(config, database)
  if (config.workers === 1) return serve(config, database)
  await searchOutsideThePortal(database).catchUp()
  await database.close()
  runPrimary(config.workers, { info: (m) => console.log(m), error: (m) => console.error(m) })
}

function readConfig(): Config {
  try {
    const { values } = parseArgs({ options: { workers: { type: 'string' } }, strict: true })
    return loadConfig(values.workers === undefined ? process.env : { ...process.env, WORKERS: values.workers })
  } catch (error) {
    if (error instanceof ConfigError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`Tòa Soạn cannot start: ${(error as Error).message}`)
      process.exit(78)
    }
    throw error
  }
}

async function prepareDatabase(config: Config, database: DatabaseHandle): Promise<void> {
  await migrateToLatest(database)
  if (config.seedDemo && (await seedDemoThrough(config, database))) {
    console.log('loaded the demo portal into the empty database')
    const admin = await ensureDemoAdministrator(database.db, systemClock.now())
    // Printed once, to the operator's terminal only; it is never logged again or stored in clear.
    if (admin) console.log(`\nNewsroom administrator for the demo: ${admin.email}\npassword (shown only now): ${admin.password}\nsign in at http://${config.host}:${config.port}/toa-soan\n`)
  }
}

async function seedDemoThrough(config: Config, database: DatabaseHandle): Promise<boolean> {
  const media = openMediaStorage(config.mediaStorage)
  try {
    return await seedDemoContent(PORTAL_MODULES, { db: database.db, media, now: systemClock.now() })
  } finally {
    await media.close()
  }
}

async function serve(config: Config, database: DatabaseHandle, options: { searchCatchUp?: boolean } = {}): Promise<void> {
  const { app, events, jobs } = await buildApp({ config, database, clock: systemClock, ...options })
  // Redis, when configured, already carries events to every instance, workers included.
  if (cluster.isWorker && !config.redisUrl) relayThroughPrimary(events)
  await app.listen({ port: config.port, host: config.host })
  if (config.eventLoopReport) reportEventLoopDelayOnSignal(config.eventLoopReport)
  jobs.start()

  const stop = async (signal: string) => {
    app.log.info(`${signal}: draining connections`)
    await app.close()
    await database.close()
    process.exit(0)
  }
  process.once('SIGTERM', () => void stop('SIGTERM'))
  process.once('SIGINT', () => void stop('SIGINT'))
}

main().catch((error) => {
  if (error instanceof DatabaseUnreachableError) console.error(`Tòa Soạn ${error.message}`)
  else console.error('Tòa Soạn failed to start:', error instanceof Error ? error.message : error)
  process.exit(1)
})
