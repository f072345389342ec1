import { createInterface } from 'node:readline'
import { loadConfig } from './config.ts'
import { EMAIL, hashPassword, insertUser, MIN_PASSWORD_LENGTH, normaliseEmail } from './features/accounts/index.ts'
import { recordAudit } from './features/audit/index.ts'
import { appVersion, exportContent, restoreBackup, RestoreRefusedError, scheduleCommand, tablesFilledByMigrations, takeBackup } from './features/backup/index.ts'
import { importJsonl } from './features/import/index.ts'
import { importCommand, importUsage, redirectsCommand } from './features/import/import-command.ts'
import { searchOutsideThePortal } from './content-sources.ts'
import { migrateToLatest } from './migrations/index.ts'
import { PORTAL_MODULES } from './modules.ts'
import { reservedPrefixesOf } from './platform/module-list.ts'
import { connectDatabase } from './platform/db/connect.ts'
import { copyFolderInto, openMediaStorage } from './platform/storage/index.ts'
import { CONVERT_LEGACY_USAGE, convertLegacyCommand } from './platform/text/legacy/cli.ts'

// `npm run toasoan -- <command>`: the operator's tools. They work on the database named by
// DATABASE_URL, like the server.
const USAGE = `usage: npm run toasoan -- <command>

commands:
${importUsage()}  import-jsonl FILE          load articles from JSON Lines (one article a line), then index them for search
  reindex                    rebuild the search index from every published article
  create-admin EMAIL [NAME]  create a newsroom administrator; the password is asked for (or read from standard input)
  copy-media                 copy MEDIA_DIR into the S3 bucket (MEDIA_STORAGE=s3, S3_*) under the same keys; may be rerun
  backup FILE                write one archive (.tar.gz) of every table and media file, consistent while the portal runs
  backup --schedule daily|off [--keep N] [--to DIR|s3://BUCKET/PREFIX] [--at HH:MM]  the running portal backs up daily (02:30 Viet Nam time), keeping the newest N (14)
  restore FILE [--force]     restore an archive into an empty database and media store (--force replaces what is there)
  export FILE                write all content (articles, pages, documents, approved comments, media URLs) as JSON Lines (docs/export-format.md)
${CONVERT_LEGACY_USAGE}  help                       show this list (also --help, -h)
`

const HELP = new Set(['help', '--help', '-h'])

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv
  if (command === undefined || HELP.has(command)) {
    process.stdout.write(USAGE)
    return 0
  }
  if (command === 'import-jsonl' && args.length === 1) return runImport(args[0]!)
  if (command === 'import' && args[0] === 'jsonl' && args.length === 2) return runImport(args[1]!)
  if (command === 'import' && args.length >= 2) {
    const code = await importCommand(args[0]!, args.slice(1), process.stdout, process.stderr)
    if (code !== undefined) return code
  }
  if (command === 'redirects') return redirectsCommand(args, process.stdout, process.stderr)
  if (command === 'reindex' && args.length === 0) return reindex()
  if (command === 'create-admin' && (args.length === 1 || args.length === 2)) return createAdmin(args[0]!, args[1])
  if (command === 'copy-media' && args.length === 0) return copyMedia()
  if (command === 'convert-legacy') return convertLegacyCommand(args, process)
  if (command === 'backup' && args.length === 1 && !args[0]!.startsWith('--')) return backup(args[0]!)
  if (command === 'backup' && args[0] === '--schedule') return schedule(args.slice(1))
  if (command === 'export' && args.length === 1) return exportFile(args[0]!)
  if (command === 'restore' && (args.length === 1 || (args.length === 2 && args.includes('--force')))) {
    return restore(args.find((a) => a !== '--force') ?? '', args.includes('--force'))
  }
  // An unknown command, or a known one with the wrong arguments: a mistake, so not 0 (a script stops).
  process.stderr.write(USAGE)
  return 1
}

