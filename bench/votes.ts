import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { connectDatabase } from '../src/platform/db/connect.ts'
import '../src/features/polls/poll.table.ts'
import { freePort, httpGet, killAllChildren, spawnNode, stopChild, waitUntilReady } from './processes.ts'
import { CONNECTIONS, runWrk, THREADS, wrkInstalled, type WrkResult } from './wrk.ts'

// `npm run bench -- votes`: readers vote on one poll as fast as this machine lets them, each
// from its own address (X-Forwarded-For, believed from the loopback proxy: TRUST_PROXY), while
// wrk reads a cached article. The portal runs as its own process (src/main.ts, demo content).
// Reports the article's req/s with and without votes (target: ≥ 80 % kept), votes per second,
// and checks afterwards that every vote answered 303 was counted, exactly once.

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OUT_FILE = join(ROOT, 'bench', 'out', 'votes.json')
const ARTICLE = '/tin-tuc/dan-van/hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-trien-khai-nhiem-vu-nam-2021'
const POLL = 'dich-vu-cong-truc-tuyen'
const TARGET_RATIO = 0.8

const USAGE = `usage: npm run bench -- votes [options]

The portal (src/main.ts with the demo) on a fresh SQLite file, or PostgreSQL with --postgres.
Interleaved rounds: wrk on the cached article alone, then with voters posting to the demo poll.

options:
  --duration S    seconds per wrk run, after a 2 s warm-up (default 5)
  --rounds R      rounds of the pair of runs (default 3)
  --voters N,M    votes in flight at once: each level is measured in every round (default 4,16)
  --postgres URL  admin connection to create the bench database in (default: SQLite)
`

interface VoteTally {
  sent: number
  counted: number
  refused: Map<number, number>
  perChoice: Map<number, number>
  seconds: number
}

