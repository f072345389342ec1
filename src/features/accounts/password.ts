import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto'

// scrypt is memory-hard and ships with Node. N=2^15, r=8 uses 32 MiB per hash: slow enough to
// make guessing expensive, fast enough (~100 ms) for a sign-in. Parameters are stored with each
// hash so they can be raised later without breaking old passwords.
const PARAMS = { N: 2 ** 15, r: 8, p: 1 }
const KEY_LENGTH = 32

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password.normalize('NFC'), salt, KEY_LENGTH, { ...options, maxmem: 128 * options.N! * options.r! * 2 }, (error, key) =>
      (error ? reject(error) : resolve(key))))
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await scrypt(password, salt, PARAMS)
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('base64url')}$${key.toString('base64url')}`
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !key) return false
  const expected = Buffer.from(key, 'base64url')
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) })
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

let decoy: Promise<string> | undefined

/**
 * A real hash of a random password, made once per process: an unknown address is checked
 * against it, so that refusing it costs the same scrypt derivation as refusing a wrong password
 * (a hand-written constant once lacked a field, failed to parse, and answered in 3 ms instead of 300).
 */
export function decoyPasswordHash(): Promise<string> {
  // A failure (memory, say) is not remembered: the next sign-in makes it again.
  decoy ??= hashPassword(randomBytes(18).toString('base64url')).catch((error: unknown) => {
    decoy = undefined
    throw error
  })
  return decoy
}

/** For first-start administrators: 16 characters a person can type. */
export function generatePassword(): string {
  return randomBytes(12).toString('base64url')
}

export const MIN_PASSWORD_LENGTH = 10
