// The line format vCard (RFC 6350) and iCalendar (RFC 5545) share, from RFC 2425: UTF-8 text,
// CRLF line ends, lines folded at 75 octets (never inside a character: a Vietnamese letter is
// two or three octets), and TEXT values with their separators escaped.

/** Backslash, comma, semicolon and line breaks escaped (RFC 6350 §3.4, RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n')
}

/** One content line, folded every 75 octets: CRLF and a space, cut between characters. */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8')
    // Continuation lines start with the space, which counts towards their 75.
    const limit = parts.length === 0 ? 75 : 74
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}
