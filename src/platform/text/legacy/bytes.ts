// Legacy text arrives in two shapes, and both become a "byte string": one character a byte, the
// character's code point being the byte (U+0000–U+00FF), as a latin1 reading gives it.
//  - bytes (a .txt or .doc text, a database column read as binary): see bytesToByteString;
//  - a JS string that a Windows-1252 reading made (an old HTML page declared windows-1252 or
//    iso-8859-1 with a `.VnTime` font): its characters are bytes, except that 1252 put 27 of the
//    bytes 0x80–0x9F on other code points (0x80 → €, 0x93 → “ …); charToByte undoes that.

const CP1252_HIGH = new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i))
const BYTE_OF = new Map<string, number>([...CP1252_HIGH].map((char, i) => [char, 0x80 + i]))
const BYTE_OF_CODE = new Map<number, number>([...CP1252_HIGH].map((char, i) => [char.charCodeAt(0), 0x80 + i]))

/** The byte a UTF-16 code unit stands for (see charToByte); -1 if none. */
export function codeToByte(code: number): number {
  return code <= 0xff ? code : (BYTE_OF_CODE.get(code) ?? -1)
}

/** The byte a character stands for in a latin1 or Windows-1252 reading; undefined if it cannot be one. */
export function charToByte(char: string): number | undefined {
  const code = char.charCodeAt(0)
  if (char.length === 1 && code <= 0xff) return code
  return BYTE_OF.get(char)
}

/** True when every character of the text can be a byte (so the text may be legacy-encoded). */
export function couldBeBytes(text: string): boolean {
  for (const char of text) if (charToByte(char) === undefined) return false
  return true
}

/** The text as a byte string (latin1 code points); characters that cannot be bytes are kept. */
export function toByteString(text: string): string {
  let out = ''
  for (const char of text) {
    const byte = charToByte(char)
    out += byte === undefined ? char : String.fromCharCode(byte)
  }
  return out
}

const UTF8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Bytes to text, line by line: a line that is valid UTF-8 is read as UTF-8 (a Unicode paragraph),
 * any other line as a byte string (legacy, or latin1). So a file whose lines mix both reads right.
 */
export function bytesToText(bytes: Uint8Array): string {
  const lines: string[] = []
  let start = 0
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      const line = bytes.subarray(start, i)
      try {
        lines.push(UTF8.decode(line))
      } catch {
        lines.push(bytesToByteString(line))
      }
      start = i + 1
    }
  }
  return lines.join('\n')
}

export function bytesToByteString(bytes: Uint8Array): string {
  let out = ''
  for (const byte of bytes) out += String.fromCharCode(byte)
  return out
}
