import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { send as sendTo, signInOverHttp, type SendOptions } from '../test/support/http-client.ts'
import { TestNginx } from '../test/support/nginx.ts'
import { writeArticles } from './generate-articles.ts'
import { freePort, killAllChildren, spawnNode, stopChild, waitUntilReady, type NodeChild } from './processes.ts'
import { CONNECTIONS, runWrk, THREADS, wrkInstalled, type WrkResult } from './wrk.ts'

// `npm run bench -- cluster`: two portal instances on PostgreSQL and Redis behind nginx
// (deploy/nginx/toasoan.conf), on this machine. Measures the cached article page through
// nginx against one instance alone, and how long a publish on instance A takes to show on
// instance B (polling B from the moment A acknowledged the save).

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OUT_FILE = join(ROOT, 'bench', 'out', 'cluster.json')
const ARTICLE = '/tin-tuc/dan-van/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-trien-khai-nhiem-vu-nam-2021'
const ADMIN_EMAIL = 'bench@example.vn'
const ADMIN_PASSWORD = randomBytes(18).toString('base64url')

const USAGE = `usage: npm run bench -- cluster [options]

Two instances (src/main.ts) on a fresh PostgreSQL database and the machine's Redis, behind
Debian's nginx with deploy/nginx/toasoan.conf. Needs nginx, wrk, PostgreSQL and Redis.

options:
  --articles N    articles to import (default 10000)
  --duration S    seconds per wrk run, after a 2 s warm-up (default 5)
  --rounds R      interleaved rounds of the throughput runs (default 3)
  --publishes P   publishes on A to time on B (default 100)
  --postgres URL  admin connection to create the bench database in (default postgres://postgres@127.0.0.1:5432/test)
  --redis URL     (default redis://127.0.0.1:6379)
`

export async function runClusterBench(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv, strict: true,
    options: {
      articles: { type: 'string', default: '10000' }, duration: { type: 'string', default: '5' }, rounds: { type: 'string', default: '3' },
      publishes: { type: 'string', default: '100' }, postgres: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/test' },
      redis: { type: 'string', default: 'redis://127.0.0.1:6379' }, help: { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  const options = {
    articles: Number(values.articles), duration: Number(values.duration), rounds: Number(values.rounds), publishes: Number(values.publishes),
  }
  if (!wrkInstalled()) throw new Error('wrk is missing: apt-get install -y wrk')

  const tempDir = mkdtempSync(join(tmpdir(), 'toasoan-cluster-bench-'))
  const database = `toasoan_bench_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: values.postgres })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${database}`)
  const databaseUrl = Object.assign(new URL(values.postgres), { pathname: `/${database}` }).toString()
  let nginx: TestNginx | undefined
  const instances: NodeChild[] = []
  try {
    const file = join(tempDir, 'articles.jsonl')
    await writeArticles(file, options.articles)
    await runCli(['import-jsonl', file], databaseUrl)
    await runCli(['create-admin', ADMIN_EMAIL, 'Bench'], databaseUrl, `${ADMIN_PASSWORD}\n`)
    console.log(`imported ${options.articles.toLocaleString('en-US')} articles into PostgreSQL database ${database}`)

    const ports = [await freePort(), await freePort()] as [number, number]
    for (const [i, port] of ports.entries()) {
      const child = spawnNode(`instance ${'AB'[i]}`, ROOT, 'src/main.ts', [], {
        ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: values.redis, PORT: String(port), HOST: '127.0.0.1',
        SEED_DEMO: 'false', LOG_LEVEL: 'warn', MEDIA_DIR: join(tempDir, 'media'), WEATHER_URL: 'http://127.0.0.1:9/v1/forecast',
      })
      instances.push(child)
      await waitUntilReady(child, `http://127.0.0.1:${port}/healthz`)
    }
    const [a, b] = ports.map((p) => `http://127.0.0.1:${p}`) as [string, string]
    nginx = await TestNginx.start(ports)
    console.log(`instances on ${ports.join(' and ')}, nginx on ${nginx.port}`)

    const cases = [{ name: 'one instance, cached article', url: a + ARTICLE }, { name: 'nginx → two instances, cached article', url: nginx.url + ARTICLE }]
    const rounds: WrkResult[][] = []
    for (let round = 1; round <= options.rounds; round++) {
      process.stderr.write(`round ${round} of ${options.rounds}\n`)
      const results: WrkResult[] = []
      for (const c of cases) {
        await runWrk(c.url, 2)
        const result = await runWrk(c.url, options.duration)
        process.stderr.write(`  ${c.name}: ${Math.round(result.requestsPerSecond).toLocaleString('en-US')} req/s\n`)
        results.push(result)
      }
      rounds.push(results)
    }
    const ratios = rounds.map((r) => r[1]!.requestsPerSecond / r[0]!.requestsPerSecond)
    const medianRound = rounds[ratios.indexOf([...ratios].sort((x, y) => x - y)[Math.floor(ratios.length / 2)]!)]!

    const visibility = await timePublishes(a, b, databaseUrl, options.publishes)

    console.log('')
    console.log('| case | req/s | p50 ms | p99 ms | errors |')
    console.log('|---|---:|---:|---:|---:|')
    for (const [i, c] of cases.entries()) {
      const r = medianRound[i]!
      console.log(`| ${c.name} | ${Math.round(r.requestsPerSecond).toLocaleString('en-US')} | ${r.p50Ms.toFixed(2)} | ${r.p99Ms.toFixed(2)} | ${r.non2xx + r.socketErrors} |`)
    }
    console.log(`\nnginx / one instance: ${ratios.map((r) => r.toFixed(2)).join(' ')} (median ${(medianRound[1]!.requestsPerSecond / medianRound[0]!.requestsPerSecond).toFixed(2)}; target ≥ 1)`)
    console.log(`publish on A → visible on B, over ${options.publishes} publishes: p50 ${visibility.p50.toFixed(1)} ms, p99 ${visibility.p99.toFixed(1)} ms, max ${visibility.max.toFixed(1)} ms (target p99 < 1000 ms); stale reads after: ${visibility.staleAfter}`)
    console.log(`node ${process.version}, ${availableParallelism()} CPUs; wrk -t${THREADS} -c${CONNECTIONS} -d${options.duration}s; everything on this one machine`)
    mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true })
    writeFileSync(OUT_FILE, JSON.stringify({ date: new Date().toISOString(), options, cases: cases.map((c, i) => ({ ...c, rounds: rounds.map((r) => r[i]) })), ratios, visibility }, null, 2) + '\n')
    // Like the main bench: 0 whether the targets pass or miss; a failure to run throws.
    return 0
  } finally {
    await nginx?.stop()
    await Promise.all(instances.map((child) => stopChild(child)))
    killAllChildren()
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => {})
    await admin.end()
    rmSync(tempDir, { recursive: true, force: true })
  }
}

