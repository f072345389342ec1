import { renameSync, writeFileSync } from 'node:fs'
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks'

// For `npm run bench` only (EVENT_LOOP_REPORT=FILE): how long this process's event loop was
// held up, measured inside it, where a client cannot see it. Nothing of it is reachable over
// HTTP. Each SIGUSR2 writes what was measured since the signal before (JSON, milliseconds) and
// measures afresh; the first one only starts measuring, so the rest of a run pays nothing.

const RESOLUTION_MS = 1

export interface EventLoopDelayReport {
  /** Counts the signals answered, so a reader can tell a new report from the last one. */
  report: number
  samples: number
  meanMs: number
  p50Ms: number
  p99Ms: number
  maxMs: number
}

export function reportEventLoopDelayOnSignal(file: string): void {
  let histogram: IntervalHistogram | undefined
  let report = 0
  process.on('SIGUSR2', () => {
    report++
    const measured = histogram ? summarise(histogram, report) : { report, samples: 0, meanMs: 0, p50Ms: 0, p99Ms: 0, maxMs: 0 }
    // Written whole, then renamed: the reader never sees half a report.
    writeFileSync(`${file}.tmp`, JSON.stringify(measured))
    renameSync(`${file}.tmp`, file)
    histogram ??= monitorEventLoopDelay({ resolution: RESOLUTION_MS })
    histogram.reset()
    histogram.enable()
  })
}

/** The histogram records the time between ticks of a RESOLUTION_MS timer; the delay is what exceeds it. */
function summarise(histogram: IntervalHistogram, report: number): EventLoopDelayReport {
  const delay = (ns: number) => Math.max(0, ns / 1e6 - RESOLUTION_MS)
  return {
    report,
    samples: histogram.count,
    meanMs: histogram.count > 0 ? delay(histogram.mean) : 0,
    p50Ms: histogram.count > 0 ? delay(histogram.percentile(50)) : 0,
    p99Ms: histogram.count > 0 ? delay(histogram.percentile(99)) : 0,
    maxMs: histogram.count > 0 ? delay(histogram.max) : 0,
  }
}
