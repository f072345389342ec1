import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkOutBaseline, startCommandOf, type BaselineCheckout, type StartCommand } from './baseline.ts'
import { writeArticles } from './generate-articles.ts'
import { freePort, httpGet, killAllChildren, spawnNode, stopChild, waitUntilReady, type NodeChild } from './processes.ts'
import { createStormAdministrator, formatStorm, medianRound, PurgeStorm, type StormRound } from './purge-storm.ts'
import { parseOptions, USAGE, WARM_UP_SECONDS, type Options } from './page-options.ts'
import { checkAgainstBaseline, checkTargets, compareRounds, formatComparison, formatErrors, formatTable, formatTargets, type Measurement, type Pairing } from './report.ts'
import { CONNECTIONS, runWrk, THREADS, wrkInstalled, WRK } from './wrk.ts'

// `npm run bench`: how fast the real portal serves its pages, next to a bare node:http
// server sending the same bytes. Everything runs as separate processes, as in production:
// the import through the operator's CLI, the portal through src/main.ts.

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OUT_FILE = join(ROOT, 'bench', 'out', 'latest.json')

const PAGES = [
  { name: 'article', path: '/tin-tuc/dan-van/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-trien-khai-nhiem-vu-nam-2021' },
  { name: 'category', path: '/tin-tuc/dan-van' },
  { name: 'home', path: '/' },
] as const

// ── cleanup ───────────────────────────────────────────────────────────────────────────

/** Steps to run on the way out after the children are killed (the baseline's worktree goes). */
const onExit: Array<() => void> = []

