import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { test } from 'node:test'
import { maskCsrfToken, matchesCsrfToken } from './csrf-mask.ts'

const token = randomBytes(24).toString('base64url')

test('the token is masked differently every time, never shows itself, and every masked copy passes', () => {
  const copies = Array.from({ length: 20 }, () => maskCsrfToken(token))
  assert.equal(new Set(copies).size, copies.length)
  for (const copy of copies) {
    assert.ok(!copy.includes(token.slice(0, 8)))
    assert.match(copy, /^[A-Za-z0-9_-]+$/, 'safe in a form field and a header')
    assert.ok(matchesCsrfToken(copy, token))
  }
})

test('a masked copy of another token, a tampered copy, a cut or lengthened one all fail', () => {
  const copy = maskCsrfToken(token)
  assert.ok(!matchesCsrfToken(maskCsrfToken(randomBytes(24).toString('base64url')), token))
  for (const at of [0, 10, copy.length - 10, copy.length - 2]) {
    const flipped = copy.slice(0, at) + (copy[at] === 'A' ? 'B' : 'A') + copy.slice(at + 1)
    assert.ok(!matchesCsrfToken(flipped, token), `character ${at} changed`)
  }
  assert.ok(!matchesCsrfToken(copy.slice(0, -4), token))
  assert.ok(!matchesCsrfToken(copy + 'AAAA', token))
  assert.ok(!matchesCsrfToken(copy.replace(/.$/, '='), token))
  assert.ok(!matchesCsrfToken('', token))
  assert.ok(!matchesCsrfToken(copy, undefined))
  assert.ok(!matchesCsrfToken(copy, ''))
})

test('the token as it is still passes (a form shown before masking, open in a browser), another does not', () => {
  assert.ok(matchesCsrfToken(token, token))
  assert.ok(!matchesCsrfToken(randomBytes(24).toString('base64url'), token))
})
