import assert from 'node:assert/strict'
import { test } from 'node:test'
import { RESTART, restartDelay } from './cluster.ts'

test('a worker that keeps dying soon after it starts is replaced ever more slowly, up to half a minute', () => {
  let delay: number = RESTART.firstDelayMs / 2
  const waits: number[] = []
  for (let i = 0; i < 9; i++) waits.push((delay = restartDelay(delay, 1_000)))
  assert.deepEqual(waits, [500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000])
})

test('a worker that ran a while is replaced at once, however slow the replacements were before', () => {
  assert.equal(restartDelay(30_000, RESTART.stableAfterMs), RESTART.firstDelayMs)
  assert.equal(restartDelay(RESTART.firstDelayMs / 2, 60_000), RESTART.firstDelayMs)
})
