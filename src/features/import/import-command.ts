import { buildApp } from '../../app.ts'
import { loadConfig } from '../../config.ts'
import { searchOutsideThePortal } from '../../content-sources.ts'
import { migrateToLatest } from '../../migrations/index.ts'
import { PORTAL_MODULES } from '../../modules.ts'
import { systemClock } from '../../platform/clock.ts'
import { connectDatabase } from '../../platform/db/connect.ts'
import { reservedPrefixesOf } from '../../platform/module-list.ts'
import { openMediaStorage } from '../../platform/storage/index.ts'
import { MediaLibrary } from '../media/index.ts'
import { IMPORT_SOURCES, type ImportArguments } from './import-sources.ts'
import { MalformedSourceError } from './records.ts'
import { runImport, type ImportProgress, type RunImportResult } from './run-import.ts'
import { exportRedirects } from './redirects-export.ts'

// `npm run toasoan -- import <source> TARGET [options]` and `redirects export`: the operator's
// side of importing. Words in English (the command line's language); the work is in run-import.ts.

const FLAGS_WITHOUT_VALUE = new Set(['--dry-run', '--check', '--create-users'])

export function importUsage(): string {
  const sources = Object.entries(IMPORT_SOURCES).map(([name, s]) => `  import ${name} ${s.usage} [--dry-run]\n`).join('')
  return `${sources}  import jsonl FILE          load articles from JSON Lines (the same as import-jsonl)
  redirects export [--csv FILE] [--nginx FILE]  the old addresses and where they lead now, as CSV and an nginx map
`
}

export function parseImportArguments(args: readonly string[]): ImportArguments | undefined {
  const options = new Map<string, string | true>()
  let target: string | undefined
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (!arg.startsWith('--')) {
      if (target !== undefined) return undefined
      target = arg
    } else if (FLAGS_WITHOUT_VALUE.has(arg)) options.set(arg.slice(2), true)
    else if (i + 1 < args.length && !args[i + 1]!.startsWith('--')) options.set(arg.slice(2), args[++i]!)
    else return undefined
  }
  return target === undefined ? undefined : { target, options }
}

/** `import <source> …` for the sources of import-sources.ts; undefined when the source is not one of them. */
export async function importCommand(sourceName: string, args: readonly string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream & { isTTY?: boolean }): Promise<number | undefined> {
  const opener = IMPORT_SOURCES[sourceName]
  if (!opener) return undefined
  const parsed = parseImportArguments(args)
  if (!parsed) {
    err.write(`usage: npm run toasoan -- import ${sourceName} ${opener.usage}\n`)
    return 64
  }
  if (parsed.options.has('check') && opener.check) {
    try {
      out.write(`${await opener.check(parsed)}\n`)
      return 0
    } catch (error) {
      err.write(`${error instanceof MalformedSourceError ? '' : 'cannot check: '}${(error as Error).message}\n`)
      return error instanceof MalformedSourceError ? 65 : 64
    }
  }
  const config = loadConfig(process.env, { seedDemo: false })
  const database = await connectDatabase(config.databaseUrl)
  const media = openMediaStorage(config.mediaStorage)
  try {
    await migrateToLatest(database)
    const source = await opener.open(parsed)
    const dryRun = parsed.options.has('dry-run')
    const started = performance.now()
    const result = await runImport(database.db, source, {
      dryRun, now: new Date(), reservedPrefixes: reservedPrefixesOf(PORTAL_MODULES),
      media: new MediaLibrary(database.db, systemClock, media, { publicBase: config.mediaPublicUrl }),
      mediaBase: config.mediaPublicUrl, storage: media, onProgress: progressLine(err), createUsers: parsed.options.has('create-users'),
    })
    out.write(summaryText(result, (performance.now() - started) / 1000))
    if (!dryRun) {
      err.write('indexing for search\n')
      await searchOutsideThePortal(database).catchUp(() => {})
      out.write('Running portals show the imported items within seconds (they read the import log); old addresses answer 301.\n')
    }
    return result.skipped.some((s) => s.reason !== 'already imported') || result.problems.length > 0 ? 2 : 0
  } catch (error) {
    if (!(error instanceof MalformedSourceError)) throw error
    err.write(`\nnothing was imported: ${error.message}\n`)
    return 65
  } finally {
    await media.close()
    await database.close()
  }
}

