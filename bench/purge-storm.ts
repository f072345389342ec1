import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import type { EventLoopDelayReport } from '../src/platform/event-loop-report.ts'
import { send, signInOverHttp } from '../test/support/http-client.ts'
import type { NodeChild } from './processes.ts'

// The purge storm: something every page shows changes (here an administrator adds a group to
// the "Liên kết website" block, which purges every cached page, as a "Đọc nhiều" change or a
// weather report does) and a spike of readers then asks for one distinct article each.
// Measured: the latency of those first requests and the portal's event-loop delay (read
// inside the process, EVENT_LOOP_REPORT), each against the same requests answered from the
// cache in the same round.

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const ADMIN_EMAIL = 'bench-purge@example.vn'
const ADMIN_PASSWORD = randomBytes(18).toString('base64url')
/** What a browser sends: the first answer's compression is part of what is measured. */
const READER_HEADERS = { 'accept-encoding': 'gzip, deflate, br' }
/** Background recompression of the storm's pages has finished by then (~1 ms a page, one at a time). */
const SETTLE_MS = 2000

export interface StormPhase {
  p50Ms: number
  p99Ms: number
  loop: EventLoopDelayReport
  /** Requests that failed (reset, timed out, not 200) and were asked again once. */
  failed: number
}

export interface StormRound {
  cached: StormPhase
  afterPurge: StormPhase
  /** After the purge / from the cache. */
  p99Ratio: number
  loopP99Ratio: number
  loopMaxRatio: number
}

export interface StormPortal {
  child: NodeChild
  baseUrl: string
  /** The EVENT_LOOP_REPORT file the portal was started with. */
  loopReportFile: string
}

/** Run before the portal starts: the administrator whose newsroom edit purges every page. */
export async function createStormAdministrator(databaseUrl: string): Promise<void> {
  const cli = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'create-admin', ADMIN_EMAIL, 'Bench'], {
    cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' }, stdio: ['pipe', 'ignore', 'inherit'],
  })
  cli.stdin!.end(`${ADMIN_PASSWORD}\n`)
  const code = await new Promise((resolve) => cli.once('exit', resolve))
  if (code !== 0) throw new Error(`toasoan create-admin exited with ${code}`)
}

export class PurgeStorm {
  private constructor(
    private readonly portal: StormPortal,
    private readonly session: string,
    readonly paths: string[],
    private readonly connections: number,
  ) {}

  /** Signs in, takes `pages` article addresses from the sitemap and fills the cache with them. */
  static async prepare(portal: StormPortal, pages: number, connections: number): Promise<PurgeStorm> {
    const step = <T>(name: string, work: Promise<T>) => work.catch((error: Error) => {
      throw new Error(`purge storm, ${name}: ${error.message}`)
    })
    const session = await step('signing in', signInOverHttp(portal.baseUrl, ADMIN_EMAIL, ADMIN_PASSWORD))
    if (!session) throw new Error('purge storm: could not sign in as the bench administrator')
    const paths = await step('reading the sitemap', articlePaths(portal.baseUrl, pages))
    const storm = new PurgeStorm(portal, session, paths, connections)
    await step('filling the cache', storm.readEveryPage())
    await storm.loopDelay() // starts the portal's measuring
    return storm
  }

  async round(number: number): Promise<StormRound> {
    const cached = await this.phase()
    await this.purgeEverything(number)
    const afterPurge = await this.phase()
    await sleep(SETTLE_MS)
    return {
      cached,
      afterPurge,
      p99Ratio: afterPurge.p99Ms / cached.p99Ms,
      loopP99Ratio: afterPurge.loop.p99Ms / Math.max(cached.loop.p99Ms, 0.001),
      loopMaxRatio: afterPurge.loop.maxMs / Math.max(cached.loop.maxMs, 0.001),
    }
  }

  private async phase(): Promise<StormPhase> {
    await this.loopDelay()
    const { latencies, failed } = await this.readEveryPage()
    const loop = await this.loopDelay()
    const sorted = latencies.sort((a, b) => a - b)
    return { p50Ms: percentile(sorted, 0.5), p99Ms: percentile(sorted, 0.99), loop, failed }
  }

