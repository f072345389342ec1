/**
 * A piece of background work, as a feature describes it: what to run and how often. It owns no
 * timer; the JobRunner does (one place starts, spaces, retries and stops every job).
 */
export interface Job {
  /** Unique among the portal's jobs; shown to the administrator and used by `runNow`. */
  name: string
  /** What the administrator reads: the work in the newsroom's words ("Cập nhật thời tiết"). */
  label?: string
  /** Time between the end of one successful run and the start of the next. */
  everyMs: number
  /** One run. A rejection is a failure: recorded, logged, and retried after a back-off. */
  run(signal: AbortSignal): Promise<unknown>
  /** Run once as soon as the runner starts (default), or first after `everyMs`. */
  runAtStart?: boolean
  /** Run once more when the runner stops, after any run in progress: work held in memory is saved. */
  runOnStop?: boolean
  backoff?: Backoff
}

/** After failures in a row the wait doubles from `firstMs` up to `maxMs`; one success resets it. */
export interface Backoff {
  firstMs: number
  maxMs: number
}

/** What the administrator sees of a job. Dates come from the portal's clock. */
export interface JobStatus {
  name: string
  label: string
  everyMs: number
  running: boolean
  lastStartedAt?: Date
  lastFinishedAt?: Date
  lastSuccessAt?: Date
  /** Kept after a later success, so a recovered failure can still be read; see consecutiveFailures. */
  lastError?: { message: string; at: Date }
  consecutiveFailures: number
  /** When the runner will run it next; absent when the runner is not started. */
  nextRunAt?: Date
}

/** By default a failing job first waits its usual interval, then twice, up to four times as long. */
export function backoffOf(job: Job): Backoff {
  return job.backoff ?? { firstMs: job.everyMs, maxMs: job.everyMs * 4 }
}

/** How long to wait before the next run, given the failures in a row so far. */
export function waitAfter(job: Job, consecutiveFailures: number): number {
  if (consecutiveFailures === 0) return job.everyMs
  const { firstMs, maxMs } = backoffOf(job)
  return Math.min(maxMs, firstMs * 2 ** Math.min(consecutiveFailures - 1, 30))
}
