import { codeToByte } from './bytes.ts'
import { TCVN3 } from './tcvn3.ts'
import { VISCII } from './viscii.ts'
import { VNI } from './vni.ts'

export type LegacyEncoding = 'tcvn3' | 'vni' | 'viscii'
export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni', 'viscii']

const byByte = (table: readonly (readonly [string, number])[]): (string | undefined)[] => {
  const decode = new Array<string | undefined>(256).fill(undefined)
  for (const [letter, byte] of table) decode[byte] = letter
  return decode
}
const TCVN3_DECODE = byByte(TCVN3)
const VISCII_DECODE = byByte(VISCII)
// VNI, keyed by byte (one-byte letters) and by first byte × 256 + second byte (two-byte letters).
const VNI_SINGLE = new Map<number, string>()
const VNI_PAIR = new Map<number, string>()
for (const [letter, bytes] of VNI) {
  if (bytes.length === 1) VNI_SINGLE.set(bytes.charCodeAt(0), letter)
  else VNI_PAIR.set(bytes.charCodeAt(0) * 256 + bytes.charCodeAt(1), letter)
}
// Tolerance: a text whose case was changed byte by byte (Word's "change case" on VNI text) has a
// capital base with a small mark byte or the reverse; the base letter says the case.
for (const [letter, bytes] of VNI) {
  if (bytes.length !== 2) continue
  const mark = bytes[1]!
  const other = (mark === mark.toLowerCase() ? mark.toUpperCase() : mark.toLowerCase()).charCodeAt(0)
  const key = bytes.charCodeAt(0) * 256 + other
  if (!VNI_PAIR.has(key)) VNI_PAIR.set(key, letter)
}

/**
 * Decodes a text whose characters are bytes (see bytes.ts) from one legacy encoding. Characters
 * that are no letter in that encoding are kept. `capitals`: TCVN3 set in an all-capitals `…H` font.
 * The result is NFC.
 */
export function decodeLegacy(text: string, encoding: LegacyEncoding, options: { capitals?: boolean } = {}): string {
  const parts: string[] = []
  const length = text.length
  if (encoding === 'vni') {
    for (let i = 0; i < length; i++) {
      const byte = codeToByte(text.charCodeAt(i))
      if (byte >= 0 && i + 1 < length) {
        const next = codeToByte(text.charCodeAt(i + 1))
        const two = next >= 0 ? VNI_PAIR.get(byte * 256 + next) : undefined
        if (two !== undefined) {
          parts.push(two)
          i++
          continue
        }
      }
      parts.push((byte >= 0 ? VNI_SINGLE.get(byte) : undefined) ?? text[i]!)
    }
  } else {
    const table = encoding === 'tcvn3' ? TCVN3_DECODE : VISCII_DECODE
    for (let i = 0; i < length; i++) {
      const byte = codeToByte(text.charCodeAt(i))
      parts.push((byte >= 0 ? table[byte] : undefined) ?? text[i]!)
    }
  }
  const out = parts.join('')
  return (encoding === 'tcvn3' && options.capitals ? out.toUpperCase() : out).normalize('NFC')
}

const TCVN3_ENCODE = new Map(TCVN3.map(([letter, byte]) => [letter, String.fromCharCode(byte)]))
const VISCII_ENCODE = new Map(VISCII.map(([letter, byte]) => [letter, String.fromCharCode(byte)]))
const VNI_ENCODE = new Map(VNI)

/**
 * Unicode to a legacy byte string (one character a byte). TCVN3 has no byte for a capital with a
 * tone mark: it gets the small letter's byte, which the `…H` fonts draw as the capital. A character
 * the encoding cannot carry becomes '?'.
 */
export function encodeLegacy(text: string, encoding: LegacyEncoding): string {
  let out = ''
  for (const char of text.normalize('NFC')) {
    if (char.charCodeAt(0) < 0x80) {
      out += char
      continue
    }
    const encoded =
      encoding === 'vni' ? VNI_ENCODE.get(char) : encoding === 'viscii' ? VISCII_ENCODE.get(char) : (TCVN3_ENCODE.get(char) ?? TCVN3_ENCODE.get(char.toLowerCase()))
    out += encoded ?? '?'
  }
  return out
}

/** A byte string as bytes. */
export function byteStringToBytes(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff)
}

/**
 * TCVN3 in a plain (not `…H`) font: a word typed in capitals keeps its toned letters small, having
 * no capital bytes ("TØNH" decodes as "TỉNH"). A word with two or more capital ASCII letters and no
 * small one is set in capitals ("TỈNH"); the count goes into the report.
 */
export function capitaliseTypedCapitals(decoded: string): { text: string; capitalised: number } {
  let capitalised = 0
  const text = decoded.replace(/[\p{L}\p{M}]+/gu, (word) => {
    const ascii = word.replace(/[^a-zA-Z]/g, '')
    if (ascii.replace(/[^A-Z]/g, '').length >= 2 && !/[a-z]/.test(ascii) && word !== word.toUpperCase()) {
      capitalised++
      return word.toUpperCase()
    }
    return word
  })
  return { text, capitalised }
}
