import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { writeArticles } from './generate-articles.ts'
import { freePort, httpGet, killAllChildren, spawnNode, stopChild, waitUntilReady, type NodeChild } from './processes.ts'
import { createStormAdministrator, formatStorm, medianRound, PurgeStorm, type StormRound } from './purge-storm.ts'
import { checkTargets, formatErrors, formatTable, formatTargets, type Measurement } from './report.ts'
import { CONNECTIONS, runWrk, THREADS, wrkInstalled, WRK } from './wrk.ts'

// `npm run bench`: how fast the real portal serves its pages, next to a bare node:http
// server sending the same bytes. Everything runs as separate processes, as in production:
// the import through the operator's CLI, the portal through src/main.ts.

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OUT_FILE = join(ROOT, 'bench', 'out', 'latest.json')
const WARM_UP_SECONDS = 2

const PAGES = [
  { name: 'article', path: '/tin-tuc/dan-van/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-trien-khai-nhiem-vu-nam-2021' },
  { name: 'category', path: '/tin-tuc/dan-van' },
  { name: 'home', path: '/' },
] as const

const USAGE = `usage: npm run bench -- [options]

Generates Vietnamese articles, imports them with \`toasoan import-jsonl\` into a fresh SQLite
database, starts the portal and measures it with wrk (-t${THREADS} -c${CONNECTIONS}) against a bare
node:http server that sends the article page's bytes from a Buffer.

options:
  --articles N   how many articles to generate and import (default 10000)
  --duration S   seconds per wrk measurement, after a ${WARM_UP_SECONDS} s warm-up (default 5)
  --rounds R     interleaved rounds; each case's figure is the median over them (default 3)
  --storm-pages N  the purge storm (bench/purge-storm.ts): after a purge of every page, N
                 distinct articles once each, ${CONNECTIONS} at a time, against the same requests
                 from the cache; one storm per round, after the wrk runs (default 1000, 0: none)
  --keep         keep the temp dir (articles.jsonl, bench.db) and print its path
  --help         show this text

\`npm run bench -- cluster --help\` describes the two-instance benchmark behind nginx.
\`npm run bench -- search --help\` describes the search benchmark.
\`npm run bench -- start --help\` describes the start-up benchmark (tsx against the build).

Results go to stdout and to bench/out/latest.json. The exit code is 0 whether targets
pass or miss, 1 if a request errored, wrk failed or something could not start.
`

interface Options {
  articles: number
  duration: number
  rounds: number
  stormPages: number
  keep: boolean
}

function parseOptions(argv: string[]): Options | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string', default: '10000' },
      duration: { type: 'string', default: '5' },
      rounds: { type: 'string', default: '3' },
      'storm-pages': { type: 'string', default: '1000' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  })
  if (values.help) return 'help'
  return {
    articles: positiveInteger('--articles', values.articles),
    duration: positiveInteger('--duration', values.duration),
    rounds: positiveInteger('--rounds', values.rounds),
    stormPages: values['storm-pages'] === '0' ? 0 : positiveInteger('--storm-pages', values['storm-pages']),
    keep: values.keep,
  }
}

function positiveInteger(flag: string, raw: string): number {
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new UsageError(`${flag} must be a whole number of at least 1 (got "${raw}")`)
  return Number(raw)
}

class UsageError extends Error {}

// ── cleanup ───────────────────────────────────────────────────────────────────────────

/** Children die and the temp dir goes on every way out, including Ctrl-C and crashes. */
function installCleanup(tempDir: string, keep: boolean): void {
  process.once('exit', () => {
    killAllChildren()
    if (keep) process.stderr.write(`kept ${tempDir}\n`)
    else rmSync(tempDir, { recursive: true, force: true })
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      process.stderr.write(`\n${signal}: stopping the bench\n`)
      process.exit(130)
    })
  }
}

// ── steps ─────────────────────────────────────────────────────────────────────────────

