import { loadConfig } from './config.ts'
import { importJsonl } from './features/import/index.ts'
import { migrateToLatest } from './migrations/index.ts'
import { connectDatabase } from './platform/db/connect.ts'

// `npm run toasoan -- <command>`: the operator's tools. They work on the database named by
// DATABASE_URL, like the server.
const USAGE = `usage: npm run toasoan -- <command>

commands:
  import-jsonl FILE   load articles from JSON Lines (one article a line)
`

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv
  if (command === 'import-jsonl' && args.length === 1) return runImport(args[0]!)
  process.stderr.write(USAGE)
  return command === undefined || command === 'help' ? 0 : 64
}

async function runImport(file: string): Promise<number> {
  const config = loadConfig(process.env, { seedDemo: false })
  const database = await connectDatabase(config.databaseUrl)
  try {
    await migrateToLatest(database)
    const started = performance.now()
    const report = await importJsonl(database.db, file, {
      onProgress: (read, total, imported) => {
        const percent = total === 0 ? 100 : Math.floor((read / total) * 100)
        const width = 30
        const filled = Math.round((percent / 100) * width)
        process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent}%  ${imported} articles`)
      },
    })
    process.stderr.write('\n')
    for (const { line, problem } of report.rejected.slice(0, 100)) process.stderr.write(`line ${line}: ${problem}\n`)
    if (report.rejected.length > 100) process.stderr.write(`… and ${report.rejected.length - 100} more bad lines\n`)
    const seconds = (performance.now() - started) / 1000
    process.stdout.write(`imported ${report.imported} articles in ${seconds.toFixed(1)} s; ${report.rejected.length} bad lines skipped\n`)
    process.stdout.write('A running portal serves them after its next restart.\n')
    return report.rejected.length > 0 ? 2 : 0
  } finally {
    await database.close()
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code), (error) => {
  process.stderr.write(`toasoan: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