export async function runVotesBench(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv, strict: true,
    options: {
      duration: { type: 'string', default: '5' }, rounds: { type: 'string', default: '3' }, voters: { type: 'string', default: '4,16' },
      postgres: { type: 'string' }, help: { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  const options = { duration: Number(values.duration), rounds: Number(values.rounds), voters: values.voters.split(',').map(Number) }
  for (const [name, value] of Object.entries(options)) {
    if (![value].flat().every((n) => Number.isInteger(n) && n >= 1)) throw new Error(`--${name} must be whole numbers of at least 1`)
  }
  if (!wrkInstalled()) throw new Error('wrk is missing: apt-get install -y wrk')

  const tempDir = mkdtempSync(join(tmpdir(), 'toasoan-votes-bench-'))
  process.once('exit', () => {
    killAllChildren()
    rmSync(tempDir, { recursive: true, force: true })
  })
  const database = `toasoan_votes_${randomBytes(4).toString('hex')}`
  const admin = values.postgres ? new pg.Client({ connectionString: values.postgres }) : undefined
  if (admin) {
    await admin.connect()
    await admin.query(`CREATE DATABASE ${database}`)
  }
  const databaseUrl = values.postgres ? Object.assign(new URL(values.postgres), { pathname: `/${database}` }).toString() : `sqlite:${join(tempDir, 'votes.db')}`
  const port = await freePort()
  const env = { ...process.env }
  delete env.REDIS_URL
  const portal = spawnNode('portal', ROOT, 'src/main.ts', [], {
    ...env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', SEED_DEMO: 'true', LOG_LEVEL: 'warn', TRUST_PROXY: '127.0.0.1',
    MEDIA_DIR: join(tempDir, 'media'), WEATHER_URL: 'http://127.0.0.1:9/v1/forecast',
  })
  const base = `http://127.0.0.1:${port}`
  try {
    await waitUntilReady(portal, `${base}/healthz`)
    const article = await httpGet(base + ARTICLE)
    if (article.status !== 200) throw new Error(`the demo article answered ${article.status}`)
    const pollPage = await httpGet(`${base}/binh-chon/${POLL}`)
    const choices = [...pollPage.body.toString().matchAll(/name="choice" value="(\d+)"/g)].map((m) => Number(m[1]))
    if (pollPage.status !== 200 || choices.length === 0) throw new Error(`the demo poll /binh-chon/${POLL} answered ${pollPage.status} with ${choices.length} choices`)
    const before = await countsOf(databaseUrl)

    // Per level of votes in flight, per round: the article alone, then with votes, one right after the
    // other, so that a pair sees the same machine (other work on it moves both alike).
    const alone = options.voters.map((): WrkResult[] => [])
    const withVotes = options.voters.map((): WrkResult[] => [])
    // The portal's own CPU time (from /proc), which other work on a shared machine moves far less
    // than req/s: per cached read alone, and per vote (what the run with votes spent beyond its reads).
    const cpuPerRead: number[] = []
    const cpuPerVote = options.voters.map((): number[] => [])
    const cpu = () => cpuMicros(portal.process.pid!)
    const tallies = options.voters.map((): VoteTally[] => [])
    let address = 0
    for (let round = 1; round <= options.rounds; round++) {
      await runWrk(base + ARTICLE, 2)
      process.stderr.write(`round ${round}\n`)
      for (const [level, inFlight] of options.voters.entries()) {
        let spent = cpu()
        alone[level]!.push(await runWrk(base + ARTICLE, options.duration))
        const perRead = (cpu() - spent) / alone[level]!.at(-1)!.requests
        cpuPerRead.push(perRead)
        spent = cpu()
        const voting = vote(`${base}/binh-chon/${POLL}/bieu-quyet`, choices, inFlight, () => ++address)
        withVotes[level]!.push(await runWrk(base + ARTICLE, options.duration))
        const t = await voting.stop()
        cpuPerVote[level]!.push((cpu() - spent - perRead * withVotes[level]!.at(-1)!.requests) / t.counted)
        tallies[level]!.push(t)
        process.stderr.write(`  ${inFlight} votes in flight: article ${rps(alone[level]!.at(-1)!)} req/s alone, ${rps(withVotes[level]!.at(-1)!)} req/s with votes, ${Math.round(t.counted / t.seconds).toLocaleString('en-US')} votes/s\n`)
      }
    }

    const after = await countsOf(databaseUrl)
    const all = tallies.flat()
    const counted = all.reduce((n, t) => n + t.counted, 0)
    const lost: string[] = []
    if (after.voters - before.voters !== counted) lost.push(`voters: ${after.voters - before.voters} counted by the portal, ${counted} votes answered 303`)
    for (const choice of choices) {
      const expected = all.reduce((n, t) => n + (t.perChoice.get(choice) ?? 0), 0)
      const got = (after.votes.get(choice) ?? 0) - (before.votes.get(choice) ?? 0)
      if (got !== expected) lost.push(`choice ${choice}: ${got} counted, ${expected} sent and accepted`)
    }
    const refused = new Map<number, number>()
    for (const t of all) for (const [status, n] of t.refused) refused.set(status, (refused.get(status) ?? 0) + n)

    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!
    const levels = options.voters.map((inFlight, level) => {
      const ratios = alone[level]!.map((a, i) => withVotes[level]![i]!.requestsPerSecond / a.requestsPerSecond)
      return {
        inFlight, ratios, ratio: median(ratios), alone: median(alone[level]!.map((r) => r.requestsPerSecond)), article: median(withVotes[level]!.map((r) => r.requestsPerSecond)),
        votesPerSecond: median(tallies[level]!.map((t) => t.counted / t.seconds)), p99Ms: median(withVotes[level]!.map((r) => r.p99Ms)),
        cpuPerVote: median(cpuPerVote[level]!),
      }
    })
    console.log('')
    console.log('| votes in flight | votes/s | article alone req/s | article with votes req/s | p99 ms with votes | with / alone (each round) | median | target ≥ 0.8 |')
    console.log('|---:|---:|---:|---:|---:|---|---:|---|')
    for (const l of levels) {
      console.log(`| ${l.inFlight} | ${Math.round(l.votesPerSecond).toLocaleString('en-US')} | ${Math.round(l.alone).toLocaleString('en-US')} | ${Math.round(l.article).toLocaleString('en-US')} | ${l.p99Ms.toFixed(2)} | ` +
        `${l.ratios.map((r) => r.toFixed(2)).join(' ')} | ${l.ratio.toFixed(2)} | ${l.ratio >= TARGET_RATIO ? 'met' : 'missed'} |`)
    }
    const perRead = median(cpuPerRead)
    console.log(`\nthe portal's CPU: ${perRead.toFixed(1)} µs per cached article read; per vote ${levels.map((l) => `${Math.round(l.cpuPerVote)} µs`).join(', ')} ` +
      `(${levels.map((l) => (l.cpuPerVote / perRead).toFixed(0)).join(', ')} reads' worth)`)
    console.log(`\nvotes: ${counted.toLocaleString('en-US')} counted, each from its own address; refused: ${refused.size === 0 ? 'none' : [...refused].map(([s, n]) => `${n} × ${s}`).join(', ')}`)
    console.log(lost.length === 0 ? 'counts exact: every vote answered 303 is counted once, nothing else is' : `COUNTS WRONG:\n  ${lost.join('\n  ')}`)
    console.log(`node ${process.version}, ${availableParallelism()} CPUs, ${values.postgres ? 'PostgreSQL' : 'SQLite'}; wrk -t${THREADS} -c${CONNECTIONS} -d${options.duration}s; ` +
      'the voters are one Node process on this same machine')
    mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true })
    writeFileSync(OUT_FILE, JSON.stringify({
      date: new Date().toISOString(), options, database: values.postgres ? 'postgres' : 'sqlite', alone, withVotes, levels, cpuPerRead,
      votes: tallies.map((ts) => ts.map((t) => ({ sent: t.sent, counted: t.counted, seconds: t.seconds, refused: Object.fromEntries(t.refused) }))), lost,
    }, null, 2) + '\n')
    // A lost or doubled vote is a failure; a missed speed target is reported, as in the other benches.
    return lost.length === 0 && refused.size === 0 ? 0 : 1
  } finally {
    await stopChild(portal)
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => {})
      await admin.end()
    }
  }
}

