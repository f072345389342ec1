import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Clock } from '../clock.ts'
import type { Job } from './job.ts'
import { JobRunner } from './job-runner.ts'
import type { Timers } from './timers.ts'

// Time moved by hand: the clock the runner reports with and the timers it plans with.
class ManualTime implements Clock, Timers {
  #now = Date.parse('2026-12-07T01:00:00Z')
  #timers = new Map<number, { at: number; callback: () => void }>()
  #next = 1
  now = () => new Date(this.#now)
  setTimeout = (callback: () => void, ms: number) => {
    const id = this.#next++
    this.#timers.set(id, { at: this.#now + ms, callback })
    return id
  }
  clearTimeout = (id: unknown) => void this.#timers.delete(id as number)
  get planned(): number[] {
    return [...this.#timers.values()].map((t) => t.at - this.#now)
  }
  /** Moves time on, firing every timer that falls due on the way, in order. */
  advance(ms: number): void {
    const until = this.#now + ms
    for (;;) {
      const due = [...this.#timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0]
      if (!due) break
      this.#timers.delete(due[0])
      this.#now = due[1].at
      due[1].callback()
    }
    this.#now = until
  }
}

function deferred() {
  let resolve!: () => void
  const promise = new Promise<void>((r) => (resolve = r))
  return { promise, resolve }
}

function runnerWith(time: ManualTime, ...jobs: Job[]) {
  const runner = new JobRunner({ clock: time, timers: time })
  for (const job of jobs) runner.add(job)
  return runner
}

test('a started job runs at once, then every interval after each run ends', async () => {
  const time = new ManualTime()
  let runs = 0
  const runner = runnerWith(time, { name: 'weather', everyMs: 60_000, run: async () => void runs++ })
  runner.start()
  time.advance(0)
  await runner.whenIdle()
  assert.equal(runs, 1)
  assert.deepEqual(time.planned, [60_000])
  time.advance(59_999)
  await runner.whenIdle()
  assert.equal(runs, 1)
  time.advance(1)
  await runner.whenIdle()
  assert.equal(runs, 2)
  await runner.stop()
})

test('a job that asks not to run at start waits its interval first', async () => {
  const time = new ManualTime()
  const runner = runnerWith(time, { name: 'views', everyMs: 30_000, runAtStart: false, run: async () => {} })
  runner.start()
  assert.deepEqual(time.planned, [30_000])
  assert.equal(runner.status()[0]!.nextRunAt?.toISOString(), '2026-12-07T01:00:30.000Z')
  await runner.stop()
})

test('after failures in a row the wait doubles up to the cap, and one success brings back the interval', async () => {
  const time = new ManualTime()
  let failing = true
  const runner = runnerWith(time, {
    name: 'scheduler', everyMs: 15_000, backoff: { firstMs: 15_000, maxMs: 60_000 },
    run: async () => { if (failing) throw new Error('database unreachable') },
  })
  runner.start()
  const waits: number[] = []
  for (let i = 0; i < 5; i++) {
    time.advance(time.planned[0]!)
    await runner.whenIdle()
    waits.push(time.planned[0]!)
  }
  assert.deepEqual(waits, [15_000, 30_000, 60_000, 60_000, 60_000])
  assert.equal(runner.status()[0]!.consecutiveFailures, 5)
  failing = false
  time.advance(time.planned[0]!)
  await runner.whenIdle()
  assert.deepEqual(time.planned, [15_000])
  assert.equal(runner.status()[0]!.consecutiveFailures, 0)
  await runner.stop()
})

test('without a back-off of its own a failing job waits its interval, then twice, up to four times', async () => {
  const time = new ManualTime()
  const runner = runnerWith(time, { name: 'most-read', everyMs: 1000, run: async () => { throw new Error('no') } })
  runner.start()
  const waits: number[] = []
  for (let i = 0; i < 4; i++) {
    time.advance(time.planned[0]!)
    await runner.whenIdle()
    waits.push(time.planned[0]!)
  }
  assert.deepEqual(waits, [1000, 2000, 4000, 4000])
  await runner.stop()
})

test('status reports the last start, end, success and error with the clock\'s times', async () => {
  const time = new ManualTime()
  let fail = false
  const runner = runnerWith(time, { name: 'weather', everyMs: 60_000, run: async () => { if (fail) throw new Error('weather API answered 500 for Quy Nhơn') } })
  const before = runner.status()[0]!
  assert.deepEqual(before, { name: 'weather', label: 'weather', everyMs: 60_000, running: false, consecutiveFailures: 0 })

  await runner.runNow('weather')
  time.advance(5000)
  fail = true
  const status = await runner.runNow('weather')
  assert.equal(status.lastSuccessAt?.toISOString(), '2026-12-07T01:00:00.000Z')
  assert.equal(status.lastStartedAt?.toISOString(), '2026-12-07T01:00:05.000Z')
  assert.equal(status.lastFinishedAt?.toISOString(), '2026-12-07T01:00:05.000Z')
  assert.deepEqual(status.lastError, { message: 'weather API answered 500 for Quy Nhơn', at: new Date('2026-12-07T01:00:05.000Z') })
  assert.equal(status.consecutiveFailures, 1)
  assert.equal(status.nextRunAt, undefined, 'a runner not started plans nothing')
  assert.deepEqual(time.planned, [])
})

test('a job never overlaps itself: asking while it runs joins the run in progress, and no timer is planned meanwhile', async () => {
  const time = new ManualTime()
  const gate = deferred()
  let runs = 0
  let inProgress = 0
  let most = 0
  const runner = runnerWith(time, {
    name: 'weather', everyMs: 1000,
    run: async () => {
      runs++
      most = Math.max(most, ++inProgress)
      await gate.promise
      inProgress--
    },
  })
  runner.start()
  time.advance(0)
  assert.equal(runner.status()[0]!.running, true)
  const asked = runner.runNow('weather')
  time.advance(10_000)
  assert.deepEqual(time.planned, [], 'nothing is planned while a run is in progress')
  gate.resolve()
  await asked
  assert.equal(runs, 1)
  assert.equal(most, 1)
  assert.deepEqual(time.planned, [1000])
  await runner.stop()
})

test('stop waits for the run in progress, aborts its signal, plans nothing more and runs the final flush', async () => {
  const time = new ManualTime()
  const gate = deferred()
  const order: string[] = []
  let signalSeen: AbortSignal | undefined
  const runner = runnerWith(time,
    {
      name: 'weather', everyMs: 1000,
      run: async (signal) => {
        signalSeen = signal
        order.push('weather started')
        await gate.promise
        order.push('weather ended')
      },
    },
    {
      name: 'views', everyMs: 30_000, runAtStart: false, runOnStop: true,
      run: async (signal) => void order.push(`views flushed${signal.aborted ? ' (aborted)' : ''}`),
    },
  )
  runner.start()
  time.advance(0)
  let stopped = false
  const stopping = runner.stop().then(() => (stopped = true))
  await Promise.resolve()
  assert.equal(stopped, false, 'stop waits for the run in progress')
  assert.equal(signalSeen?.aborted, true, 'the run is told the runner is stopping')
  gate.resolve()
  await stopping
  assert.deepEqual(order, ['weather started', 'weather ended', 'views flushed'])
  assert.deepEqual(time.planned, [])
  assert.equal(runner.status().every((s) => s.nextRunAt === undefined), true)
})

test('a failing final flush is recorded, not thrown from stop', async () => {
  const time = new ManualTime()
  const runner = runnerWith(time, { name: 'views', everyMs: 30_000, runOnStop: true, runAtStart: false, run: async () => { throw new Error('disk full') } })
  runner.start()
  await runner.stop()
  assert.equal(runner.status()[0]!.lastError?.message, 'disk full')
})

test('two jobs of one name, or one without an interval, are a programming error', async () => {
  const runner = runnerWith(new ManualTime(), { name: 'weather', everyMs: 1000, run: async () => {} })
  assert.throws(() => runner.add({ name: 'weather', everyMs: 1000, run: async () => {} }), /two background jobs are named "weather"/)
  assert.throws(() => runner.add({ name: 'other', everyMs: 0, run: async () => {} }), /positive everyMs/)
  await assert.rejects(runner.runNow('nothing'), /no background job is named "nothing"/)
})
