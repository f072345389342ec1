import { charToByte } from './bytes.ts'
import { TCVN3 } from './tcvn3.ts'
import { VISCII } from './viscii.ts'
import { VNI } from './vni.ts'

export type LegacyEncoding = 'tcvn3' | 'vni' | 'viscii'
export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni', 'viscii']

const TCVN3_DECODE = new Map(TCVN3.map(([letter, byte]) => [byte, letter]))
const VISCII_DECODE = new Map(VISCII.map(([letter, byte]) => [byte, letter]))
const VNI_DECODE = vniDecodeTable()

function vniDecodeTable(): Map<string, string> {
  const table = new Map(VNI.map(([letter, bytes]) => [bytes, letter]))
  // Tolerance: a text whose case was changed byte by byte (Word's "change case" on VNI text) has a
  // capital base with a small mark byte or the reverse; the base letter says the case.
  for (const [letter, bytes] of VNI) {
    if (bytes.length !== 2) continue
    const other = bytes[0]! + (bytes[1] === bytes[1]!.toLowerCase() ? bytes[1]!.toUpperCase() : bytes[1]!.toLowerCase())
    if (!table.has(other)) table.set(other, letter)
  }
  return table
}

/**
 * Decodes a text whose characters are bytes (see bytes.ts) from one legacy encoding. Characters
 * that are no letter in that encoding are kept. `capitals`: TCVN3 set in an all-capitals `…H` font.
 * The result is NFC.
 */
export function decodeLegacy(text: string, encoding: LegacyEncoding, options: { capitals?: boolean } = {}): string {
  let out = ''
  if (encoding === 'vni') {
    const chars = [...text]
    for (let i = 0; i < chars.length; i++) {
      const pair = byteChar(chars[i]!) + (i + 1 < chars.length ? byteChar(chars[i + 1]!) : '')
      const two = pair.length === 2 ? VNI_DECODE.get(pair) : undefined
      if (two !== undefined) {
        out += two
        i++
        continue
      }
      out += VNI_DECODE.get(byteChar(chars[i]!)) ?? chars[i]
    }
  } else {
    const table = encoding === 'tcvn3' ? TCVN3_DECODE : VISCII_DECODE
    for (const char of text) {
      const byte = charToByte(char)
      out += (byte === undefined ? undefined : table.get(byte)) ?? char
    }
    if (encoding === 'tcvn3' && options.capitals) out = out.toUpperCase()
  }
  return out.normalize('NFC')
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

function byteChar(char: string): string {
  const byte = charToByte(char)
  return byte === undefined ? '\uffff' : String.fromCharCode(byte)
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