async function runImport(file: string): Promise<number> {
  const config = loadConfig(process.env, { seedDemo: false })
  const database = await connectDatabase(config.databaseUrl)
  try {
    await migrateToLatest(database)
    const started = performance.now()
    const report = await importJsonl(database.db, file, {
      reservedPrefixes: reservedPrefixesOf(PORTAL_MODULES),
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
    process.stderr.write('indexing them for search\n')
    await searchOutsideThePortal(database).catchUp(progressBar('articles indexed'))
    process.stdout.write('They can be searched now; a running portal lists them after its next restart.\n')
    return report.rejected.length > 0 ? 2 : 0
  } finally {
    await database.close()
  }
}

async function reindex(): Promise<number> {
  const config = loadConfig(process.env, { seedDemo: false })
  const database = await connectDatabase(config.databaseUrl)
  try {
    await migrateToLatest(database)
    const started = performance.now()
    const indexed = await searchOutsideThePortal(database).rebuild(progressBar('articles indexed'))
    process.stdout.write(`search index rebuilt: ${indexed} published articles in ${((performance.now() - started) / 1000).toFixed(1)} s\n`)
    return 0
  } finally {
    await database.close()
  }
}

/** A bar redrawn in place on a terminal; a plain line every 10 % otherwise (logs, CI). */
function progressBar(what: string): (done: number, total: number) => void {
  let lastTenth = -1
  return (done, total) => {
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100)
    if (process.stderr.isTTY) {
      const width = 30
      const filled = Math.round((percent / 100) * width)
      process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent}%  ${done}/${total} ${what}${done === total ? '\n' : ''}`)
    } else if (Math.floor(percent / 10) !== lastTenth || done === total) {
      lastTenth = Math.floor(percent / 10)
      process.stderr.write(`${percent}% ${done}/${total} ${what}\n`)
    }
  }
}

async function createAdmin(emailArg: string, name: string | undefined): Promise<number> {
  const email = normaliseEmail(emailArg)
  if (!EMAIL.test(email)) {
    process.stderr.write(`"${emailArg}" is not an e-mail address\n`)
    return 64
  }
  const password = await readPassword()
  if (password.length < MIN_PASSWORD_LENGTH) {
    process.stderr.write(`the password must have at least ${MIN_PASSWORD_LENGTH} characters\n`)
    return 64
  }
  const config = loadConfig(process.env, { seedDemo: false })
  const database = await connectDatabase(config.databaseUrl)
  try {
    await migrateToLatest(database)
    const taken = await database.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()
    if (taken) {
      process.stderr.write(`a user with the e-mail ${email} already exists\n`)
      return 1
    }
    const now = new Date()
    const id = await insertUser(database.db, { email, name: (name ?? email.split('@')[0]!).normalize('NFC'), passwordHash: await hashPassword(password), role: 'administrator' }, now)
    await recordAudit(database.db, { userId: null, action: 'user.create', itemType: 'user', itemId: id, ip: 'cli', details: { role: 'administrator', email } }, now)
    process.stdout.write(`administrator ${email} created; sign in at /toa-soan\n`)
    return 0
  } finally {
    await database.close()
  }
}

/** Moving to a bucket: what the local folder holds is copied under the same keys, so every saved link keeps working. */
async function copyMedia(): Promise<number> {
  const config = loadConfig(process.env, { seedDemo: false })
  if (config.mediaStorage.kind !== 's3') {
    process.stderr.write('copy-media copies MEDIA_DIR into a bucket: set MEDIA_STORAGE=s3 and S3_BUCKET (and S3_ENDPOINT etc.) first\n')
    return 64
  }
  const target = openMediaStorage(config.mediaStorage)
  try {
    const report = await copyFolderInto(config.mediaDir, target, (key) => process.stderr.write(`copied ${key}\n`))
    for (const path of report.notKeys) process.stderr.write(`not copied (not a media key): ${path}\n`)
    process.stdout.write(`copied ${report.copied} files to bucket ${config.mediaStorage.bucket}; ${report.alreadyThere} were already there; ${report.notKeys.length} skipped\n`)
    return 0
  } finally {
    await target.close()
  }
}

/** Backup and restore (features/backup): the work is there; here only the database, the media and the words. */
async function backup(file: string): Promise<number> {
  const config = loadConfig(process.env, { seedDemo: false })
  const database = await connectDatabase(config.databaseUrl)
  const media = openMediaStorage(config.mediaStorage)
  try {
    await migrateToLatest(database)
    const { manifest, bytes } = await takeBackup(database, media, file, { appVersion: appVersion() })
    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0)
    process.stdout.write(`backup written to ${file}: ${rows} rows in ${manifest.tables.length} tables, ${manifest.media} media files, ${bytes} bytes\n`)
    return 0
  } finally {
    await media.close()
    await database.close()
  }
}

/** `backup --schedule …`: recorded in the database; every running instance's job runner reads it. */
async function schedule(args: string[]): Promise<number> {
  const config = loadConfig(process.env, { seedDemo: false })
  const database = await connectDatabase(config.databaseUrl)
  try {
    await migrateToLatest(database)
    const mediaBucket = config.mediaStorage.kind === 's3' ? config.mediaStorage.bucket : undefined
    const outcome = await scheduleCommand(database.db, args, { mediaBucket, now: new Date() })
    process[outcome.ok ? 'stdout' : 'stderr'].write(`${outcome.ok ? '' : 'toasoan: '}${outcome.message}\n`)
    return outcome.ok ? 0 : 64
  } finally {
    await database.close()
  }
}

async function exportFile(file: string): Promise<number> {
  const config = loadConfig(process.env, { seedDemo: false })
  const database = await connectDatabase(config.databaseUrl)
  try {
    await migrateToLatest(database)
    const counts = await exportContent(database.db, file, { mediaUrl: config.mediaPublicUrl ?? `${config.publicUrl}/media`, publicUrl: config.publicUrl })
    process.stdout.write(`exported to ${file}: ${Object.entries(counts).map(([type, n]) => `${n} ${type}`).join(', ')}\n`)
    return 0
  } finally {
    await database.close()
  }
}

async function restore(file: string, force: boolean): Promise<number> {
  const config = loadConfig(process.env, { seedDemo: false })
  const database = await connectDatabase(config.databaseUrl)
  const media = openMediaStorage(config.mediaStorage)
  try {
    await migrateToLatest(database)
    const report = await restoreBackup(database, media, file, { force, filledByMigrations: await tablesFilledByMigrations((d) => migrateToLatest(d)) })
    process.stderr.write('indexing the articles for search\n')
    await searchOutsideThePortal(database).rebuild(progressBar('articles indexed'))
    process.stdout.write(`restored ${report.rows} rows in ${report.tables} tables and ${report.media} media files from ${file}\n`)
    return 0
  } catch (error) {
    if (!(error instanceof RestoreRefusedError)) throw error
    process.stderr.write(`toasoan: ${error.message}\n`)
    return 2
  } finally {
    await media.close()
    await database.close()
  }
}

/** Asks without echoing on a terminal; otherwise takes the first line of standard input. */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const lines = createInterface({ input: process.stdin })
    for await (const line of lines) return line
    return ''
  }
  process.stdout.write('password: ')
  return new Promise((resolve) => {
    let typed = ''
    process.stdin.setRawMode(true)
    process.stdin.resume()
    process.stdin.setEncoding('utf8')
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          process.stdin.setRawMode(false)
          process.stdin.pause()
          process.stdin.off('data', onData)
          process.stdout.write('\n')
          resolve(typed)
          return
        }
        if (ch === '\u0003') process.exit(130)
        typed = ch === '\u007f' ? typed.slice(0, -1) : typed + ch
      }
    }
    process.stdin.on('data', onData)
  })
}

main(process.argv.slice(2)).then((code) => process.exit(code), (error) => {
  process.stderr.write(`toasoan: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
