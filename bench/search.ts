import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { sql } from 'kysely'
import { importJsonl } from '../src/features/import/index.ts'
import { PORTAL_MODULES } from '../src/modules.ts'
import { reservedPrefixesOf } from '../src/platform/module-list.ts'
import { searchOutsideThePortal } from '../src/content-sources.ts'
import { parseQuery, type Search } from '../src/features/search/index.ts'
import { migrateToLatest } from '../src/migrations/index.ts'
import { connectDatabase, type DatabaseHandle } from '../src/platform/db/connect.ts'
import { adminQuery, DATABASE_OPTIONS, databasesOf, round, whole } from './database-options.ts'
import { createRandom, writeArticles, type Random } from './generate-articles.ts'
import * as words from './vocabulary.ts'

// `npm run bench -- search`: builds the search index over N generated articles on each
// database and times searches. Searches are direct calls of the search service in this
// process (parse, rank, read the articles of the first page, cut and mark their snippets),
// without HTTP: what is measured is the search itself, not Fastify.

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OUT_FILE = join(ROOT, 'bench', 'out', 'search-latest.json')
const TARGET_P95_MS = { sqlite: 30, postgres: 50 } as const
const TARGET_REINDEX_S = 120

const USAGE = `usage: npm run bench -- search [options]

options:
  --articles N      articles to generate and index (default 100000)
  --db WHICH        sqlite, postgres or both (default both)
  --queries Q       queries of each kind, after a warm-up (default 200)
  --postgres URL    PostgreSQL to use; a schema of its own is made and dropped
                    (default $BENCH_DATABASE_URL or postgres://postgres@127.0.0.1:5432/test)
`

interface Options { articles: number; db: ('sqlite' | 'postgres')[]; queries: number; postgresUrl: string }

interface Latency { kind: string; queries: number; p50: number; p95: number; p99: number; max: number; meanHits: number }
interface DbReport { db: 'sqlite' | 'postgres'; articles: number; importSeconds: number; reindexSeconds: number; databaseMb: number; indexMb: number; latencies: Latency[] }

