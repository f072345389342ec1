import { fold } from './vietnamese.ts'

// Finding a title by a few words of it, typed with or without diacritics ("dan van" finds
// "Dân vận", đ included). Titles are kept folded beside themselves, as words between single
// spaces with a space at each end; a query becomes LIKE patterns over that, so the same SQL
// works on SQLite and PostgreSQL and nothing in a pattern needs escaping (only a-z, 0-9, space).

/** " hoi nghi tong ket cong tac dan van nam 2020 ": the text folded, one space between words and at the ends. */
export function foldedWords(text: string): string {
  const words = wordsOf(text)
  return words.length ? ` ${words.join(' ')} ` : ''
}

function wordsOf(text: string): string[] {
  return fold(text).split(/[^a-z0-9]+/).filter(Boolean)
}

/**
 * The LIKE patterns a title's folded words must all match: every word typed but the last is a
 * whole word, the last may be the start of one (it is often still being typed). Empty when the
 * query holds no word. At most eight words are used.
 */
export function wordPatterns(query: string): string[] {
  const words = wordsOf(query).slice(0, 8)
  return words.map((word, i) => (i === words.length - 1 ? `% ${word}%` : `% ${word} %`))
}