/** Children die and the temp dir goes on every way out, including Ctrl-C and crashes. */
function installCleanup(tempDir: string, keep: boolean): void {
  process.once('exit', () => {
    killAllChildren()
    for (const step of onExit) step()
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
async function importArticles(file: string, databaseUrl: string, expected: number, version: Version = THIS_CHECKOUT): Promise<ImportTiming> {
  let stdout = ''
  const started = performance.now()
  const cli = spawnNode(`import${version.label}`, version.dir, 'src/cli.ts', ['import-jsonl', file], { ...baseEnv(), DATABASE_URL: databaseUrl }, {
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
  console.log(`${version.label ? `${version.label.trim().slice(1, -1)}: ` : ''}imported ${imported.toLocaleString('en-US')} articles in ${seconds.toFixed(1)} s ` +
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

/** A version of the portal: where its files are and how it starts. */
interface Version {
  /** Empty for this checkout in a plain run; " (REF)" or " (current)" when two are compared. */
  label: string
  dir: string
  start: StartCommand
  /** Where its compiled build goes, if it starts from one (scripts/start.mjs reads TOASOAN_BUILD_DIR). */
  buildDir?: string
  /** Its start may build first (a version measured beside another). */
  mayBuild?: boolean
}

// A plain run starts this checkout as `npm run dev` does, as it always has.
const THIS_CHECKOUT: Version = { label: '', dir: ROOT, start: { script: 'src/main.ts', nodeOptions: ['--import', 'tsx'] } }

async function startPortal(tempDir: string, databaseUrl: string, pageCache: boolean, extraEnv: NodeJS.ProcessEnv = {}, version: Version = THIS_CHECKOUT): Promise<Portal> {
  const port = await freePort()
  const label = `${pageCache ? 'portal' : 'portal, no cache'}${version.label}`
  const child = spawnNode(label, version.dir, version.start.script, [], {
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
    ...(version.buildDir ? { TOASOAN_BUILD_DIR: version.buildDir } : {}),
    ...extraEnv,
  }, { nodeOptions: version.start.nodeOptions })
  const baseUrl = `http://127.0.0.1:${port}`
  // A version that starts from its build may build first: more time than a plain start.
  await waitUntilReady(child, `${baseUrl}/healthz`, version.buildDir || version.mayBuild ? 300_000 : 60_000)
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

  // --baseline: the other version's worktree first, so that a ref git does not know fails at once.
  // With it, both versions start the way their own `npm start` does, this checkout included.
  let checkout: BaselineCheckout | undefined
  let current = THIS_CHECKOUT
  let old: Version | undefined
  if (options.baseline !== undefined) {
    checkout = checkOutBaseline(ROOT, options.baseline, join(tempDir, 'baseline-src'), (line) => console.log(line))
    onExit.push(checkout.remove)
    // This checkout's build goes to the temp dir, not over its dist/; a node_modules link beside
    // it lets the compiled code find its packages. The baseline builds, if it does, in its worktree.
    mkdirSync(join(tempDir, 'build'))
    symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(tempDir, 'build', 'node_modules'), 'dir')
    current = { label: ' (current)', dir: ROOT, start: startCommandOf(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))), buildDir: join(tempDir, 'build', 'dist') }
    old = { label: ` (${checkout.ref})`, dir: checkout.dir, start: checkout.start, mayBuild: true }
    console.log(`baseline ${checkout.ref} = ${checkout.commit.slice(0, 12)}, checked out in ${checkout.dir} with ` +
      `${checkout.dependencies === 'shared' ? "this checkout's node_modules (same lock)" : 'its own npm ci'}; ` +
      `starts with \`node ${[...old.start.nodeOptions, old.start.script].join(' ')}\`, this checkout with \`node ${[...current.start.nodeOptions, current.start.script].join(' ')}\``)
  }

  const jsonl = join(tempDir, 'articles.jsonl')
  const databaseUrl = `sqlite:${join(tempDir, 'bench.db')}`
  const jsonlBytes = await generate(jsonl, options.articles)
  const importTiming = await importArticles(jsonl, databaseUrl, options.articles, current)
  if (options.stormPages > 0) await createStormAdministrator(databaseUrl)
  // The same file through the baseline's own CLI, into a database of its own schema.
  const baselineDatabaseUrl = `sqlite:${join(tempDir, 'baseline.db')}`
  const baselineImport = old ? await importArticles(jsonl, baselineDatabaseUrl, options.articles, old) : undefined

  // Both portals and the bare server run side by side, idle but for the one being measured,
  // and every case is measured once per round. The machine is shared and noisy: a ratio is
  // taken against the bare run of the same round, and the median over rounds is reported.
  const loopReportFile = join(tempDir, 'event-loop.json')
  // The current version starts first: if it builds, the second start finds the build made.
  const cached = await startPortal(tempDir, databaseUrl, true, { EVENT_LOOP_REPORT: loopReportFile }, current)
  const uncached = await startPortal(tempDir, databaseUrl, false, {}, current)
  const pages = await fetchPages(cached.baseUrl)
  const uncachedPages = await fetchPages(uncached.baseUrl)
  const baselineMedia = { MEDIA_DIR: join(tempDir, 'baseline-media') }
  const oldCached = old ? await startPortal(tempDir, baselineDatabaseUrl, true, baselineMedia, old) : undefined
  const oldUncached = old ? await startPortal(tempDir, baselineDatabaseUrl, false, baselineMedia, old) : undefined
  const oldPages = oldCached ? await fetchPages(oldCached.baseUrl) : []
  if (oldUncached) await fetchPages(oldUncached.baseUrl)
  const article = pages[0]!
  const bare = await startBareServer(tempDir, article)
  // Without a baseline: bare, the cached pages, the uncached ones. With one, each page case is
  // measured on the baseline and on this checkout one after the other (pairings say where).
  const cases = [{ name: 'bare node:http', url: bare.url }]
  const pairings: Pairing[] = []
  for (const [kind, portal, portalPages, oldPortal] of [['cached', cached, pages, oldCached], ['uncached', uncached, uncachedPages, oldUncached]] as const) {
    for (const page of portalPages) {
      const name = `${page.name} (${kind})`
      if (oldPortal && checkout) {
        pairings.push({ case: name, baseline: cases.length, current: cases.length + 1 })
        cases.push({ name: `${page.name} (${kind}, ${checkout.ref})`, url: oldPortal.baseUrl + page.path })
      }
      cases.push({ name, url: portal.baseUrl + page.path })
    }
  }
  const rounds: Measurement[][] = []
  for (let round = 1; round <= options.rounds; round++) {
    process.stderr.write(`round ${round} of ${options.rounds}\n`)
    // Every other round this checkout goes before the baseline, so that neither always runs
    // second (after a warmer machine, or a noisier one).
    const order = cases.map((_, i) => i)
    if (round % 2 === 0) for (const pair of pairings) [order[pair.baseline], order[pair.current]] = [pair.current, pair.baseline]
    const measured: Measurement[] = []
    for (const i of order) measured[i] = await measure(cases[i]!.name, cases[i]!.url, options.duration)
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
  await Promise.all([cached, uncached, oldCached, oldUncached, bare].map((portal) => portal && stopChild(portal.child)))
  if (checkout) {
    checkout.remove()
    console.log(`removed the baseline's worktree ${checkout.dir}`)
  }

  const runs = cases.map((_, i) => medianMeasurement(rounds.map((r) => r[i]!)))
  const baseline = runs[0]!.result.requestsPerSecond
  const targets = checkTargets(runs)
  const errors = formatErrors(runs)
  const comparisons = compareRounds(rounds, pairings)
  const againstBaseline = checkout ? checkAgainstBaseline(comparisons, checkout.ref) : undefined

  console.log('')
  console.log(formatTable(runs))
  console.log('')
  console.log(formatTargets(targets))
  if (againstBaseline) console.log(againstBaseline.line)
  for (const line of errors) console.log(line)
  console.log('')
  if (checkout) {
    console.log(`this checkout against ${checkout.ref} (${checkout.commit.slice(0, 12)}), round by round:`)
    console.log(formatComparison(comparisons, checkout.ref))
    console.log('')
  }
  if (storms.length > 0) {
    console.log(formatStorm(storms, options.stormPages, CONNECTIONS))
    console.log('')
  }
  console.log('page sizes: ' + pages.map((p) => `${p.name} ${kb(p.body.length)}`).join(', '))
  if (checkout) console.log(`page sizes at ${checkout.ref}: ` + oldPages.map((p) => `${p.name} ${kb(p.body.length)}`).join(', '))
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
    ...(checkout && old ? {
      baseline: {
        ref: checkout.ref,
        commit: checkout.commit,
        start: old.start,
        currentStart: current.start,
        dependencies: checkout.dependencies,
        import: baselineImport,
        pageSizes: Object.fromEntries(oldPages.map((p) => [p.name, p.body.length])),
        comparisons,
        uncachedArticleNoLower: againstBaseline?.pass,
      },
    } : {}),
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
// instances behind nginx (bench/cluster.ts), `-- votes` a poll voted on while an article is
// read (bench/votes.ts), `-- visits` a week of visit statistics (bench/visits.ts), `-- import` a
// 100,000-item WordPress export imported, killed and resumed (bench/import.ts); without a mode, the page benchmark above.
const modes: Record<string, () => Promise<number>> = {
  search: () => import('./search.ts').then((m) => m.runSearchBench(process.argv.slice(3))),
  cluster: () => import('./cluster.ts').then((m) => m.runClusterBench(process.argv.slice(3))),
  uploads: () => import('./uploads.ts').then((m) => m.runUploadsBench(process.argv.slice(3))),
  'sign-in': () => import('./sign-in.ts').then((m) => m.runSignInBench(process.argv.slice(3))),
  start: () => import('./start.ts').then((m) => m.runStartBench(process.argv.slice(3))),
  votes: () => import('./votes.ts').then((m) => m.runVotesBench(process.argv.slice(3))),
  documents: () => import('./documents.ts').then((m) => m.runDocumentsBench(process.argv.slice(3))),
  reports: () => import('./reports.ts').then((m) => m.runReportsBench(process.argv.slice(3))),
  visits: () => import('./visits.ts').then((m) => m.runVisitsBench(process.argv.slice(3))),
  import: () => import('./import.ts').then((m) => m.runImportBench(process.argv.slice(3))),
}
const run = (modes[process.argv[2] ?? ''] ?? main)()
run.then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`\nbench failed: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  },
)
