import { fold } from '../../platform/text/vietnamese.ts'

// A document's number and symbol is kept as typed ("15/2021/QĐ-UBND", "35-NQ/TW", "456/UBND-KT"):
// its format is data, not one pattern (Party documents, dispatches without a kind, numbers
// without a year). Readers type it any way ("qd-ubnd 15 2021", "15/2021/QD-UBND", "QĐ 15"), so it
// is matched by its tokens, folded (no marks, đ → d, lower case) and in no particular order.

/** The folded tokens of a number or a query: "15/2021/QĐ-UBND" → ["15", "2021", "qd", "ubnd"]. */
export function numberTokens(text: string): string[] {
  return fold(text).split(/[^a-z0-9]+/).filter(Boolean)
}

/**
 * What `documents.number_key` holds: the number's tokens, each once, sorted, between single
 * spaces with a space at each end (" 15 2021 qd ubnd "), so that `LIKE '% qd %'` finds a token
 * on both databases and nothing in a pattern needs escaping.
 */
export function numberKey(number: string): string {
  const tokens = [...new Set(numberTokens(number))].sort()
  return tokens.length ? ` ${tokens.join(' ')} ` : ''
}

/** Whether every token of the query is a token of the number: "qd 15 2021" matches "15/2021/QĐ-UBND". */
export function numberMatches(number: string, query: string): boolean {
  const key = numberKey(number)
  const wanted = numberTokens(query)
  return wanted.length > 0 && wanted.every((token) => key.includes(` ${token} `))
}

/** The LIKE patterns over `number_key` that a query's tokens make (at most eight). */
export function numberPatterns(query: string): string[] {
  return [...new Set(numberTokens(query))].slice(0, 8).map((token) => `% ${token} %`)
}