async function runCli(args: string[], databaseUrl: string, input?: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' }, stdio: ['pipe', 'ignore', 'inherit'],
  })
  child.stdin!.end(input ?? '')
  const code = await new Promise((resolve) => child.once('exit', resolve))
  if (code !== 0) throw new Error(`toasoan ${args[0]} exited with ${code}`)
}

interface Visibility { p50: number; p99: number; max: number; staleAfter: number; samplesMs: number[] }

/** Edits the article's title through A's newsroom, then polls B until the new title shows. */
async function timePublishes(a: string, b: string, databaseUrl: string, count: number): Promise<Visibility> {
  const cookie = await signIn(a)
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  const { rows: [article] } = await db.query('select * from articles where slug = $1', [ARTICLE.split('/').at(-1)])
  const { rows: tags } = await db.query('select t.name from article_tags a join tags t on t.id = a.tag_id where a.article_id = $1 order by a.position', [article.id])
  await db.end()
  const samples: number[] = []
  let staleAfter = 0
  for (let i = 1; i <= count; i++) {
    const marker = `(bản ${i})`
    const form = await send(a, 'GET', `/toa-soan/bai-viet/${article.id}`, cookie)
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!
    const saved = await send(a, 'POST', `/toa-soan/bai-viet/${article.id}`, cookie, {
      _csrf: csrf, title: `${article.title.replace(/ \(bản \d+\)$/, '')} ${marker}`, lead: article.lead, bodyHtml: article.body_html,
      categoryId: String(article.category_id), bylineKind: article.byline_kind, bylineName: article.byline_name, source: article.source,
      tags: tags.map((t: { name: string }) => t.name).join(', '), slug: article.slug, seoTitle: article.seo_title, seoDescription: article.seo_description,
      expiresAt: '', leadImageId: article.lead_image_id ? String(article.lead_image_id) : '',
    })
    if (saved.status !== 303) throw new Error(`saving on A answered ${saved.status}`)
    const acknowledged = performance.now()
    while (!(await send(b, 'GET', ARTICLE)).body.includes(marker)) {
      if (performance.now() - acknowledged > 10_000) throw new Error(`publish ${i} not visible on B after 10 s`)
    }
    samples.push(performance.now() - acknowledged)
    for (const base of [b, a, b]) if (!(await send(base, 'GET', ARTICLE)).body.includes(marker)) staleAfter++
  }
  const sorted = [...samples].sort((x, y) => x - y)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!
  return { p50: at(0.5), p99: at(0.99), max: sorted.at(-1)!, staleAfter, samplesMs: samples }
}

async function signIn(base: string): Promise<string> {
  const session = await signInOverHttp(base, ADMIN_EMAIL, ADMIN_PASSWORD)
  if (!session) throw new Error(`could not sign in to ${base}`)
  return session
}

const send = (base: string, method: 'GET' | 'POST', path: string, cookie = '', form?: Record<string, string>) =>
  sendTo(base + path, method, { cookie, ...(form ? { form } : {}) } satisfies SendOptions)
