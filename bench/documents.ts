import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { sql } from 'kysely'
import { migrateToLatest } from '../src/migrations/index.ts'
import { connectDatabase } from '../src/platform/db/connect.ts'
import { fold } from '../src/platform/text/vietnamese.ts'
import { adminQuery, DATABASE_OPTIONS, databasesOf, round, whole, type BenchDb } from './database-options.ts'
import { createRandom, type Random } from './generate-articles.ts'
import { writeDocuments } from './generate-documents.ts'
import { freePort, httpGet, killAllChildren, spawnNode, stopChild, waitUntilReady } from './processes.ts'
import * as words from './vocabulary.ts'

// `npm run bench -- documents`: the Văn bản register at 100,000 generated documents (issue 14),
// served by the portal as a process of its own with the page cache off (PAGE_CACHE=false), so
// every request works out its list and facet counts (over the register's index in memory and the
// word index) and reads its rows from the database: a faceted list with its counts
// (/van-ban?loai=…&nam=…), the whole list with its counts, and searches by words and by number,
// timed over HTTP, on SQLite and on PostgreSQL.

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OUT_FILE = join(ROOT, 'bench', 'out', 'documents.json')
const TARGET_P95_MS = 50

const USAGE = `usage: npm run bench -- documents [options]

options:
  --documents N   documents to generate (default 100000)
  --db WHICH      sqlite, postgres or both (default both)
  --requests R    requests of each kind, after a warm-up (default 200)
  --postgres URL  admin connection to create the bench database in
                  (default $BENCH_DATABASE_URL or postgres://postgres@127.0.0.1:5432/test)
`

type Db = BenchDb
interface Options { documents: number; db: Db[]; requests: number; postgresUrl: string }
interface Latency { kind: string; requests: number; p50: number; p95: number; p99: number; max: number; target: number | null }
interface DbReport { db: Db; documents: number; withFiles: number; generateSeconds: number; latencies: Latency[] }

