import { createHash, randomInt } from 'node:crypto'
import { Secret, TOTP } from 'otpauth'
import QRCode from 'qrcode'

// Time-based codes (RFC 6238) as every authenticator app makes them: SHA-1, 6 digits, 30 s.
// A code is accepted one step either side of now (a phone's clock drifts); the step it
// belongs to is returned so that the caller can refuse it the second time.
const ISSUER = 'Tòa soạn'
const PERIOD = 30

export function newSecret(): string {
  return new Secret({ size: 20 }).base32
}

function totp(secret: string, label = ''): TOTP {
  return new TOTP({ issuer: ISSUER, label, secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: PERIOD })
}

/** The 30-second step this code belongs to, when it is right for now ±1 step. */
export function matchingStep(secret: string, code: string, now: Date): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined
  const t = totp(secret)
  const delta = t.validate({ token: code, timestamp: now.getTime(), window: 1 })
  return delta === null ? undefined : t.counter({ timestamp: now.getTime() }) + delta
}

/** The `otpauth://` address an app reads from the QR code. */
export function enrolmentUri(secret: string, email: string): string {
  return totp(secret, email).toString()
}

/** Our own markup (a <svg> of paths, no script, no style), made from the address alone. */
export async function qrCodeSvg(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, width: 240 })
  return svg.replace(/^<svg /, '<svg role="img" aria-label="Mã QR để thêm tài khoản vào ứng dụng xác thực" ')
}

/** The secret in groups of four, to type into an app that cannot scan. */
export function spacedSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ')
}

// Recovery codes: 12 characters from an alphabet without look-alikes (no 0/o, 1/l/i), about
// 60 bits each; only a SHA-256 is kept (they are random, so a slow hash would add nothing).
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'
export const RECOVERY_CODES = 10

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODES }, () => {
    const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`
  })
}

/** Dashes, spaces and case do not matter when a code is typed back. */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(code.toLowerCase().replace(/[\s-]/g, '')).digest('base64url')
}

export function looksLikeTotpCode(code: string): boolean {
  return /^\d{6}$/.test(code)
}