/** utime + stime of a process, in microseconds (clock ticks of 10 ms). */
function cpuMicros(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10_000
}

const rps = (r: WrkResult) => Math.round(r.requestsPerSecond).toLocaleString('en-US')

/** `inFlight` loops, each posting one vote after another from a new address, until stopped. */
function vote(url: string, choices: readonly number[], inFlight: number, nextAddress: () => number): { stop(): Promise<VoteTally> } {
  const agent = new Agent({ keepAlive: true, maxSockets: inFlight })
  const tally: VoteTally = { sent: 0, counted: 0, refused: new Map(), perChoice: new Map(), seconds: 0 }
  const started = performance.now()
  let stopping = false
  const loop = async () => {
    while (!stopping) {
      const n = nextAddress()
      const choice = choices[n % choices.length]!
      tally.sent++
      const status = await post(url, agent, `choice=${choice}`, `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`)
      if (status === 303) {
        tally.counted++
        tally.perChoice.set(choice, (tally.perChoice.get(choice) ?? 0) + 1)
      } else {
        tally.refused.set(status, (tally.refused.get(status) ?? 0) + 1)
      }
    }
  }
  const loops = Array.from({ length: inFlight }, loop)
  return {
    async stop() {
      stopping = true
      await Promise.all(loops)
      tally.seconds = (performance.now() - started) / 1000
      agent.destroy()
      return tally
    },
  }
}

function post(url: string, agent: Agent, body: string, forwardedFor: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST', agent,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body), 'x-forwarded-for': forwardedFor, 'user-agent': 'toasoan-bench-voter' },
    }, (res) => {
      res.resume()
      res.once('end', () => resolve(res.statusCode ?? 0))
    })
    req.once('error', reject)
    req.end(body)
  })
}

async function countsOf(databaseUrl: string): Promise<{ voters: number; votes: Map<number, number> }> {
  const database = await connectDatabase(databaseUrl)
  try {
    const poll = await database.db.selectFrom('polls').select(['id', 'voters']).where('slug', '=', POLL).executeTakeFirstOrThrow()
    const choices = await database.db.selectFrom('poll_choices').select(['id', 'votes']).where('poll_id', '=', poll.id).execute()
    return { voters: Number(poll.voters), votes: new Map(choices.map((c) => [c.id, Number(c.votes)])) }
  } finally {
    await database.close()
  }
}
