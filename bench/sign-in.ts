import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { hashPassword, insertUser } from '../src/features/accounts/index.ts'
import { migrateToLatest } from '../src/migrations/index.ts'
import { connectDatabase } from '../src/platform/db/connect.ts'
import { freePort, killAllChildren, spawnNode, stopChild, waitUntilReady } from './processes.ts'

// `npm run bench -- sign-in`: whether the sign-in answer tells which addresses have accounts.
// The portal runs as its own process (src/main.ts on a fresh SQLite file); sign-ins of each
// kind are sent interleaved and timed from here, and the medians are compared. Each attempt
// comes from its own loopback address (127.0.x.y) and names its own account, so the sign-in
// guard never slows the bench down: what is timed is the answer itself.

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OUT_FILE = join(ROOT, 'bench', 'out', 'sign-in.json')
const PASSWORD = 'mat-khau-do-thoi-gian-1'
const MAX_RATIO = 2

const USAGE = `usage: npm run bench -- sign-in [options]

Times refused sign-ins for an unknown address, a known address with a wrong password and a
deactivated account (and, for reference, successful ones), against the portal started as a
process. Passes when the unknown address's median is within ${MAX_RATIO}× of the wrong password's.

options:
  --attempts N   timed sign-ins of each kind, after 3 of each to warm up (default 15)
`

const KINDS = ['unknown address', 'wrong password', 'deactivated account', 'right password'] as const
type Kind = (typeof KINDS)[number]

export async function runSignInBench(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, strict: true, options: { attempts: { type: 'string', default: '15' }, help: { type: 'boolean', default: false } } })
  if (values.help) {
    process.stdout.write(USAGE)
    return 0
  }
  if (!/^\d+$/.test(values.attempts) || Number(values.attempts) < 1) throw new Error(`--attempts must be a whole number of at least 1 (got "${values.attempts}")`)
  const attempts = Number(values.attempts)
  const warmUp = 3
  const rounds = warmUp + attempts

  const tempDir = mkdtempSync(join(tmpdir(), 'toasoan-sign-in-bench-'))
  process.once('exit', () => {
    killAllChildren()
    rmSync(tempDir, { recursive: true, force: true })
  })
  const databaseUrl = `sqlite:${join(tempDir, 'bench.db')}`
  await prepareAccounts(databaseUrl, rounds)

  const port = await freePort()
  const env = { ...process.env }
  delete env.REDIS_URL
  const portal = spawnNode('portal', ROOT, 'src/main.ts', [], {
    ...env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', SEED_DEMO: 'false', LOG_LEVEL: 'warn',
    MEDIA_DIR: join(tempDir, 'media'), WEATHER_URL: 'http://127.0.0.1:9/v1/forecast',
  })
  const base = `http://127.0.0.1:${port}`
  try {
    await waitUntilReady(portal, `${base}/healthz`)
    const times = new Map<Kind, number[]>(KINDS.map((k) => [k, []]))
    let address = 0
    for (let round = 0; round < rounds; round++) {
      for (const kind of KINDS) {
        const from = loopbackAddress(++address)
        const [email, password, expected] = attemptOf(kind, round)
        const form = await fetchForm(base, from)
        const started = performance.now()
        const status = await postSignIn(base, from, form, email, password)
        const ms = performance.now() - started
        if (status !== expected) throw new Error(`${kind}: the portal answered ${status}, expected ${expected}`)
        if (round >= warmUp) times.get(kind)!.push(ms)
      }
    }
    return report(times, attempts)
  } finally {
    await stopChild(portal)
  }
}