  /** Adds a link group through the newsroom's form: 'links.changed' purges every cached page. */
  private async purgeEverything(round: number): Promise<void> {
    const base = this.portal.baseUrl
    const form = await send(`${base}/toa-soan/quan-tri/lien-ket/nhom/moi`, 'GET', { cookie: this.session })
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1]
    if (!csrf) throw new Error(`purge storm: no CSRF token on the link-group form (${form.status})`)
    const saved = await send(`${base}/toa-soan/quan-tri/lien-ket/nhom`, 'POST', {
      cookie: this.session, form: { _csrf: csrf, name: `Liên kết đợt ${round} ${Date.now()}`, position: '' },
    })
    if (saved.status !== 303) throw new Error(`purge storm: adding a link group answered ${saved.status}`)
  }

  /** Every path once, `connections` at a time on kept-alive connections; the latency of each. */
  private async readEveryPage(): Promise<{ latencies: number[]; failed: number }> {
    const agent = new Agent({ keepAlive: true, maxSockets: this.connections })
    const latencies: number[] = []
    let failed = 0
    let next = 0
    const reader = async () => {
      for (let i = next++; i < this.paths.length; i = next++) {
        const url = this.portal.baseUrl + this.paths[i]
        const started = performance.now()
        // A failure is counted and its page asked for once more (a busy machine resets the odd connection).
        const status = await get(agent, url).catch((error: Error) => error.message)
        if (status === 200) latencies.push(performance.now() - started)
        else if (++failed > this.paths.length / 10) throw new Error(`too many failed requests (last: GET ${url}: ${status})`)
        else await get(agent, url).catch(() => 0)
      }
    }
    try {
      await Promise.all(Array.from({ length: this.connections }, reader))
    } finally {
      agent.destroy()
    }
    return { latencies, failed }
  }

  /** Asks the portal (SIGUSR2) for the event-loop delay since the last ask, and waits for the file. */
  private async loopDelay(): Promise<EventLoopDelayReport> {
    const file = this.portal.loopReportFile
    rmSync(file, { force: true })
    this.portal.child.process.kill('SIGUSR2')
    const deadline = Date.now() + 10_000
    while (Date.now() < deadline) {
      // The portal writes a temporary file and renames it: once there, it is whole.
      if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as EventLoopDelayReport
      await sleep(10)
    }
    throw new Error('purge storm: the portal wrote no event-loop report (was it started with EVENT_LOOP_REPORT?)')
  }
}

/** Article addresses from the sitemap (the entries with a lastmod), as paths. */
async function articlePaths(base: string, wanted: number): Promise<string[]> {
  const paths: string[] = []
  const sitemap = await send(`${base}/sitemap.xml`, 'GET')
  const files = [...sitemap.body.matchAll(/<sitemap>\s*<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).filter((p) => p.includes('articles'))
  for (const body of files.length > 0 ? await Promise.all(files.map(async (f) => (await send(base + f, 'GET')).body)) : [sitemap.body]) {
    for (const entry of body.matchAll(/<url>\s*<loc>([^<]+)<\/loc>\s*<lastmod>/g)) paths.push(new URL(entry[1]!).pathname)
  }
  if (paths.length < wanted) process.stderr.write(`purge storm: only ${paths.length} articles in the sitemap, using all of them\n`)
  return paths.slice(0, wanted)
}

function get(agent: Agent, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers: READER_HEADERS }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0)).on('error', reject)
    })
    req.setTimeout(120_000, () => req.destroy(new Error(`GET ${url} timed out`)))
    req.on('error', reject).end()
  })
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!
}

export function formatStorm(rounds: StormRound[], pages: number, connections: number): string {
  const median = medianRound(rounds)
  const row = (name: string, p: StormPhase) =>
    `| ${name} | ${p.p50Ms.toFixed(2)} | ${p.p99Ms.toFixed(2)} | ${p.loop.p99Ms.toFixed(2)} | ${p.loop.maxMs.toFixed(2)} |`
  return [
    `purge storm: ${pages.toLocaleString('en-US')} distinct articles, ${connections} connections, after an administrator's link-group edit purged every page`,
    '| requests | p50 ms | p99 ms | loop delay p99 ms | loop delay max ms |',
    '|---|---:|---:|---:|---:|',
    row('each article, from the cache', median.cached),
    row('each article, first after the purge', median.afterPurge),
    ...(rounds.some((r) => r.cached.failed + r.afterPurge.failed > 0)
      ? [`failed requests (asked again once, left out of the latencies): ${rounds.map((r) => `${r.cached.failed} cached, ${r.afterPurge.failed} after the purge`).join('; ')}`]
      : []),
    '',
    `after the purge / from the cache: p99 ${median.p99Ratio.toFixed(2)} (rounds ${rounds.map((r) => r.p99Ratio.toFixed(2)).join(' ')}), ` +
      `loop delay p99 ${median.loopP99Ratio.toFixed(2)} (rounds ${rounds.map((r) => r.loopP99Ratio.toFixed(2)).join(' ')}), ` +
      `loop delay max ${median.loopMaxRatio.toFixed(2)}`,
  ].join('\n')
}

/** The round with the median p99 ratio stands for the storm. */
export function medianRound(rounds: StormRound[]): StormRound {
  return [...rounds].sort((a, b) => a.p99Ratio - b.p99Ratio)[Math.floor(rounds.length / 2)]!
}
