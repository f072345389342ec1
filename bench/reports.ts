import { parseArgs } from 'node:util'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { migrateToLatest } from '../src/migrations/index.ts'
import { connectDatabase } from '../src/platform/db/connect.ts'
import { reportXlsx } from '../src/features/reports/report-files.ts'
import { buildReport } from '../src/features/reports/report.ts'
import { adminQuery, DATABASE_OPTIONS, databasesOf, round, whole, type BenchDb } from './database-options.ts'
import { createRandom } from './generate-articles.ts'
import * as words from './vocabulary.ts'

// `npm run bench -- reports`: the reports page's work (issue 16) over a year of a busy portal's
// articles, generated straight into the database: one month's report, the whole year's, and the
// year's XLSX, each timed, with the process's peak memory. The articles are read 500 at a time,
// so the peak should grow little with the period.

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OUT_FILE = join(ROOT, 'bench', 'out', 'reports.json')
const TARGET_YEAR_MS = 10_000

const USAGE = `usage: npm run bench -- reports [options]

options:
  --articles N    articles to generate over 2026 (default 20000)
  --db WHICH      sqlite, postgres or both (default both)
  --postgres URL  admin connection to create the bench database in
`

const NAMES = ['Lê Hải', 'Nguyễn Thị Thu Hà', 'Phạm Văn Lộc', 'Trần Minh Tuấn', 'Võ Ngọc Anh', 'Bùi Thị Mai', 'Hồ Văn Sang', 'Phan Thanh Bình']
const SPELLINGS = (name: string) => [name, name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D'), name.toLowerCase()]

export async function runReportsBench(argv: string[]): Promise<number> {
  let articles: number
  let dbs: BenchDb[]
  let postgresUrl: string
  try {
    const { values } = parseArgs({ args: argv, options: { articles: { type: 'string', default: '20000' }, ...DATABASE_OPTIONS }, strict: true })
    if (values.help) { process.stdout.write(USAGE); return 0 }
    articles = whole('--articles', values.articles)
    dbs = databasesOf(values.db)
    postgresUrl = values.postgres
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`)
    return 64
  }
  const results = []
  for (const db of dbs) results.push(await runOn(db, articles, postgresUrl))
  mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true })
  writeFileSync(OUT_FILE, `${JSON.stringify({ at: new Date().toISOString(), articles, results }, null, 2)}\n`)
  for (const r of results) {
    console.log(`[${r.db}] ${articles} articles: a month ${r.monthMs} ms, the year ${r.yearMs} ms (target ${TARGET_YEAR_MS} ms), its XLSX ${r.xlsxMs} ms (${r.xlsxKb} KB); peak RSS ${r.peakRssMb} MB (${r.baseRssMb} MB before)`)
  }
  console.log(`written to ${OUT_FILE}`)
  return results.every((r) => r.yearMs <= TARGET_YEAR_MS) ? 0 : 1
}

async function runOn(db: BenchDb, count: number, postgresUrl: string) {
  const dir = mkdtempSync(join(tmpdir(), 'toasoan-reports-bench-'))
  const name = `toasoan_reports_bench_${process.pid}`
  let url = `sqlite:${join(dir, 'bench.sqlite')}`
  if (db === 'postgres') {
    await adminQuery(postgresUrl, `CREATE DATABASE ${name}`)
    url = Object.assign(new URL(postgresUrl), { pathname: `/${name}` }).toString()
  }
  const database = await connectDatabase(url)
  try {
    await migrateToLatest(database)
    process.stderr.write(`[${db}] generating ${count} articles… `)
    const started = performance.now()
    await generate(database.db, count)
    process.stderr.write(`${((performance.now() - started) / 1000).toFixed(1)} s\n`)
    global.gc?.()
    const baseRss = process.memoryUsage().rss
    let peak = baseRss
    const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss) }, 20)
    const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => { const t = performance.now(); const out = await work(); return [out, round(performance.now() - t)] }
    const [, monthMs] = await timed(() => buildReport(database.db, { from: '2026-06-01', to: '2026-06-30' }))
    const [year, yearMs] = await timed(() => buildReport(database.db, { from: '2026-01-01', to: '2026-12-31' }))
    const [xlsx, xlsxMs] = await timed(() => reportXlsx(year))
    clearInterval(sampler)
    peak = Math.max(peak, process.memoryUsage().rss)
    const mb = (b: number) => Math.round(b / 1024 / 1024)
    return { db, monthMs, yearMs, xlsxMs, xlsxKb: Math.round(xlsx.length / 1024), baseRssMb: mb(baseRss), peakRssMb: mb(peak) }
  } finally {
    await database.close()
    rmSync(dir, { recursive: true, force: true })
    if (db === 'postgres') await adminQuery(postgresUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  }
}

async function generate(db: Awaited<ReturnType<typeof connectDatabase>>['db'], count: number): Promise<void> {
  const random = createRandom(16)
  const now = new Date().toISOString()
  const categoryIds: number[] = []
  for (const [i, category] of ['Dân vận', 'Kinh tế', 'Xã hội', 'Văn hóa', 'Thể thao', 'Pháp luật'].entries()) {
    const row = await db.insertInto('categories').values({ parent_id: null, slug: `muc-${i}`, name: category, description: '', position: i, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow()
    categoryIds.push(row.id)
  }
  const yearStart = Date.parse('2025-12-31T17:00:00Z')
  const yearMs = 365 * 24 * 3600_000
  for (let done = 0; done < count; done += 500) {
    const rows = []
    for (let i = done; i < Math.min(count, done + 500); i++) {
      const paragraphs = Array.from({ length: random.int(2, 12) }, () => `<p>${random.pick(words.SUBJECTS)} ${random.pick(words.VERBS)} ${random.pick(words.TOPICS)} tại ${random.pick(words.PLACES)}, ${random.pick(words.OUTCOMES)}.</p>`)
      const author = random.pick(SPELLINGS(random.pick(NAMES)))
      if (random.next() < 0.4) paragraphs.push(`<figure><img src="https://example.vn/${i}.jpg" alt="Ảnh"><figcaption>Quang cảnh. Ảnh: ${random.pick(NAMES)}</figcaption></figure>`)
      rows.push({
        slug: `bai-${i}`, title: `Bài ${i}`, lead: '', body_html: paragraphs.join(''), byline_kind: random.pick(['Bài', 'Bài và ảnh', 'T/h', 'Theo']),
        byline_name: random.next() < 0.1 ? `${author}, ${random.pick(NAMES)}` : author, source: '', category_id: random.pick(categoryIds), status: 'published',
        published_at: new Date(yearStart + Math.floor(random.next() * yearMs)).toISOString(), expires_at: null, lead_image_url: null, lead_image_alt: '', lead_image_caption: '',
        seo_title: '', seo_description: '', created_at: now, updated_at: now,
      })
    }
    await db.insertInto('articles').values(rows).execute()
  }
}
