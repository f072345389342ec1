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
  return table(header, body)
}

function table(header: string[], body: string[][]): string {
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

// ── against a baseline (`--baseline REF`) ──────────────────────────────────────────────

/** One page case measured on both versions: where each sits in a round's measurements. */
export interface Pairing {
  case: string
  baseline: number
  current: number
}

export interface Comparison {
  case: string
  /** Median over rounds of each version's ratio to the same round's bare server. */
  baselineRatio: number
  currentRatio: number
  /** Median over rounds of current req/s over baseline req/s, both from the same round. */
  currentOverBaseline: number
  perRound: number[]
}

/** Ratios, round by round: both versions ran minutes apart at most, on the same machine's load. */
export function compareRounds(rounds: readonly Measurement[][], pairings: readonly Pairing[]): Comparison[] {
  return pairings.map((pair) => {
    const of = (index: number) => rounds.map((round) => round[index]!)
    const baseline = of(pair.baseline)
    const current = of(pair.current)
    const perRound = current.map((m, i) => m.result.requestsPerSecond / baseline[i]!.result.requestsPerSecond)
    return {
      case: pair.case,
      baselineRatio: median(baseline.map((m) => m.ratio!)),
      currentRatio: median(current.map((m) => m.ratio!)),
      currentOverBaseline: median(perRound),
      perRound,
    }
  })
}

/** The same middle as the main table's (the upper one of two): a figure from one round. */
function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
}

export function formatComparison(comparisons: readonly Comparison[], ref: string): string {
  const header = ['case', `${ref}: ratio to bare`, 'current: ratio to bare', `current / ${ref}`, 'per round']
  return table(header, comparisons.map((c) => [
    c.case,
    c.baselineRatio.toFixed(3),
    c.currentRatio.toFixed(3),
    c.currentOverBaseline.toFixed(3),
    c.perRound.map((r) => r.toFixed(2)).join(' '),
  ]))
}

/**
 * Issue 12's condition: the uncached article's ratio to bare no lower than the baseline's. Both
 * versions share each round's bare run, so the ratio of their ratios is current/baseline req/s
 * in that round; its median is the check. The medians of the ratios to bare are printed beside
 * it but not compared: they may come from different rounds of a noisy machine.
 * Undefined when the comparison has no such case.
 */
export function checkAgainstBaseline(comparisons: readonly Comparison[], ref: string): { pass: boolean; line: string } | undefined {
  const article = comparisons.find((c) => c.case === 'article (uncached)')
  if (!article) return undefined
  const pass = article.currentOverBaseline >= 1
  return {
    pass,
    line: `${pass ? 'PASS' : 'MISS'}  article (uncached): ${article.currentOverBaseline.toFixed(3)} × ${ref}'s req/s in the same round, median (target ≥ 1); ` +
      `ratio to bare ${article.currentRatio.toFixed(3)}, ${ref}'s ${article.baselineRatio.toFixed(3)}`,
  }
}
