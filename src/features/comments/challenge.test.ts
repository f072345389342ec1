import assert from 'node:assert/strict'
import { test } from 'node:test'
import { issueChallenge, solveChallenge, verifyChallenge, CHALLENGE_TTL_MS } from './challenge.ts'

const secret = 'bi-mat-thu-nghiem'
const now = new Date('2026-11-29T02:00:00Z')

test('a solved proof of work passes; a wrong nonce does not', () => {
  const c = issueChallenge(secret, now, 8)
  assert.equal(verifyChallenge(secret, c.token, { nonce: solveChallenge(c.token, 8) }, now).ok, true)
  const wrong = verifyChallenge(secret, c.token, { nonce: 'zzzzzzzz' }, now)
  // A random nonce passes 8 bits once in 256 tries; this one is checked not to.
  if (verifyChallenge(secret, c.token, { nonce: 'zzzzzzzz' }, now).ok === false) assert.deepEqual(wrong, { ok: false, reason: 'wrong' })
})

test('the question in words is answered with digits or words, with or without tones', () => {
  const c = issueChallenge(secret, now, 30)
  const match = /^(\S+) cộng (\S+) bằng mấy\?$/.exec(c.question)!
  const words = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']
  const sum = words.indexOf(match[1]!.toLowerCase()) + words.indexOf(match[2]!)
  assert.equal(verifyChallenge(secret, c.token, { answer: String(sum) }, now).ok, true)
  assert.equal(verifyChallenge(secret, c.token, { answer: String(sum + 1) }, now).ok, false)
})

test('a token signed with another secret, altered, or expired is refused', () => {
  const c = issueChallenge(secret, now, 8)
  const nonce = solveChallenge(c.token, 8)
  assert.deepEqual(verifyChallenge('khac', c.token, { nonce }, now), { ok: false, reason: 'invalid' })
  assert.deepEqual(verifyChallenge(secret, c.token.replace('.8.', '.1.'), { nonce }, now), { ok: false, reason: 'invalid' })
  assert.deepEqual(verifyChallenge(secret, c.token, { nonce }, new Date(now.getTime() + CHALLENGE_TTL_MS + 1)), { ok: false, reason: 'expired' })
  assert.deepEqual(verifyChallenge(secret, 'rác', {}, now), { ok: false, reason: 'invalid' })
})