async function generate(file: string, count: number): Promise<number> {
  const started = performance.now()
  const { bytes } = await writeArticles(file, count)
  const seconds = (performance.now() - started) / 1000
  console.log(`generated ${count.toLocaleString('en-US')} articles (${mb(bytes)}) in ${seconds.toFixed(1)} s`)
  return bytes
}

interface ImportTiming {
  imported: number
  seconds: number
  articlesPerSecond: number
  cliSeconds: number | undefined
}

/** Loads the file through the real CLI, as an operator would; the time includes its start-up. */
async function importArticles(file: string, databaseUrl: string, expected: number): Promise<ImportTiming> {
  let stdout = ''
  const started = performance.now()
  const cli = spawnNode('import', ROOT, 'src/cli.ts', ['import-jsonl', file], { ...baseEnv(), DATABASE_URL: databaseUrl }, {
    captureStdout: (text) => { stdout += text },
    forwardStderr: 'raw',
  })
  const code = await cli.exited
  const seconds = (performance.now() - started) / 1000
  if (code !== 0) throw new Error(`import-jsonl exited with ${code}:\n${stdout}${cli.recentOutput()}`)
  const report = /imported (\d+) articles in ([\d.]+) s/.exec(stdout)
  const imported = report ? Number(report[1]) : NaN
  if (imported !== expected) throw new Error(`import-jsonl imported ${imported} articles, expected ${expected}:\n${stdout}`)
  const timing = { imported, seconds, articlesPerSecond: imported / seconds, cliSeconds: report ? Number(report[2]) : undefined }
  console.log(`imported ${imported.toLocaleString('en-US')} articles in ${seconds.toFixed(1)} s ` +
    `(${Math.round(timing.articlesPerSecond).toLocaleString('en-US')} articles/s; the CLI's own timer: ${timing.cliSeconds ?? '?'} s)`)
  return timing
}

/** The environment every child starts from: ours, minus anything that would reach outside the bench. */
function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  delete env.REDIS_URL
  return env
}

interface Portal {
  child: NodeChild
  baseUrl: string
}

async function startPortal(tempDir: string, databaseUrl: string, pageCache: boolean, extraEnv: NodeJS.ProcessEnv = {}): Promise<Portal> {
  const port = await freePort()
  const child = spawnNode(pageCache ? 'portal' : 'portal, no cache', ROOT, 'src/main.ts', [], {
    ...baseEnv(),
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    MEDIA_DIR: join(tempDir, 'media'),
    // Unreachable on purpose: the weather block must not wait on the network while we measure.
    WEATHER_URL: 'http://127.0.0.1:9/v1/forecast',
    PAGE_CACHE: pageCache ? 'on' : 'off',
    ...extraEnv,
  })
  const baseUrl = `http://127.0.0.1:${port}`
  await waitUntilReady(child, `${baseUrl}/healthz`)
  return { child, baseUrl }
}

interface Page {
  name: string
  path: string
  contentType: string
  body: Buffer
}

/** One GET per page: it must be 200, and it fills the page cache before wrk starts. */
async function fetchPages(baseUrl: string): Promise<Page[]> {
  const pages: Page[] = []
  for (const { name, path } of PAGES) {
    const response = await httpGet(baseUrl + path)
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}, not 200`)
    const contentType = String(response.headers['content-type'] ?? 'text/html; charset=utf-8')
    pages.push({ name, path, contentType, body: response.body })
  }
  return pages
}

async function startBareServer(tempDir: string, page: Page): Promise<{ child: NodeChild; url: string }> {
  const bodyFile = join(tempDir, 'article.html')
  writeFileSync(bodyFile, page.body)
  const port = await freePort()
  const child = spawnNode('bare', ROOT, 'bench/bare-server.ts', [bodyFile, page.contentType, String(port)], baseEnv())
  const url = `http://127.0.0.1:${port}${page.path}`
  await waitUntilReady(child, url)
  const check = await httpGet(url)
  if (!check.body.equals(page.body)) throw new Error('the bare server does not send the article page byte for byte')
  return { child, url }
}

