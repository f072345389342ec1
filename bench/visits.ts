import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

// `npm run bench -- visits`: a simulated week of 1,000,000 beacons (readers, robots by user
// agent, floods from a few addresses) goes through the statistics' recorder into the database,
// as the beacon route hands them over, with the flush and tidy jobs run as they would run.
// Reports the heap while it runs (it must stay bounded: the raw events are written in batches
// and pruned after 48 hours), checks every aggregate against a count this file makes on its
// own from what it generated, and times the newsroom's chart page over the whole week.

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OUT_FILE = join(ROOT, 'bench', 'out', 'visits.json')
const CHART_TARGET_MS = 200
const HEAP_TARGET_MB = 256

const USAGE = `usage: npm run bench -- visits [options]

options:
  --beacons N     beacons over the simulated week (default 1000000)
  --postgres URL  PostgreSQL to run on (a schema of its own; default: a SQLite file)
`

// What the generator knows of each kind of page, independently of the module's own reading.
interface Page { path: string; kind: string; category: number | null; article: number | null }

const READERS = [
  ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1', 'mobile'],
  ['Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36', 'mobile'],
  ['Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Safari/604.1', 'tablet'],
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36', 'desktop'],
  ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 Version/17.0 Safari/605.1.15', 'desktop'],
] as const
const ROBOTS = ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'python-requests/2.31', 'curl/8.4.0', 'Mozilla/5.0 (compatible; bingbot/2.0)']
const REFERRERS = [['', ''], ['', ''], ['https://www.google.com/', 'google.com'], ['https://m.facebook.com/', 'm.facebook.com'], ['https://zalo.me/x', 'zalo.me'], ['https://baochinhphu.vn/a', 'baochinhphu.vn']] as const
const PER_MINUTE = 30
const DAY_MS = 86_400_000

/** The heap after a full collection: what is held, not what is garbage not yet collected. */
function heldHeap(): number {
  setFlagsFromString('--expose-gc')
  ;(runInNewContext('gc') as () => void)()
  return process.memoryUsage().heapUsed
}

