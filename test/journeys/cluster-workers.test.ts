import assert from 'node:assert/strict'
import Database from 'better-sqlite3'
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { send, signInOverHttp } from '../support/http-client.ts'
import { eventually, freePort } from '../support/wait.ts'
import { entryPoint } from '../support/entry-point.ts'

// `npm start -- --workers 2` as an operator runs it: one primary, two workers on one port,
// SQLite in a file. Each request below opens its own connection, so the primary hands them
// to the workers in turn and both keep their own copy of each page.
let dir: string
let primary: ChildProcess
let base: string
let password = ''
let primaryLog = ''
/** Workers the primary has said are listening (a process that exists may not take connections yet). */
const listening = new Set<number>()

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'toasoan-cluster-'))
  const port = await freePort()
  base = `http://127.0.0.1:${port}`
  primary = spawn(process.execPath, [...entryPoint('main'), '--workers', '2'], {
    env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'portal.db')}`, MEDIA_DIR: join(dir, 'media'), PORT: String(port), LOG_LEVEL: 'error', WEATHER_URL: 'http://127.0.0.1:9/v1/forecast', REDIS_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  primary.stdout!.setEncoding('utf8').on('data', (text: string) => {
    password ||= /password \(shown only now\): (\S+)/.exec(text)?.[1] ?? ''
    for (const [, pid] of text.matchAll(/worker (\d+) listening/g)) listening.add(Number(pid))
  })
  primary.stderr!.setEncoding('utf8').on('data', (text: string) => {
    primaryLog += text
    process.stderr.write(text)
  })
  await eventually(async () => (await get('/healthz').catch(() => undefined))?.status === 200, 'the workers answer', 60_000)
  await eventually(() => workerPids().length === 2 && workerPids().every((pid) => listening.has(pid)), 'two workers listen', 30_000)
})
after(async () => {
  primary.kill('SIGTERM')
  await new Promise((resolve) => primary.once('exit', resolve))
  rmSync(dir, { recursive: true, force: true })
})

test('two workers serve one port, and a change made through one is seen through both at once', async () => {
  for (let i = 0; i < 4; i++) assert.match((await get('/')).body, /Ban Dân vận/)
  const cookie = await signIn()
  const settings = await get('/toa-soan/quan-tri/cai-dat', cookie)
  const fields = Object.fromEntries([
    ...[...settings.body.matchAll(/<input id="f-(\w+)" name="\w+" type="[^"]*"[^>]* value="([^"]*)"/g)].map((m) => [m[1]!, decode(m[2]!)]),
    ...[...settings.body.matchAll(/<textarea id="f-(\w+)" name="\w+"[^>]*>([^<]*)<\/textarea>/g)].map((m) => [m[1]!, decode(m[2]!)]),
  ])
  const token = /name="_csrf" value="([^"]+)"/.exec(settings.body)![1]!
  const saved = await post('/toa-soan/quan-tri/cai-dat', cookie, { ...fields, name: 'Cổng thông tin thử nghiệm cụm', _csrf: token })
  assert.equal(saved.status, 303, JSON.stringify(fields) + saved.body.slice(saved.body.indexOf('<main'), saved.body.indexOf('<main') + 1500))
  // Round-robin: without the relay, one of these would come from a worker's stale copy.
  for (let i = 0; i < 6; i++) assert.match((await get('/')).body, /Cổng thông tin thử nghiệm cụm/, `request ${i}`)
})

test('a worker killed with SIGKILL under load is replaced while the other keeps serving, and no acknowledged comment is lost', async () => {
  // Spread over the demo's articles: each article takes at most 60 comments an hour.
  const articleIds = (new Database(join(dir, 'portal.db'), { readonly: true })
    .prepare("select id from articles where status = 'published'").all() as { id: number }[]).map((r) => r.id)
  const acknowledged: string[] = []
  let writing = true
  // Readers' comments keep arriving, each from its own address (nginx would say so in X-Forwarded-For).
  const writer = (async () => {
    for (let i = 1; writing; i++) {
      const body = `Ý kiến thứ ${i} gửi trong lúc máy chủ đang bận`
      const res = await post(`/y-kien/${articleIds[i % articleIds.length]}`, '', { name: 'Bạn đọc', email: `bandoc${i}@example.vn`, body }, { 'x-forwarded-for': `198.51.100.${i % 250}` }).catch(() => undefined)
      if (res?.status === 200) acknowledged.push(body)
    }
  })()
  try {
    await eventually(() => acknowledged.length >= 3, 'comments are being accepted')

    const [victim, survivor] = workerPids()
    process.kill(victim!, 'SIGKILL')
    // Gone once the primary has noticed (a dead worker lingers as a zombie until then).
    await eventually(() => primaryLog.includes(`worker ${victim} stopped`), 'the primary notices the killed worker')
    for (let i = 0; i < 6; i++) assert.equal((await get('/')).status, 200, `request ${i} after the kill`)
    await eventually(() => workerPids().length === 2 && workerPids().includes(survivor!) && workerPids().every((pid) => listening.has(pid)), () => `the primary starts a replacement (workers ${workerPids().join(', ')}; listening ${[...listening].join(', ')})`, 60_000)
    const countAtReplacement = acknowledged.length
    await eventually(() => acknowledged.length > countAtReplacement + 2, 'comments are accepted again')
  } finally {
    writing = false
    await writer
  }

  const stored = new Set((new Database(join(dir, 'portal.db'), { readonly: true })
    .prepare('select body from comments').all() as { body: string }[]).map((r) => r.body))
  const lost = acknowledged.filter((body) => !stored.has(body))
  assert.deepEqual(lost, [], `${acknowledged.length} acknowledged`)
  assert.match((await get('/')).body, /Cổng thông tin thử nghiệm cụm/)
})

/** The primary's worker processes (tsx also gives it an esbuild child, which is not one). */
function workerPids(): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(primary.pid), '-f', 'src/main\\.'], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number)
  } catch {
    return []
  }
}

const get = (path: string, cookie?: string) => send(base + path, 'GET', { cookie, newConnection: true })
const post = (path: string, cookie: string, form: Record<string, string>, headers?: Record<string, string>) => send(base + path, 'POST', { cookie, form, headers, newConnection: true })

async function signIn(): Promise<string> {
  assert.ok(password, 'the demo administrator password was printed')
  const session = await signInOverHttp(base, 'quantri@example.vn', password, true)
  assert.ok(session, 'signed in')
  return session
}

function decode(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
}
