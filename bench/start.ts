import { spawnSync, execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { setTimeout as sleep } from 'node:timers/promises'
import { freePort, httpGet, killAllChildren, spawnNode, stopChild, type NodeChild } from './processes.ts'

// `npm run bench -- start`: how long the portal takes from `node …` to its first 200, and how
// much memory it holds then, started the two ways the project knows: the TypeScript through
// tsx (`npm run dev`, and `npm start` before the build step) and the compiled dist/main.js
// through the launcher (`npm start`, stale check included). Both start on the same demo
// database, interleaved round by round; the medians and their ratio are reported.

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OUT_FILE = join(ROOT, 'bench', 'out', 'start.json')

const USAGE = `usage: npm run bench -- start [options]

Builds dist/ if it is stale (as npm start would), loads the demo into a fresh SQLite file, then
starts the portal again and again, alternating the TypeScript through tsx and the compiled build,
timing each from the spawn to the first 200 for the home page and reading its resident memory
(VmRSS) at that moment. One start of each first, not counted, warms the disk cache.

options:
  --rounds N   counted starts of each kind (default 7)
`

const KINDS = [
  { name: 'tsx (src/main.ts)', script: 'src/main.ts', nodeOptions: ['--import', 'tsx'] },
  { name: 'compiled (dist/main.js)', script: 'scripts/start.mjs', nodeOptions: [] },
] as const

interface Start {
  ms: number
  /** The node process itself. */
  rssMb: number
  /** With its child processes (tsx runs an esbuild service beside node). */
  treeRssMb: number
}

export async function runStartBench(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, strict: true, options: { rounds: { type: 'string', default: '7' }, help: { type: 'boolean', default: false } } })
  if (values.help) {
    process.stdout.write(USAGE)
    return 0
  }
  if (!/^\d+$/.test(values.rounds) || Number(values.rounds) < 1) throw new Error(`--rounds must be a whole number of at least 1 (got "${values.rounds}")`)
  const rounds = Number(values.rounds)

  const tempDir = mkdtempSync(join(tmpdir(), 'toasoan-start-bench-'))
  process.once('exit', () => {
    killAllChildren()
    rmSync(tempDir, { recursive: true, force: true })
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130))
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] })
  if (build.status !== 0) throw new Error('the build failed')

  const env: NodeJS.ProcessEnv = {
    ...process.env, DATABASE_URL: `sqlite:${join(tempDir, 'bench.db')}`, HOST: '127.0.0.1', LOG_LEVEL: 'error',
    MEDIA_DIR: join(tempDir, 'media'), WEATHER_URL: 'http://127.0.0.1:9/v1/forecast', SEED_DEMO: 'false',
  }
  delete env.REDIS_URL
  delete env.TOASOAN_BUILD_DIR
  process.stderr.write('loading the demo into a fresh database … ')
  const seeding = await startOnce(KINDS[0], { ...env, SEED_DEMO: 'true' })
  await stopChild(seeding.child)
  process.stderr.write('done\n')

  for (const kind of KINDS) await stopChild((await startOnce(kind, env)).child)
  const starts = KINDS.map(() => [] as Start[])
  for (let round = 1; round <= rounds; round++) {
    process.stderr.write(`round ${round} of ${rounds}:`)
    for (const [i, kind] of KINDS.entries()) {
      const { child, start } = await startOnce(kind, env)
      await stopChild(child)
      starts[i]!.push(start)
      process.stderr.write(`  ${kind.name} ${Math.round(start.ms)} ms ${start.rssMb.toFixed(0)} MB`)
    }
    process.stderr.write('\n')
  }

  const medians = starts.map((list) => ({
    ms: median(list.map((s) => s.ms)), rssMb: median(list.map((s) => s.rssMb)), treeRssMb: median(list.map((s) => s.treeRssMb)),
  }))
  const [tsx, compiled] = medians as [Start, Start]
  const ratios = { firstResponse: compiled.ms / tsx.ms, rss: compiled.rssMb / tsx.rssMb, treeRss: compiled.treeRssMb / tsx.treeRssMb }
  console.log('')
  console.log('| start | first 200 (median) | RSS at first 200 | with child processes | starts (ms) |')
  console.log('|---|---:|---:|---:|---|')
  KINDS.forEach((kind, i) => {
    const m = medians[i]!
    console.log(`| ${kind.name} | ${Math.round(m.ms)} ms | ${m.rssMb.toFixed(0)} MB | ${m.treeRssMb.toFixed(0)} MB | ${starts[i]!.map((s) => Math.round(s.ms)).join(' ')} |`)
  })
  console.log(`| compiled ÷ tsx | ${ratios.firstResponse.toFixed(2)} | ${ratios.rss.toFixed(2)} | ${ratios.treeRss.toFixed(2)} | |`)
  console.log('')
  console.log(`node ${process.version}; median of ${rounds} interleaved starts each, after one of each not counted; ` +
    'time from spawn to the first 200 for /, memory read from /proc at that moment; the demo database')

  mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true })
  writeFileSync(OUT_FILE, JSON.stringify({ at: new Date().toISOString(), node: process.version, rounds, kinds: KINDS.map((k, i) => ({ name: k.name, median: medians[i], starts: starts[i] })), ratios }, null, 2) + '\n')
  console.log(`results written to ${OUT_FILE}`)
  return 0
}

async function startOnce(kind: (typeof KINDS)[number], env: NodeJS.ProcessEnv): Promise<{ child: NodeChild; start: Start }> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}/`
  const started = performance.now()
  const child = spawnNode(kind.name, ROOT, kind.script, [], { ...env, PORT: String(port) }, { nodeOptions: [...kind.nodeOptions] })
  let ms = 0
  for (;;) {
    if (child.process.exitCode !== null) throw new Error(`${kind.name} exited before it answered:\n${child.recentOutput()}`)
    try {
      if ((await httpGet(url, 1000)).status === 200) {
        ms = performance.now() - started
        break
      }
    } catch {
      // Not listening yet.
    }
    if (performance.now() - started > 120_000) throw new Error(`${kind.name} did not answer within 2 minutes`)
    await sleep(10)
  }
  const pid = child.process.pid!
  const rssMb = residentMb(pid)
  const treeRssMb = rssMb + childPids(pid).reduce((sum, p) => sum + residentMb(p), 0)
  return { child, start: { ms, rssMb, treeRssMb } }
}

function residentMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kb ? Number(kb) / 1024 : 0
  } catch {
    return 0
  }
}

function childPids(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number)
  } catch {
    return []
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}