export async function runVisitsBench(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, strict: true, options: { beacons: { type: 'string', default: '1000000' }, postgres: { type: 'string' }, help: { type: 'boolean', default: false } } })
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  const beacons = Number(values.beacons)
  if (!Number.isInteger(beacons) || beacons < 1000) throw new Error('--beacons must be a whole number of at least 1000')
  const tempDir = mkdtempSync(join(tmpdir(), 'toasoan-visits-bench-'))
  process.once('exit', () => rmSync(tempDir, { recursive: true, force: true }))
  process.env.TEST_DATABASE_URL = values.postgres ?? `sqlite:${join(tempDir, 'visits.db')}`

  const { buildTestPortal } = await import('../test/support/test-portal.ts')
  const { SignedIn } = await import('../test/support/newsroom.ts')
  const { createArticle, createCategory } = await import('../test/support/factories.ts')
  const { VisitRecorder, VISIT_RECORDING } = await import('../src/features/statistics/index.ts')
  const { deviceOf } = await import('../src/features/statistics/visit.ts')

  // Monday 30/11/2026 00:00 in Viet Nam.
  const start = Date.parse('2026-11-29T17:00:00Z')
  let now = start
  const clock = { now: () => new Date(now) }
  const portal = await buildTestPortal({ clock })
  try {
    const users = await SignedIn.as(portal.app, portal.db, { admin: ['administrator', 'quantri@example.vn'] })
    const categories = [await createCategory(portal, 'Tin tức'), await createCategory(portal, 'Dân vận'), await createCategory(portal, 'Văn bản chỉ đạo')]
    const pages: Page[] = [{ path: '/', kind: 'home', category: null, article: null }, { path: '/van-ban', kind: 'documents', category: null, article: null }]
    for (const [i, category] of categories.entries()) {
      pages.push({ path: `/c${i}`, kind: 'category', category, article: null })
      for (let n = 0; n < 10; n++) {
        const { id } = await createArticle(portal, { title: `Bài số ${i}-${n} của tuần thống kê`, categoryId: category })
        pages.push({ path: `/c${i}/bai-${n}`, kind: 'article', category, article: id })
      }
    }
    const recorder = new VisitRecorder(portal.db, clock, undefined, VISIT_RECORDING)

    // The count made here: by day and hour, by dimension, and each day's distinct readers.
    // Readers are told apart by address and browser; a day's set is kept until the day is over, then only its size.
    const expected = { hours: new Map<string, number>(), counts: new Map<string, number>(), visitors: new Map<string, number>() }
    let readersOfDay = { day: '', seen: new Set<string>() }
    const perMinute = new Map<string, number>()
    const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)
    let seed = 20261212
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296)
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!

    const heap: number[] = []
    let maxHeap = 0
    let maxHeld = 0
    let lastTidy = start
    let robots = 0
    let flooded = 0
    let countedMinute = 0
    const started = performance.now()
    const span = 7 * DAY_MS
    let sent = 0
    for (let i = 0; sent < beacons; i++) {
      now = start + Math.floor((sent / beacons) * span)
      // Only this minute's hits matter to the limit: the count of the minute before is done with.
      if (Math.floor(now / 60_000) !== countedMinute) {
        countedMinute = Math.floor(now / 60_000)
        perMinute.clear()
      }
      // Every 400th beacon starts a flood: one address, 60 hits in the same minute.
      const flood = i % 400 === 0
      const robot = !flood && random() < 0.03
      const reader = flood ? i % 7 : Math.floor(random() * 40_000)
      const [ua, device] = robot ? [pick(ROBOTS), ''] : READERS[reader % READERS.length]!
      const address = flood ? `10.9.${i % 250}.${i % 199}` : `10.${(reader >> 16) & 255}.${(reader >> 8) & 255}.${reader & 255}`
      const hits = Math.min(flood ? 60 : 1, beacons - sent)
      sent += hits
      for (let h = 0; h < hits; h++) {
        const page = pick(pages)
        const [referrer, domain] = pick(REFERRERS)
        const refusal = await recorder.record({ kind: page.kind, categoryId: page.category, articleId: page.article, referrer: domain, device: deviceOf(ua) }, address, ua)
        const local = new Date(now + 7 * 3_600_000).toISOString()
        const day = local.slice(0, 10)
        if (robot) {
          robots++
          continue
        }
        const minuteKey = `${address}|${ua}|${Math.floor(now / 60_000)}`
        const seen = (perMinute.get(minuteKey) ?? 0) + 1
        perMinute.set(minuteKey, seen)
        if (seen > PER_MINUTE) {
          flooded++
          if (refusal !== 'too-many') throw new Error(`hit ${seen} of ${address} in a minute was ${refusal ?? 'counted'}`)
          continue
        }
        if (refusal !== undefined) throw new Error(`a reader's hit was refused (${refusal})`)
        add(expected.hours, `${day} ${Number(local.slice(11, 13))}`)
        add(expected.counts, `${day} kind ${page.kind}`)
        add(expected.counts, `${day} device ${device}`)
        add(expected.counts, `${day} referrer ${referrer === '' ? '' : domain}`)
        if (page.category !== null) add(expected.counts, `${day} category ${page.category}`)
        if (page.article !== null) add(expected.counts, `${day} article ${page.article}`)
        if (readersOfDay.day !== day) readersOfDay = { day, seen: new Set() }
        readersOfDay.seen.add(`${address}|${ua}`)
        expected.visitors.set(day, readersOfDay.seen.size)
      }
      if (i % 5_000 === 4_999) await recorder.flush()
      if (now - lastTidy >= 60 * 60_000) {
        lastTidy = now
        await recorder.tidy()
      }
      if (i % 50_000 === 0) {
        const used = heldHeap()
        const held = recorder.held()
        maxHeld = Math.max(maxHeld, held.visitors + held.events + held.keys)
        heap.push(used)
        maxHeap = Math.max(maxHeap, used)
      }
    }
    now = start + span
    await recorder.tidy()
    const seconds = (performance.now() - started) / 1000
    const rawLeft = Number((await portal.db.selectFrom('visit_events').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow()).n)

    // The aggregates against the count made here.
    const mismatches: string[] = []
    const compare = (what: string, got: Map<string, number>, want: Map<string, number>) => {
      for (const key of new Set([...got.keys(), ...want.keys()])) if ((got.get(key) ?? 0) !== (want.get(key) ?? 0)) mismatches.push(`${what} ${key}: ${got.get(key) ?? 0} ≠ ${want.get(key) ?? 0}`)
    }
    const hourRows = await portal.db.selectFrom('visit_hours').selectAll().execute()
    compare('hour', new Map(hourRows.map((r) => [`${r.day} ${r.hour}`, r.visits])), expected.hours)
    const countRows = await portal.db.selectFrom('visit_counts').selectAll().execute()
    compare('count', new Map(countRows.map((r) => [`${r.day} ${r.dimension} ${r.value}`, r.visits])), expected.counts)
    const dayRows = await portal.db.selectFrom('visit_days').selectAll().execute()
    compare('visitors', new Map(dayRows.map((r) => [r.day, r.visitors])), expected.visitors)
    const counted = [...expected.hours.values()].reduce((a, b) => a + b, 0)

    // The chart page over the whole week (signed in again: the session lapsed in the simulated week).
    await users.again('admin')
    const url = '/toa-soan/thong-ke?tu=2026-11-30&den=2026-12-06'
    const times: number[] = []
    for (let run = 0; run < 45; run++) {
      const t = performance.now()
      const res = await users.get(url, 'admin')
      if (res.statusCode !== 200 || !res.body.includes('<svg')) throw new Error(`the chart page answered ${res.statusCode}`)
      if (run >= 5) times.push(performance.now() - t)
    }
    times.sort((a, b) => a - b)
    const median = times[Math.floor(times.length / 2)]!
    const worst = times.at(-1)!
    const p95 = times[Math.ceil(times.length * 0.95) - 1]!

    const mbOf = (bytes: number) => Math.round(bytes / 1024 / 1024)
    const result = {
      database: values.postgres ? 'postgres' : 'sqlite', beacons: sent, readersCounted: counted, robots, flooded, droppedRawEvents: recorder.dropped,
      seconds: Number(seconds.toFixed(1)), beaconsPerSecond: Math.round(sent / seconds),
      heapMb: { first: mbOf(heap[0]!), max: mbOf(maxHeap), last: mbOf(heap.at(-1)!), target: HEAP_TARGET_MB, samples: heap.map(mbOf) },
      recorderHeldMax: maxHeld,
      visitorsByDay: Object.fromEntries(expected.visitors),
      rawEventsLeft: rawLeft, aggregateRows: { hours: hourRows.length, counts: countRows.length, days: dayRows.length },
      mismatches: mismatches.length, chartPageMs: { median: Number(median.toFixed(1)), p95: Number(p95.toFixed(1)), worst: Number(worst.toFixed(1)), target: CHART_TARGET_MS },
    }
    mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true })
    writeFileSync(OUT_FILE, JSON.stringify(result, null, 2))
    console.log(JSON.stringify(result, null, 2))
    for (const m of mismatches.slice(0, 10)) console.log(`mismatch: ${m}`)
    const ok = mismatches.length === 0 && recorder.dropped === 0 && p95 < CHART_TARGET_MS && maxHeap / 1024 / 1024 < HEAP_TARGET_MB
    console.log(ok ? 'visits: every target met' : 'visits: a target was missed')
    return ok ? 0 : 1
  } finally {
    await portal.close()
  }
}