export async function runDocumentsBench(argv: string[]): Promise<number> {
  let options: Options
  try {
    const { values } = parseArgs({ args: argv, options: {
      documents: { type: 'string', default: '100000' }, requests: { type: 'string', default: '200' },
      ...DATABASE_OPTIONS,
    }, strict: true })
    if (values.help) { process.stdout.write(USAGE); return 0 }
    options = {
      documents: whole('--documents', values.documents), requests: whole('--requests', values.requests), postgresUrl: values.postgres,
      db: databasesOf(values.db),
    }
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`)
    return 64
  }
  const dir = mkdtempSync(join(tmpdir(), 'toasoan-documents-bench-'))
  try {
    const reports: DbReport[] = []
    mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true })
    for (const db of options.db) {
      reports.push(await benchOne(db, dir, options))
      // Written after each database, so a run stopped during the second keeps the first's figures.
      writeFileSync(OUT_FILE, JSON.stringify({ at: new Date().toISOString(), documents: options.documents, targetP95Ms: TARGET_P95_MS, reports }, null, 2))
    }
    printReport(reports)
    process.stdout.write(`\nwritten to ${OUT_FILE}\n`)
    return 0
  } finally {
    killAllChildren()
    rmSync(dir, { recursive: true, force: true })
  }
}

async function benchOne(db: Db, dir: string, options: Options): Promise<DbReport> {
  const name = `toasoan_documents_${randomBytes(4).toString('hex')}`
  let databaseUrl = `sqlite:${join(dir, `${name}.db`)}`
  if (db === 'postgres') {
    await adminQuery(options.postgresUrl, `CREATE DATABASE ${name}`)
    databaseUrl = Object.assign(new URL(options.postgresUrl), { pathname: `/${name}` }).toString()
  }
  try {
    const database = await connectDatabase(databaseUrl)
    let generated
    try {
      await migrateToLatest(database)
      process.stderr.write(`[${db}] generating ${options.documents} documents… `)
      generated = await writeDocuments(database.db, options.documents)
      process.stderr.write(`${generated.seconds.toFixed(1)} s (${generated.withFiles} with a file's text)\n`)
      // A live PostgreSQL vacuums a table that took this many rows within minutes (autovacuum's
      // insert threshold); measured straight after the load, every word's postings were read
      // from the table's pages instead of the index alone (570 ms against 8 ms for "cong").
      if (db === 'postgres') await sql`vacuum analyze`.execute(database.db)
    } finally {
      await database.close()
    }
    const port = await freePort()
    const portal = spawnNode(`portal ${db}`, ROOT, 'src/main.ts', [], {
      // Two workers: a worker serves without first bringing the site search up to date, which at
      // 100,000 new documents (their files' text included) takes longer than the whole bench; the
      // register's pages never read that index. Requests go one at a time, so one worker answers each.
      ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', SEED_DEMO: 'false', PAGE_CACHE: 'false', WORKERS: '2',
      LOG_LEVEL: 'warn', MEDIA_DIR: join(dir, 'media'), WEATHER_URL: 'http://127.0.0.1:9/v1/forecast',
    })
    try {
      const base = `http://127.0.0.1:${port}`
      await waitUntilReady(portal, `${base}/healthz`, 300_000)
      const latencies = await measure(db, base, generated.kinds, options.requests)
      return { db, documents: generated.documents, withFiles: generated.withFiles, generateSeconds: round(generated.seconds), latencies }
    } finally {
      await stopChild(portal)
    }
  } finally {
    if (db === 'postgres') await adminQuery(options.postgresUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  }
}

// ── requests ──────────────────────────────────────────────────────────────────────────

const BUSY_KINDS = ['Quyết định', 'Công văn', 'Kế hoạch', 'Nghị quyết', 'Thông báo']

/** Two or three neighbouring words of a summary's topic, typed without diacritics as many readers do. */
function wordsOfTopic(random: Random): string {
  const topic = fold(random.pick(words.TOPICS)).split(/[^a-z0-9]+/).filter(Boolean)
  const length = random.int(2, 3)
  const start = random.int(0, Math.max(0, topic.length - length))
  return topic.slice(start, start + length).join(' ')
}

/** A number as readers type it: whole, or its parts in another order, with or without marks. */
function numberTyped(random: Random): string {
  const n = random.int(1, 60)
  const year = random.int(2006, 2026)
  return random.pick([`${n}/${year}/QĐ-UBND`, `qd ubnd ${n} ${year}`, `${n}/UBND-VX`, `${n}-NQ/TU`, `quyet dinh ${n} ${year}`])
}

const CASES: { kind: string; target: boolean; url: (random: Random, kinds: { id: number; name: string }[]) => string }[] = [
  { kind: 'list by kind and year, with counts', target: true, url: (r, kinds) => `/van-ban?loai=${r.pick(kinds.filter((k) => BUSY_KINDS.includes(k.name))).id}&nam=${r.int(2006, 2026)}` },
  { kind: 'list of everything, with counts', target: true, url: () => '/van-ban' },
  { kind: 'search by words', target: true, url: (r) => `/van-ban?q=${encodeURIComponent(wordsOfTopic(r))}` },
  { kind: 'search by number', target: true, url: (r) => `/van-ban?q=${encodeURIComponent(numberTyped(r))}` },
]

async function measure(db: Db, base: string, kinds: { id: number; name: string }[], n: number): Promise<Latency[]> {
  const random = createRandom(20261207)
  // Warm-up: the first requests of a fresh process pay for compiling and for the database's cache.
  for (const c of CASES) for (let i = 0; i < 10; i++) await get(`${base}${c.url(createRandom(i), kinds)}`)
  const out: Latency[] = []
  for (const c of CASES) {
    const times: number[] = []
    for (let i = 0; i < n; i++) {
      const url = `${base}${c.url(random, kinds)}`
      const started = performance.now()
      await get(url)
      times.push(performance.now() - started)
    }
    times.sort((a, b) => a - b)
    const at = (p: number) => round(times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!)
    out.push({ kind: c.kind, requests: n, p50: at(50), p95: at(95), p99: at(99), max: round(times.at(-1)!), target: c.target ? TARGET_P95_MS : null })
    process.stderr.write(`[${db}] ${c.kind}: p50 ${at(50)} ms, p95 ${at(95)} ms\n`)
  }
  return out
}

async function get(url: string): Promise<void> {
  const res = await httpGet(url, 60_000)
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`)
}

// ── report ────────────────────────────────────────────────────────────────────────────

function printReport(reports: DbReport[]): void {
  for (const r of reports) {
    process.stdout.write(`\n${r.db}: ${r.documents} documents (${r.withFiles} with a file's text), generated in ${r.generateSeconds} s\n`)
    process.stdout.write('| request (over HTTP, PAGE_CACHE=false) | p50 ms | p95 ms | p99 ms | max ms | p95 target |\n|---|---:|---:|---:|---:|---|\n')
    for (const l of r.latencies) {
      const verdict = l.target === null ? '(reference)' : `< ${l.target} ms: ${l.p95 < l.target ? 'met' : 'MISSED'}`
      process.stdout.write(`| ${l.kind} | ${l.p50} | ${l.p95} | ${l.p99} | ${l.max} | ${verdict} |\n`)
    }
  }
}
