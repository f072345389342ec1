import type { WrkResult } from './wrk.ts'

export interface Measurement {
  case: string
  url: string
  result: WrkResult
  /** req/s divided by the bare baseline's req/s. */
  ratio?: number
  /** The ratio in each round, when the figure is a median. */
  ratios?: number[]
}

export interface Target {
  case: string
  minRatio: number
}

// Ratios, not req/s: they travel between machines. 0.8 means a cache hit must cost little
// more than node:http itself; 0.08 (~6,500 of ~78,000 req/s in stack-notes.md) means
// rendering from SQLite on every request must stay in the range measured for the stack.
export const TARGETS: readonly Target[] = [
  { case: 'article (cached)', minRatio: 0.8 },
  { case: 'article (uncached)', minRatio: 0.08 },
]

export interface TargetOutcome extends Target {
  ratio: number | undefined
  pass: boolean
}

export function checkTargets(measurements: readonly Measurement[]): TargetOutcome[] {
  return TARGETS.map((target) => {
    const ratio = measurements.find((m) => m.case === target.case)?.ratio
    return { ...target, ratio, pass: ratio !== undefined && ratio >= target.minRatio }
  })
}

export function formatTable(rows: readonly Measurement[]): string {
  const header = ['case', 'req/s', 'p50 ms', 'p99 ms', 'ratio to bare', 'ratio per round']
  const body = rows.map((m) => [
    m.case,
    Math.round(m.result.requestsPerSecond).toLocaleString('en-US'),
    m.result.p50Ms.toFixed(2),
    m.result.p99Ms.toFixed(2),
    m.ratio === undefined ? '' : m.ratio.toFixed(3),
    (m.ratios ?? []).map((r) => r.toFixed(2)).join(' '),
  ])
  const widths = header.map((_, col) => Math.max(...[header, ...body].map((row) => row[col]!.length)))
  // Text left, numbers right: easier to compare columns by eye.
  const line = (row: string[]) =>
    '| ' + row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join(' | ') + ' |'
  const rule = '|' + widths.map((w, col) => (col === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|'
  return [line(header), rule, ...body.map(line)].join('\n')
}

export function formatTargets(outcomes: readonly TargetOutcome[]): string {
  return outcomes
    .map((o) => `${o.pass ? 'PASS' : 'MISS'}  ${o.case}: ratio ${o.ratio === undefined ? 'n/a' : o.ratio.toFixed(3)} (target ≥ ${o.minRatio})`)
    .join('\n')
}

/** Lines about runs that had errors; empty when all were clean. */
export function formatErrors(rows: readonly Measurement[]): string[] {
  return rows
    .filter((m) => m.result.non2xx > 0 || m.result.socketErrors > 0)
    .map((m) => `ERROR  ${m.case}: ${m.result.non2xx} non-2xx/3xx responses, ${m.result.socketErrors} socket errors (of ${m.result.requests} requests)`)
}
