import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto'
import { fold } from '../../platform/text/vietnamese.ts'

// A self-hosted challenge for an address that posts fast. The token is signed with a secret
// kept in the database, carries its own expiry, and can be passed two ways: a browser with
// JavaScript finds a nonce so that sha256(token + ":" + nonce) starts with `bits` zero bits
// (about 2^bits hashes: a second or two for one comment, costly for a thousand); a reader
// without JavaScript answers a small sum written in Vietnamese words instead. Nothing is kept
// on the server until the token is used (then its id is counted, so it works once).
export const CHALLENGE_BITS = 16
export const CHALLENGE_TTL_MS = 15 * 60 * 1000

export interface IssuedChallenge {
  token: string
  bits: number
  /** "Bảy cộng hai bằng mấy?" */
  question: string
}

export interface ChallengeAnswer {
  nonce?: string
  answer?: string
}

const NUMBER_WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười',
  'mười một', 'mười hai', 'mười ba', 'mười bốn', 'mười lăm', 'mười sáu', 'mười bảy', 'mười tám']

const sign = (secret: string, text: string) => createHmac('sha256', secret).update(text).digest('base64url')
const answerTag = (secret: string, id: string, answer: number) => sign(secret, `answer:${id}:${answer}`).slice(0, 22)

export function issueChallenge(secret: string, now: Date, bits = CHALLENGE_BITS): IssuedChallenge {
  const id = randomBytes(12).toString('base64url')
  const a = randomInt(1, 10)
  const b = randomInt(1, 10)
  const body = `v1.${id}.${now.getTime() + CHALLENGE_TTL_MS}.${bits}.${answerTag(secret, id, a + b)}`
  const word = NUMBER_WORDS[a]!
  return { token: `${body}.${sign(secret, body)}`, bits, question: `${word.charAt(0).toUpperCase()}${word.slice(1)} cộng ${NUMBER_WORDS[b]} bằng mấy?` }
}

export type ChallengeVerdict = { ok: true; id: string } | { ok: false; reason: 'invalid' | 'expired' | 'wrong' }

export function verifyChallenge(secret: string, token: string, answer: ChallengeAnswer, now: Date): ChallengeVerdict {
  const parts = token.split('.')
  if (parts.length !== 6 || parts[0] !== 'v1') return { ok: false, reason: 'invalid' }
  const [, id, expiresText, bitsText, tag, signature] = parts as [string, string, string, string, string, string]
  const expected = Buffer.from(sign(secret, parts.slice(0, 5).join('.')))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'invalid' }
  if (!/^\d{1,15}$/.test(expiresText) || Number(expiresText) < now.getTime()) return { ok: false, reason: 'expired' }
  const bits = Number(bitsText)
  if (answer.nonce && /^[0-9a-z]{1,32}$/i.test(answer.nonce) && leadingZeroBits(createHash('sha256').update(`${token}:${answer.nonce}`).digest()) >= bits) {
    return { ok: true, id }
  }
  const sum = parseAnswer(answer.answer ?? '')
  if (sum !== undefined && answerTag(secret, id, sum) === tag) return { ok: true, id }
  return { ok: false, reason: 'wrong' }
}

/** "9", "chín", "Chin": a reader may write the number as digits or as a word, with or without tones. */
function parseAnswer(text: string): number | undefined {
  const trimmed = text.trim()
  if (/^\d{1,2}$/.test(trimmed)) return Number(trimmed)
  const folded = fold(trimmed).replace(/\s+/g, ' ')
  const i = NUMBER_WORDS.findIndex((w) => fold(w) === folded)
  return i < 0 ? undefined : i
}

export function leadingZeroBits(digest: Buffer): number {
  let bits = 0
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8
      continue
    }
    return bits + Math.clz32(byte) - 24
  }
  return bits
}

/** What the browser script does, here for tests and for the record. */
export function solveChallenge(token: string, bits: number): string {
  for (let n = 0; ; n++) {
    const nonce = n.toString(36)
    if (leadingZeroBits(createHash('sha256').update(`${token}:${nonce}`).digest()) >= bits) return nonce
  }
}
