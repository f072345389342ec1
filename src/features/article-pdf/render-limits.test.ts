import assert from 'node:assert/strict'
import { test } from 'node:test'
import { MAX_WAITING_RENDERS, RenderLimits, RendersBusyError, RENDERS_PER_MINUTE_PER_ADDRESS, TooManyDownloadsError } from './render-limits.ts'

test('an address may have six PDFs made a minute; the seventh waits until the first is a minute old', () => {
  let now = 1_000_000
  const limits = new RenderLimits(() => now)
  for (let i = 0; i < RENDERS_PER_MINUTE_PER_ADDRESS; i++) limits.take('198.51.100.7')()
  assert.throws(() => limits.take('198.51.100.7'), (error: unknown) => error instanceof TooManyDownloadsError && error.retryAfterSeconds === 60)
  now += 30_000
  assert.throws(() => limits.take('198.51.100.7'), (error: unknown) => error instanceof TooManyDownloadsError && error.retryAfterSeconds === 30)
  now += 30_000
  assert.doesNotThrow(() => limits.take('198.51.100.7')())
})

test('only eight PDFs wait for the worker at once, whoever asks; a finished one frees its place once', () => {
  const limits = new RenderLimits(() => 0)
  const releases = Array.from({ length: MAX_WAITING_RENDERS }, (_, i) => limits.take(`203.0.113.${i}`))
  assert.throws(() => limits.take('203.0.113.200'), RendersBusyError)
  releases[0]!()
  releases[0]!()
  assert.doesNotThrow(() => limits.take('203.0.113.201'))
  assert.throws(() => limits.take('203.0.113.202'), RendersBusyError, 'releasing twice gave back one place only')
})
