import { buildApp } from './app.ts'
import { ConfigError, loadConfig } from './config.ts'
import { ensureDemoAdministrator } from './features/accounts/index.ts'
import { seedDemo } from './features/demo/demo-seed.ts'
import { migrateToLatest } from './migrations/index.ts'
import { systemClock } from './platform/clock.ts'
import { connectDatabase } from './platform/db/connect.ts'

async function main(): Promise<void> {
  let config
  try {
    config = loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Tòa Soạn cannot start: ${error.message}`)
      process.exit(78)
    }
    throw error
  }

  const database = await connectDatabase(config.databaseUrl)
  await migrateToLatest(database)
  const { app, weather, scheduler, search } = await buildApp({ config, database, clock: systemClock })
  if (config.seedDemo && (await seedDemo(database.db, config.mediaDir, systemClock.now()))) {
    app.log.info('loaded the demo portal into the empty database')
    await search.catchUp()
    const admin = await ensureDemoAdministrator(database.db, systemClock.now())
    // Printed once, to the operator's terminal only; it is never logged again or stored in clear.
    if (admin) console.log(`\nNewsroom administrator for the demo: ${admin.email}\npassword (shown only now): ${admin.password}\nsign in at http://${config.host}:${config.port}/toa-soan\n`)
  }

  await app.listen({ port: config.port, host: config.host })
  weather.start()
  scheduler.start()

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
  console.error('Tòa Soạn failed to start:', error instanceof Error ? error.message : error)
  process.exit(1)
})