export async function redirectsCommand(args: readonly string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const [sub, ...rest] = args
  const parsed = parseImportArguments(['-', ...rest])
  if (sub !== 'export' || !parsed) {
    err.write('usage: npm run toasoan -- redirects export [--csv FILE] [--nginx FILE]\n')
    return 64
  }
  const config = loadConfig(process.env, { seedDemo: false })
  const database = await connectDatabase(config.databaseUrl)
  try {
    await migrateToLatest(database)
    const portal = await buildApp({ config, database, clock: systemClock, logger: false, searchCatchUp: false })
    try {
      const csv = parsed.options.get('csv')
      const nginx = parsed.options.get('nginx')
      const report = await exportRedirects(database.db, portal.services.oldAddresses, {
        csv: typeof csv === 'string' ? csv : 'redirects.csv', nginx: typeof nginx === 'string' ? nginx : 'redirects.nginx.map',
      })
      out.write(`${report.written} redirects written to ${report.files.join(' and ')}; ${report.unresolved} old addresses lead to nothing published now\n`)
      return 0
    } finally {
      await portal.app.close()
    }
  } finally {
    await database.close()
  }
}

function progressLine(err: NodeJS.WritableStream & { isTTY?: boolean }): (p: ImportProgress) => void {
  let lastTenth = -1
  return ({ pass, done, total }) => {
    const percent = total ? Math.floor((done / total) * 100) : 100
    const what = pass === 'validate' ? `checked ${done} items` : `${done}/${total ?? '?'} items`
    if (err.isTTY) {
      const filled = Math.round((percent / 100) * 30)
      err.write(`\r${pass === 'validate' ? 'checking' : 'importing'} [${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ${percent}% ${what}${pass === 'validate' || done === total ? '\n' : ''}`)
    } else if (pass === 'validate' || Math.floor(percent / 10) !== lastTenth) {
      lastTenth = Math.floor(percent / 10)
      err.write(`${pass === 'validate' ? 'checked' : 'imported'} ${percent}% (${what})\n`)
    }
  }
}

export function summaryText(result: RunImportResult, seconds: number): string {
  const lines = [`${result.dryRun ? 'DRY RUN, nothing written. Would import' : 'Imported'} from ${result.items} items in ${seconds.toFixed(1)} s:`]
  for (const [kind, counts] of Object.entries(result.counts)) {
    lines.push(`  ${kind.padEnd(9)} ${result.dryRun ? 'would create' : 'created'} ${counts.created}, skipped ${counts.skipped}`)
  }
  const listed = <T>(title: string, items: readonly T[], line: (item: T) => string) => {
    if (items.length === 0) return
    lines.push(`${title} (${items.length}${items.length >= 5000 ? '+' : ''}):`)
    for (const item of items.slice(0, 200)) lines.push(`  ${line(item)}`)
    if (items.length > 200) lines.push(`  … and ${items.length - 200} more`)
  }
  for (const s of result.notRead) lines.push(`  not read: ${s.count} ${s.reason}`)
  listed('Skipped', result.skipped.filter((s) => s.reason !== 'already imported'), (s) => `${s.kind} ${s.sourceId}: ${s.reason}`)
  listed('Changed on the way', result.notes, (n) => `${n.kind} ${n.sourceId}: ${n.note}`)
  listed('Problems in the source', result.problems, (p) => `${p.line !== undefined ? `line ${p.line}: ` : ''}${p.sourceId !== undefined ? `${p.sourceId}: ` : ''}${p.problem}`)
  return `${lines.join('\n')}\n`
}
