import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { setTimeout as sleep } from 'node:timers/promises'
import { freePort, killAllChildren, spawnNode, stopChild, waitUntilReady } from './processes.ts'

// `npm run bench -- uploads`: the audit's attack (issue 11), replayed against the portal as a
// process of its own: N anonymous multipart posts of M MB at once to /toa-soan/anh. Each should
// be refused before its body is read, so the portal's memory (RSS) should hardly move.

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const TARGET_GROWTH_MB = 50

const USAGE = `usage: npm run bench -- uploads [options]

options:
  --posts N     anonymous uploads sent at once (default 60)
  --mb M        size of each body in MB (default 14)
  --url PATH    where they are sent (default /toa-soan/anh)
`

interface Outcome { status: number | string; sentMb: number }

export async function runUploadsBench(argv: string[]): Promise<number> {
  let posts: number, mb: number, path: string
  try {
    const { values } = parseArgs({ args: argv, options: {
      posts: { type: 'string', default: '60' }, mb: { type: 'string', default: '14' }, url: { type: 'string', default: '/toa-soan/anh' }, help: { type: 'boolean', default: false },
    }, strict: true })
    if (values.help) { process.stdout.write(USAGE); return 0 }
    posts = Number(values.posts)
    mb = Number(values.mb)
    path = values.url
    if (!Number.isInteger(posts) || posts < 1 || !(mb > 0)) throw new Error('--posts and --mb must be positive numbers')
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`)
    return 64
  }

  const dir = mkdtempSync(join(tmpdir(), 'toasoan-uploads-bench-'))
  const port = await freePort()
  const portal = spawnNode('portal', ROOT, 'src/main.ts', [], {
    ...process.env, DATABASE_URL: `sqlite:${join(dir, 'bench.db')}`, PORT: String(port), HOST: '127.0.0.1', SEED_DEMO: 'false',
    LOG_LEVEL: 'warn', MEDIA_DIR: join(dir, 'media'), WEATHER_URL: 'http://127.0.0.1:9/v1/forecast',
  })
  try {
    const base = `http://127.0.0.1:${port}`
    await waitUntilReady(portal, `${base}/healthz`)
    await sleep(1000)
    const pid = portal.process.pid!
    const before = rssMb(pid)
    console.log(`portal pid ${pid}: RSS ${before.toFixed(0)} MB before; sending ${posts} anonymous ${mb} MB posts to ${path} at once`)

    const body = Buffer.alloc(Math.round(mb * 1024 * 1024), 0xff)
    let peak = before
    const sampler = setInterval(() => { peak = Math.max(peak, rssMb(pid)) }, 50)
    const started = Date.now()
    const outcomes = await Promise.all(Array.from({ length: posts }, () => anonymousPost(`${base}${path}`, body)))
    const seconds = (Date.now() - started) / 1000
    clearInterval(sampler)
    const afterAll = rssMb(pid)
    await sleep(2000)
    const settled = rssMb(pid)

    const statuses = new Map<string, number>()
    for (const o of outcomes) statuses.set(String(o.status), (statuses.get(String(o.status)) ?? 0) + 1)
    const sent = outcomes.reduce((sum, o) => sum + o.sentMb, 0)
    const growth = afterAll - before
    console.log(`answered in ${seconds.toFixed(1)} s; statuses: ${[...statuses].map(([s, n]) => `${n} × ${s}`).join(', ')}`)
    console.log(`bytes the client got written before the answer (incl. kernel buffers): ${sent.toFixed(0)} MB of ${(posts * mb).toFixed(0)} MB`)
    console.log(`RSS: ${before.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB, ${afterAll.toFixed(0)} MB right after, ${settled.toFixed(0)} MB 2 s later`)
    const ok = growth <= TARGET_GROWTH_MB && outcomes.every((o) => o.status === 403)
    console.log(`${ok ? 'OK' : 'NOT MET'}: target is every post answered 403 and RSS within ${TARGET_GROWTH_MB} MB of before (grew ${growth.toFixed(0)} MB)`)
    // As the other benches: a missed target is reported, not an exit code; a post that got no answer is.
    return outcomes.every((o) => typeof o.status === 'number') ? 0 : 1
  } finally {
    await stopChild(portal)
    killAllChildren()
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Resident memory of a process, from /proc (Linux). */
function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? 0) / 1024
}

/**
 * One multipart post without a session, as an attacker would send it. The server answers
 * while the body is still going out; the client stops sending as soon as it has the answer.
 */
function anonymousPost(url: string, file: Buffer): Promise<Outcome> {
  const boundary = '----bench-boundary'
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="lon.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`)
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  return new Promise((resolve) => {
    let sent = 0
    let status: number | string | undefined
    const done = (s: number | string) => { status ??= s; resolve({ status, sentMb: sent / 1024 / 1024 }) }
    const req = request(url, {
      method: 'POST', agent: false,
      // As browsers and curl send it. With "Connection: close" Node closes the socket on the
      // unread rest of the body after answering, and the reset can beat the answer.
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': head.length + file.length + tail.length, connection: 'keep-alive' },
    }, (res) => {
      status = res.statusCode ?? 0
      res.resume()
      res.on('end', () => { req.destroy(); done(status!) })
    })
    req.on('error', (error: NodeJS.ErrnoException) => done(status ?? error.code ?? 'error'))
    req.setTimeout(60_000, () => req.destroy(new Error('timeout')))
    // Written in 64 KB pieces, waiting for the socket, so `sent` is what really went out.
    void (async () => {
      for (const piece of [head, ...chunks(file, 64 * 1024), tail]) {
        if (status !== undefined || req.destroyed) return
        sent += piece.length
        if (!req.write(piece)) {
          await new Promise<void>((r) => {
            const go = () => { req.off('drain', go); req.off('close', go); r() }
            req.on('drain', go).on('close', go)
          })
        }
      }
      req.end()
    })()
  })
}

function* chunks(buffer: Buffer, size: number): Generator<Buffer> {
  for (let i = 0; i < buffer.length; i += size) yield buffer.subarray(i, i + size)
}