/** One active and one deactivated account per round, so no account is tried twice. */
async function prepareAccounts(databaseUrl: string, rounds: number): Promise<void> {
  const database = await connectDatabase(databaseUrl)
  try {
    await migrateToLatest(database)
    const passwordHash = await hashPassword(PASSWORD)
    const now = new Date()
    for (let i = 0; i < rounds; i++) {
      await insertUser(database.db, { email: `phongvien${i}@example.vn`, name: `Phóng viên ${i}`, passwordHash, role: 'reporter' }, now)
      await insertUser(database.db, { email: `dathoi${i}@example.vn`, name: `Đã thôi ${i}`, passwordHash, role: 'reporter' }, now)
      await insertUser(database.db, { email: `dungmatkhau${i}@example.vn`, name: `Đúng mật khẩu ${i}`, passwordHash, role: 'reporter' }, now)
    }
    await database.db.updateTable('users').set({ is_active: 0 }).where('email', 'like', 'dathoi%').execute()
  } finally {
    await database.close()
  }
}

function attemptOf(kind: Kind, round: number): [email: string, password: string, status: number] {
  switch (kind) {
    case 'unknown address': return [`khongco${round}@example.vn`, 'mot-mat-khau-doan-bua', 422]
    case 'wrong password': return [`phongvien${round}@example.vn`, 'mot-mat-khau-doan-bua', 422]
    case 'deactivated account': return [`dathoi${round}@example.vn`, PASSWORD, 422]
    case 'right password': return [`dungmatkhau${round}@example.vn`, PASSWORD, 303]
  }
}

function loopbackAddress(n: number): string {
  return `127.0.${Math.floor(n / 250) + 1}.${(n % 250) + 2}`
}

interface Form { cookie: string; token: string }

async function fetchForm(base: string, from: string): Promise<Form> {
  const { headers, body } = await send(base, from, 'GET', '/toa-soan/dang-nhap')
  const cookie = [headers['set-cookie'] ?? []].flat().map((c) => c.split(';')[0]!).find((c) => c.startsWith('ts_csrf='))
  const token = /name="_csrf" value="([^"]+)"/.exec(body)?.[1]
  if (!cookie || !token) throw new Error('the sign-in form came without its CSRF cookie or token')
  return { cookie, token }
}

async function postSignIn(base: string, from: string, form: Form, email: string, password: string): Promise<number> {
  const payload = new URLSearchParams({ _csrf: form.token, email, password, tiep: '/toa-soan' }).toString()
  return (await send(base, from, 'POST', '/toa-soan/dang-nhap', { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload)).status
}

function send(base: string, from: string, method: string, path: string, headers: Record<string, string> = {}, payload = ''): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(base + path, { method, headers, localAddress: from, timeout: 30_000 }, (res) => {
      let body = ''
      res.setEncoding('utf8').on('data', (chunk: string) => { body += chunk })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      res.on('error', reject)
    })
    req.on('timeout', () => req.destroy(new Error(`${method} ${path} timed out`)))
    req.on('error', reject)
    req.end(payload)
  })
}

function report(times: Map<Kind, number[]>, attempts: number): number {
  const medians = new Map(KINDS.map((k) => [k, median(times.get(k)!)]))
  const baseline = medians.get('wrong password')!
  console.log(`\nsign-in answers, ${attempts} of each kind, median ms (and ratio to a wrong password):`)
  for (const kind of KINDS) {
    const ms = medians.get(kind)!
    console.log(`  ${kind.padEnd(20)} ${ms.toFixed(1).padStart(8)} ms   ×${(ms / baseline).toFixed(2)}`)
  }
  const ratio = medians.get('unknown address')! / baseline
  const pass = ratio <= MAX_RATIO && ratio >= 1 / MAX_RATIO
  console.log(`\nunknown address / wrong password: ${ratio.toFixed(2)} (target: within ${MAX_RATIO}× either way) ${pass ? 'PASS' : 'MISS'}`)
  mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true })
  writeFileSync(OUT_FILE, JSON.stringify({ at: new Date().toISOString(), attempts, medians: Object.fromEntries(medians), ratio, pass }, null, 2) + '\n')
  console.log(`written to ${OUT_FILE}`)
  return 0
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
