import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compileForTests } from './compiled-tests.ts'

// `npm test`: the quality checks, then every test file. With TEST_SCOPE=database, only the files
// whose outcome can change with the database or the Node version: no checks, no browser journeys.
// CI runs everything once (SQLite, Node 20) and the database scope on each other database and
// Node (.ci/run says why). `npm test -- --dry-run` prints what would run and runs nothing.
//
// Which files run once: browser journeys (`*-in-browser.test.ts`). They drive Chromium against
// pages and scripts that are the same whatever database is behind them, and they are the slowest
// files. A browser file that is really about database behaviour says so on a line of its own,
// `// test-scope: database`, and stays in the database scope. A file that is not a browser
// journey but reads only what the pages look like (the HTML validator) says `// test-scope: once`.
const SCOPES = ['all', 'database'] as const
type Scope = (typeof SCOPES)[number]

const scope = (process.env.TEST_SCOPE || 'all') as Scope
if (!SCOPES.includes(scope)) {
  console.error(`TEST_SCOPE must be one of ${SCOPES.join(', ')}, not "${process.env.TEST_SCOPE}"`)
  process.exit(2)
}
const dryRun = process.argv.includes('--dry-run')

function runsOnce(file: string, source: string): boolean {
  if (/^\/\/ test-scope: once\b/m.test(source)) return true
  return file.endsWith('-in-browser.test.ts') && !/^\/\/ test-scope: database\b/m.test(source)
}

// Test files named after `--` (`npm test -- a.test.ts b.test.ts`) replace the whole list.
const named = process.argv.slice(2).filter((arg) => arg.endsWith('.test.ts'))
const allFiles = named.length ? named : ['src', 'test']
  .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => `${dir}/${f}`))
  .filter((f) => f.endsWith('.test.ts'))
  .sort()
const files = scope === 'all' ? allFiles : allFiles.filter((f) => !runsOnce(f, readFileSync(f, 'utf8')))

// The quality checks read the code, not a database: they run in the full scope only. Whichever
// of these package.json defines is run, in this order.
const scripts: Record<string, string> = JSON.parse(readFileSync('package.json', 'utf8')).scripts
const checks = scope === 'all' ? ['typecheck', 'lint'].filter((name) => scripts[name]) : []

if (dryRun) {
  console.log(`scope ${scope}: checks ${checks.join(', ') || 'none'}; ${files.length} of ${allFiles.length} test files`)
  for (const file of allFiles) console.log(`${files.includes(file) ? 'run ' : 'skip'} ${file}`)
  process.exit(0)
}

for (const check of checks) {
  const result = spawnSync('npm', ['run', check], { stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
// The timeout is a guard against a hung file, not a speed target: on a loaded machine a browser
// journey or the fuzz run on PostgreSQL can take two minutes, and a file that times out may
// leave its Chromium behind and hold the run open.
// A file that measures speed in the browser (Lighthouse's performance score counts the main
// thread's busy time) says `// test-run: alone`: it runs after the others, with no other test
// file beside it taking the second core.
const alone = files.filter((f) => /^\/\/ test-run: alone\b/m.test(readFileSync(f, 'utf8')))
const together = files.filter((f) => !alone.includes(f))

// Test files run compiled to JavaScript (test/support/compiled-tests.ts says why), from the copy
// in .test-build/. A file whose own text is a TypeScript project (the build's tests write one)
// says `// test-run: sources` and runs through tsx as it is.
const fromSources = (f: string) => /^\/\/ test-run: sources\b/m.test(readFileSync(f, 'utf8'))
const compiledRoot = '.test-build'
await compileForTests(process.cwd(), join(process.cwd(), compiledRoot))
const compiledArgs = (batch: readonly string[]) => batch.map((f) => fromSources(f) ? f : join(compiledRoot, f.replace(/\.ts$/, '.js')))

let status = 0
for (const [batch, concurrency] of [[together, 2], [alone, 1]] as const) {
  if (batch.length === 0) continue
  // tsx stays registered for the files run from sources; the compiled ones never reach its hooks
  // … which still cost every import a round trip, so the two kinds run as separate batches.
  for (const [kind, args] of [['compiled', batch.filter((f) => !fromSources(f))], ['sources', batch.filter(fromSources)]] as const) {
    if (args.length === 0) continue
    const loader = kind === 'sources' ? ['--import', 'tsx'] : []
    const result = spawnSync(process.execPath, [...loader, '--test', `--test-concurrency=${concurrency}`, '--test-timeout=300000', ...compiledArgs(args)], { stdio: 'inherit' })
    status ||= result.status ?? 1
  }
}
process.exit(status)