/** A warm-up run first so JIT, page cache and SQLite's own caches are warm for the real one. */
async function measure(caseName: string, url: string, seconds: number): Promise<Measurement> {
  process.stderr.write(`measuring ${caseName}: ${WARM_UP_SECONDS} s warm-up, ${seconds} s run … `)
  await runWrk(url, WARM_UP_SECONDS)
  const result = await runWrk(url, seconds)
  process.stderr.write(`${Math.round(result.requestsPerSecond).toLocaleString('en-US')} req/s\n`)
  return { case: caseName, url, result }
}

// ── main ──────────────────────────────────────────────────────────────────────────────

async function main(): Promise<number> {
  let options: Options | 'help'
  try {
    options = parseOptions(process.argv.slice(2))
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`)
    return 64
  }
  if (options === 'help') {
    process.stdout.write(USAGE)
    return 0
  }
  if (!wrkInstalled()) {
    process.stderr.write(`wrk is not installed at ${WRK}. Install it with:\n  apt-get install -y wrk\n`)
    return 1
  }

  const tempDir = mkdtempSync(join(tmpdir(), 'toasoan-bench-'))
  installCleanup(tempDir, options.keep)
  const machine = { node: process.version, cpus: availableParallelism(), cpuModel: cpus()[0]?.model ?? 'unknown' }
  console.log(`Tòa Soạn bench: node ${machine.node}, ${machine.cpus} CPUs (${machine.cpuModel}), ` +
    `${options.articles.toLocaleString('en-US')} articles, ${options.duration} s per run, temp dir ${tempDir}`)

  const jsonl = join(tempDir, 'articles.jsonl')
  const databaseUrl = `sqlite:${join(tempDir, 'bench.db')}`
  const jsonlBytes = await generate(jsonl, options.articles)
  const importTiming = await importArticles(jsonl, databaseUrl, options.articles)
  if (options.stormPages > 0) await createStormAdministrator(databaseUrl)

  // Both portals and the bare server run side by side, idle but for the one being measured,
  // and every case is measured once per round. The machine is shared and noisy: a ratio is
  // taken against the bare run of the same round, and the median over rounds is reported.
  const loopReportFile = join(tempDir, 'event-loop.json')
  const cached = await startPortal(tempDir, databaseUrl, true, { EVENT_LOOP_REPORT: loopReportFile })
  const uncached = await startPortal(tempDir, databaseUrl, false)
  const pages = await fetchPages(cached.baseUrl)
  const uncachedPages = await fetchPages(uncached.baseUrl)
  const article = pages[0]!
  const bare = await startBareServer(tempDir, article)
  const cases = [
    { name: 'bare node:http', url: bare.url },
    ...pages.map((page) => ({ name: `${page.name} (cached)`, url: cached.baseUrl + page.path })),
    ...uncachedPages.map((page) => ({ name: `${page.name} (uncached)`, url: uncached.baseUrl + page.path })),
  ]
  const rounds: Measurement[][] = []
  for (let round = 1; round <= options.rounds; round++) {
    process.stderr.write(`round ${round} of ${options.rounds}\n`)
    const measured: Measurement[] = []
    for (const c of cases) measured.push(await measure(c.name, c.url, options.duration))
    const bareRps = measured[0]!.result.requestsPerSecond
    for (const m of measured) m.ratio = m.result.requestsPerSecond / bareRps
    rounds.push(measured)
  }
  // After every wrk run, so that the storm's purges and the event-loop timer touch none of them.
  const storms: StormRound[] = []
  if (options.stormPages > 0) {
    const storm = await PurgeStorm.prepare({ ...cached, loopReportFile }, options.stormPages, CONNECTIONS)
    for (let round = 1; round <= options.rounds; round++) {
      process.stderr.write(`purge storm ${round} of ${options.rounds}: ${storm.paths.length} articles … `)
      const result = await storm.round(round)
      storms.push(result)
      process.stderr.write(`p99 ${result.afterPurge.p99Ms.toFixed(1)} ms after the purge, ${result.cached.p99Ms.toFixed(1)} ms cached\n`)
    }
  }
  await Promise.all([stopChild(cached.child), stopChild(uncached.child), stopChild(bare.child)])

  const runs = cases.map((_, i) => medianMeasurement(rounds.map((r) => r[i]!)))
  const baseline = runs[0]!.result.requestsPerSecond
  const targets = checkTargets(runs)
  const errors = formatErrors(runs)

  console.log('')
  console.log(formatTable(runs))
  console.log('')
  console.log(formatTargets(targets))
  for (const line of errors) console.log(line)
  console.log('')
  if (storms.length > 0) {
    console.log(formatStorm(storms, options.stormPages, CONNECTIONS))
    console.log('')
  }
  console.log('page sizes: ' + pages.map((p) => `${p.name} ${kb(p.body.length)}`).join(', '))
  const changed = uncachedPages.filter((p, i) => !p.body.equals(pages[i]!.body))
  if (changed.length > 0) console.log(`(without the cache these pages came out different: ${changed.map((p) => `${p.name} ${kb(p.body.length)}`).join(', ')})`)
  console.log(`node ${machine.node}, ${machine.cpus} CPUs; wrk -t${THREADS} -c${CONNECTIONS} -d${options.duration}s after a ${WARM_UP_SECONDS} s warm-up; ` +
    `median of ${options.rounds} interleaved rounds, each ratio against the same round's bare server`)

  writeResults({
    date: new Date().toISOString(),
    machine,
    options: { articles: options.articles, stormPages: options.stormPages, durationSeconds: options.duration, warmUpSeconds: WARM_UP_SECONDS, threads: THREADS, connections: CONNECTIONS },
    import: { ...importTiming, jsonlBytes },
    pageSizes: Object.fromEntries(pages.map((p) => [p.name, p.body.length])),
    baselineRequestsPerSecond: baseline,
    runs: runs.map((r) => ({ case: r.case, url: r.url, ratio: r.ratio, ratiosPerRound: r.ratios, ...r.result })),
    targets,
    errors,
    ...(storms.length > 0 ? { purgeStorm: { pages: options.stormPages, connections: CONNECTIONS, median: medianRound(storms), rounds: storms } } : {}),
  })
  return errors.length > 0 ? 1 : 0
}

/** The round with the median ratio stands for the case (its req/s and latencies are reported). */
function medianMeasurement(measurements: Measurement[]): Measurement {
  const sorted = [...measurements].sort((a, b) => a.ratio! - b.ratio!)
  const median = sorted[Math.floor(sorted.length / 2)]!
  return { ...median, ratios: measurements.map((m) => m.ratio!) }
}

function writeResults(results: object): void {
  mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true })
  writeFileSync(OUT_FILE, JSON.stringify(results, null, 2) + '\n')
  console.log(`results written to ${OUT_FILE}`)
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

// `npm run bench -- search` measures the search index (bench/search.ts), `-- cluster` two
// instances behind nginx (bench/cluster.ts); without a mode, the page benchmark above.
const modes: Record<string, () => Promise<number>> = {
  search: () => import('./search.ts').then((m) => m.runSearchBench(process.argv.slice(3))),
  cluster: () => import('./cluster.ts').then((m) => m.runClusterBench(process.argv.slice(3))),
  uploads: () => import('./uploads.ts').then((m) => m.runUploadsBench(process.argv.slice(3))),
  'sign-in': () => import('./sign-in.ts').then((m) => m.runSignInBench(process.argv.slice(3))),
  start: () => import('./start.ts').then((m) => m.runStartBench(process.argv.slice(3))),
}
const run = (modes[process.argv[2] ?? ''] ?? main)()
run.then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`\nbench failed: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  },
)
