import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkAgainstBaseline, compareRounds, formatComparison, type Measurement } from '../../bench/report.ts'

// The --baseline table without wrk: figures made up, one round per array, bare first.
function round(bare: number, ...rest: number[]): Measurement[] {
  return [bare, ...rest].map((rps, i) => ({
    case: `case ${i}`,
    url: '',
    ratio: rps / bare,
    result: { requestsPerSecond: rps, p50Ms: 1, p99Ms: 2, requests: rps, non2xx: 0, socketErrors: 0 },
  }))
}

const rounds = [
  // bare, article (uncached) on the baseline, on this checkout
  round(10_000, 800, 900),
  round(5_000, 500, 400),
  round(8_000, 720, 800),
]
const pairings = [{ case: 'article (uncached)', baseline: 1, current: 2 }]

test('each round compares the two versions measured in it, and the median stands for the case', () => {
  const [article] = compareRounds(rounds, pairings)
  assert.deepEqual(article!.perRound.map((r) => Number(r.toFixed(3))), [1.125, 0.8, 1.111])
  assert.equal(article!.currentOverBaseline.toFixed(3), '1.111')
  // Ratios to the bare server: baseline 0.08, 0.10, 0.09; current 0.09, 0.08, 0.10.
  assert.equal(article!.baselineRatio.toFixed(3), '0.090')
  assert.equal(article!.currentRatio.toFixed(3), '0.090')
})

test('the table names the baseline and gives every round', () => {
  const table = formatComparison(compareRounds(rounds, pairings), 'f9f2b21')
  const [header, rule, row] = table.split('\n')
  assert.match(header!, /\| case +\| f9f2b21: ratio to bare \| current: ratio to bare \| current \/ f9f2b21 \| +per round \|/)
  assert.match(rule!, /^\|-+\|-+:\|/)
  assert.match(row!, /\| article \(uncached\) \| +0\.090 \| +0\.090 \| +1\.111 \| 1\.13 0\.80 1\.11 \|/)
})

test('the uncached article passes when it is no slower than the baseline in the same rounds, and misses below', () => {
  // Medians of the ratios to bare can come from different rounds (here both 0.090); the check
  // takes the rounds' own current/baseline ratios, whose median is 1.111.
  const faster = checkAgainstBaseline(compareRounds(rounds, pairings), 'f9f2b21')
  assert.deepEqual(faster, {
    pass: true,
    line: "PASS  article (uncached): 1.111 × f9f2b21's req/s in the same round, median (target ≥ 1); ratio to bare 0.090, f9f2b21's 0.090",
  })
  const slower = [round(10_000, 900, 800), round(10_000, 800, 900), round(10_000, 1000, 900)]
  const outcome = checkAgainstBaseline(compareRounds(slower, pairings), 'f9f2b21')!
  assert.equal(outcome.pass, false)
  assert.match(outcome.line, /^MISS {2}article \(uncached\): 0\.900 × f9f2b21's req\/s/)
  assert.equal(checkAgainstBaseline([], 'f9f2b21'), undefined)
})
