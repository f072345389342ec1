import { randomBytes, timingSafeEqual } from 'node:crypto'

// BREACH: an answer compressed with the reader's own words beside the CSRF token (a newsroom
// search echoing its query) grows by a byte less when a guessed prefix of the token matches,
// so an attacker who sees only the sizes of answers could read the token a character at a time.
// Pages therefore never carry the token itself, only the token masked with a fresh one-time pad
// (pad followed by pad XOR token, in base64url): no two answers share those bytes, and the check
// takes the pad off again.

export function maskCsrfToken(token: string): string {
  const secret = Buffer.from(token, 'utf8')
  const pad = randomBytes(secret.length)
  const masked = Buffer.alloc(secret.length)
  for (let i = 0; i < secret.length; i++) masked[i] = pad[i]! ^ secret[i]!
  return Buffer.concat([pad, masked]).toString('base64url')
}

/**
 * Whether `sent` (from a form or the X-CSRF-Token header) is the token, masked or as it is
 * (forms shown before masking existed, still open in someone's browser).
 */
export function matchesCsrfToken(sent: string | undefined, token: string | undefined): boolean {
  if (!sent || !token) return false
  const secret = Buffer.from(token, 'utf8')
  const plain = Buffer.from(sent, 'utf8')
  if (plain.length === secret.length) return timingSafeEqual(plain, secret)
  if (!/^[A-Za-z0-9_-]+$/.test(sent)) return false
  const decoded = Buffer.from(sent, 'base64url')
  if (decoded.length !== 2 * secret.length || decoded.toString('base64url') !== sent) return false
  const unmasked = Buffer.alloc(secret.length)
  for (let i = 0; i < secret.length; i++) unmasked[i] = decoded[i]! ^ decoded[secret.length + i]!
  return timingSafeEqual(unmasked, secret)
}
