import type { Clock } from '../clock.ts'
import { waitAfter, type Job, type JobStatus } from './job.ts'
import { realTimers, type Timers } from './timers.ts'

/** Where failures are told (the portal's logger fits). */
export interface JobLog {
  warn(details: object, message: string): void
}

export interface JobRunnerOptions {
  clock: Clock
  log?: JobLog
  timers?: Timers
}

interface Slot {
  job: Job
  status: JobStatus
  timer?: unknown
  running?: Promise<void>
}

/**
 * Owns the timers of every background job. A job never overlaps itself: a run asked for while
 * one is in progress shares it, and the next run is planned only when a run ends (after its
 * interval, or after a growing back-off while it fails). Until `start()` nothing runs by
 * itself; `runNow` still runs a job, which is how tests and the newsroom move it by hand.
 */
export class JobRunner {
  readonly #slots = new Map<string, Slot>()
  readonly #clock: Clock
  readonly #log: JobLog | undefined
  readonly #timers: Timers
  #started = false
  #abort = new AbortController()

  constructor(options: JobRunnerOptions) {
    this.#clock = options.clock
    this.#log = options.log
    this.#timers = options.timers ?? realTimers
  }

  /** Whether jobs run by themselves (after `start()`, until `stop()`). */
  get started(): boolean {
    return this.#started
  }

  add(job: Job): void {
    if (this.#slots.has(job.name)) throw new Error(`two background jobs are named "${job.name}"`)
    if (!(job.everyMs > 0)) throw new Error(`background job "${job.name}" needs a positive everyMs`)
    const slot: Slot = { job, status: { name: job.name, label: job.label ?? job.name, everyMs: job.everyMs, running: false, consecutiveFailures: 0 } }
    this.#slots.set(job.name, slot)
    if (this.#started) this.#plan(slot, job.runAtStart === false ? job.everyMs : 0)
  }

  start(): void {
    if (this.#started) return
    this.#started = true
    this.#abort = new AbortController()
    for (const slot of this.#slots.values()) this.#plan(slot, slot.job.runAtStart === false ? slot.job.everyMs : 0)
  }

  /**
   * No new run starts; the runs in progress are told to hurry (their signal aborts) and awaited;
   * then each job that asks for it runs one last time, in the order the jobs were added.
   */
  async stop(): Promise<void> {
    if (this.#started) {
      this.#started = false
      this.#abort.abort()
    }
    for (const slot of this.#slots.values()) this.#unplan(slot)
    await this.whenIdle()
    const last = new AbortController()
    for (const slot of this.#slots.values()) {
      if (slot.job.runOnStop) await this.#share(slot, last.signal)
    }
  }

  /** Runs the job now, or joins the run in progress; resolves with its status once the run ends. */
  async runNow(name: string): Promise<JobStatus> {
    const slot = this.#slots.get(name)
    if (!slot) throw new Error(`no background job is named "${name}"`)
    await this.#share(slot, this.#abort.signal)
    return this.#copy(slot)
  }

  /** Every job, in the order they were added. */
  status(): JobStatus[] {
    return [...this.#slots.values()].map((slot) => this.#copy(slot))
  }

  /** Resolves when no run is in progress (a run that ends plans the next; it does not start it). */
  async whenIdle(): Promise<void> {
    let running = [...this.#slots.values()].flatMap((s) => s.running ?? [])
    while (running.length > 0) {
      await Promise.all(running)
      running = [...this.#slots.values()].flatMap((s) => s.running ?? [])
    }
  }

  #share(slot: Slot, signal: AbortSignal): Promise<void> {
    slot.running ??= this.#run(slot, signal).finally(() => (slot.running = undefined))
    return slot.running
  }

  async #run(slot: Slot, signal: AbortSignal): Promise<void> {
    const { job, status } = slot
    this.#unplan(slot)
    status.running = true
    status.lastStartedAt = this.#clock.now()
    try {
      await job.run(signal)
      status.consecutiveFailures = 0
      status.lastSuccessAt = this.#clock.now()
    } catch (error) {
      status.consecutiveFailures++
      status.lastError = { message: messageOf(error), at: this.#clock.now() }
      this.#log?.warn({ job: job.name, err: status.lastError.message, failuresInARow: status.consecutiveFailures, retryInMs: waitAfter(job, status.consecutiveFailures) }, 'background job failed; it will be retried')
    } finally {
      status.running = false
      status.lastFinishedAt = this.#clock.now()
      if (this.#started) this.#plan(slot, waitAfter(job, status.consecutiveFailures))
    }
  }

  #plan(slot: Slot, ms: number): void {
    this.#unplan(slot)
    slot.status.nextRunAt = new Date(this.#clock.now().getTime() + ms)
    slot.timer = this.#timers.setTimeout(() => {
      slot.timer = undefined
      void this.#share(slot, this.#abort.signal)
    }, ms)
  }

  #unplan(slot: Slot): void {
    if (slot.timer !== undefined) this.#timers.clearTimeout(slot.timer)
    slot.timer = undefined
    slot.status.nextRunAt = undefined
  }

  #copy(slot: Slot): JobStatus {
    const { lastError, ...status } = slot.status
    return { ...status, ...(lastError ? { lastError: { ...lastError } } : {}) }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