export async function runSearchBench(argv: string[]): Promise<number> {
  let options: Options
  try {
    const { values } = parseArgs({ args: argv, options: {
      articles: { type: 'string', default: '100000' }, queries: { type: 'string', default: '200' },
      ...DATABASE_OPTIONS,
    }, strict: true })
    if (values.help) { process.stdout.write(USAGE); return 0 }
    options = {
      articles: whole('--articles', values.articles), queries: whole('--queries', values.queries), postgresUrl: values.postgres,
      db: databasesOf(values.db),
    }
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`)
    return 64
  }

  const dir = mkdtempSync(join(tmpdir(), 'toasoan-search-bench-'))
  try {
    const file = join(dir, 'articles.jsonl')
    process.stderr.write(`generating ${options.articles} articles… `)
    const { bytes } = await writeArticles(file, options.articles)
    process.stderr.write(`${(bytes / 1024 / 1024).toFixed(0)} MB\n`)
    const reports: DbReport[] = []
    for (const db of options.db) reports.push(await benchOne(db, file, dir, options))
    printReport(reports)
    mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true })
    writeFileSync(OUT_FILE, JSON.stringify({ at: new Date().toISOString(), articles: options.articles, reports }, null, 2))
    process.stdout.write(`\nwritten to ${OUT_FILE}\n`)
    return 0
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function benchOne(db: 'sqlite' | 'postgres', file: string, dir: string, options: Options): Promise<DbReport> {
  const schema = `bench_search_${randomBytes(4).toString('hex')}`
  const dbFile = join(dir, 'bench.db')
  const database = db === 'sqlite' ? await connectDatabase(`sqlite:${dbFile}`) : await connectDatabase(options.postgresUrl, { schema })
  try {
    await migrateToLatest(database)
    process.stderr.write(`[${db}] importing… `)
    let started = performance.now()
    await importJsonl(database.db, file, { reservedPrefixes: reservedPrefixesOf(PORTAL_MODULES) })
    const importSeconds = (performance.now() - started) / 1000
    // What autovacuum would soon do on a live portal: the planner needs statistics of the new rows.
    if (db === 'postgres') await sql`ANALYZE`.execute(database.db)
    process.stderr.write(`${importSeconds.toFixed(1)} s\n[${db}] building the search index… `)
    const search = searchOutsideThePortal(database)
    started = performance.now()
    const indexed = await search.rebuild()
    const reindexSeconds = (performance.now() - started) / 1000
    process.stderr.write(`${indexed} articles in ${reindexSeconds.toFixed(1)} s\n`)
    const sizes = await databaseSize(database, dbFile)
    const latencies = await measure(db, search, options.queries)
    return { db, articles: indexed, importSeconds, reindexSeconds, ...sizes, latencies }
  } finally {
    await database.close()
    if (db === 'sqlite') for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true })
    else await adminQuery(options.postgresUrl, `DROP SCHEMA IF EXISTS ${schema} CASCADE`)
  }
}

async function databaseSize(database: DatabaseHandle, dbFile: string): Promise<{ databaseMb: number; indexMb: number }> {
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10
  if (database.dialect === 'sqlite') {
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(database.db)
    const total = statSync(dbFile).size + (existsSync(`${dbFile}-wal`) ? statSync(`${dbFile}-wal`).size : 0)
    const index = await sql<{ bytes: number }>`SELECT SUM(pgsize) AS bytes FROM dbstat WHERE name LIKE 'search%'`.execute(database.db).then((r) => Number(r.rows[0]?.bytes ?? 0), () => 0)
    return { databaseMb: mb(total), indexMb: mb(index) }
  }
  const rows = await sql<{ total: string; index: string }>`SELECT
      (SELECT SUM(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r') AS total,
      pg_total_relation_size('search_documents') AS index`.execute(database.db)
  return { databaseMb: mb(Number(rows.rows[0]!.total)), indexMb: mb(Number(rows.rows[0]!.index)) }
}

// ── queries ───────────────────────────────────────────────────────────────────────────

/** Syllable runs as they occur in the vocabulary, so 2- and 3-syllable queries are real words and phrases. */
function phrasesOfVocabulary(): string[][] {
  const texts = [...words.TOPICS, ...words.EVENTS, ...words.ORGANISATIONS, ...words.PLACES, ...words.SUBJECTS, ...words.OUTCOMES, ...words.TALLIES, ...words.TAGS]
  return texts.map((t) => t.split(/[^\p{L}\p{N}]+/u).filter(Boolean))
}

function runOf(random: Random, phrases: string[][], length: number): string[] {
  for (;;) {
    const phrase = random.pick(phrases)
    if (phrase.length < length) continue
    const start = random.int(0, phrase.length - length)
    return phrase.slice(start, start + length)
  }
}

// Syllables that look Vietnamese and are in no generated article.
const ABSENT = ['ngoẵng', 'khuýp', 'quềnh', 'phưỡm', 'giuých', 'thoẳm', 'nghoèo', 'trưỡi']

function queriesOf(kind: string, random: Random, n: number): string[] {
  const phrases = phrasesOfVocabulary()
  // Half the readers type without diacritics.
  const typed = (syllables: string[]) => {
    const text = syllables.join(' ')
    return random.next() < 0.5 ? text.toLowerCase() : text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase()
  }
  return Array.from({ length: n }, () => {
    switch (kind) {
      case '1 syllable': return typed(runOf(random, phrases, 1))
      case '2 syllables': return typed(runOf(random, phrases, 2))
      case '3 syllables': return typed(runOf(random, phrases, 3))
      case 'phrase': return `"${typed(runOf(random, phrases, random.int(2, 3)))}"`
      default: return `${random.pick(ABSENT)} ${random.pick(ABSENT)}`
    }
  })
}

const KINDS = ['1 syllable', '2 syllables', '3 syllables', 'phrase', 'no hits'] as const

async function measure(db: string, search: Search, n: number): Promise<Latency[]> {
  const random = createRandom(20261129)
  const out: Latency[] = []
  // Warm-up: the first queries of a cold process pay for compiling and for the page cache of the database.
  for (const q of queriesOf('2 syllables', createRandom(1), 30)) await search.search({ query: parseQuery(q), filters: {}, order: 'relevance', page: 1 })
  for (const kind of KINDS) {
    const times: number[] = []
    let hits = 0
    for (const q of queriesOf(kind, random, n)) {
      const started = performance.now()
      const results = await search.search({ query: parseQuery(q), filters: {}, order: 'relevance', page: 1 })
      times.push(performance.now() - started)
      hits += results.total
      if (kind === 'no hits' && results.total > 0) throw new Error(`the no-hit query "${q}" found ${results.total} articles`)
    }
    times.sort((a, b) => a - b)
    const at = (p: number) => round(times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!)
    out.push({ kind, queries: n, p50: at(50), p95: at(95), p99: at(99), max: round(times.at(-1)!), meanHits: Math.round(hits / n) })
    process.stderr.write(`[${db}] ${kind}: p50 ${at(50)} ms, p95 ${at(95)} ms\n`)
  }
  return out
}

// ── report ────────────────────────────────────────────────────────────────────────────

function printReport(reports: DbReport[]): void {
  for (const r of reports) {
    const target = TARGET_P95_MS[r.db]
    process.stdout.write(`\n${r.db}: ${r.articles} articles; full reindex ${r.reindexSeconds.toFixed(1)} s (target < ${TARGET_REINDEX_S} s: ${r.reindexSeconds < TARGET_REINDEX_S ? 'met' : 'MISSED'}); ` +
      `database ${r.databaseMb} MB, of which search ${r.indexMb} MB; import ${r.importSeconds.toFixed(1)} s\n`)
    process.stdout.write('| query | p50 ms | p95 ms | p99 ms | max ms | ranked matches (mean) | p95 target |\n|---|---:|---:|---:|---:|---:|---|\n')
    for (const l of r.latencies) {
      process.stdout.write(`| ${l.kind} | ${l.p50} | ${l.p95} | ${l.p99} | ${l.max} | ${l.meanHits} | < ${target} ms: ${l.p95 < target ? 'met' : 'MISSED'} |\n`)
    }
  }
}
