import { sql, type RawBuilder } from 'kysely'
import type { Dialect } from '../../platform/db/connect.ts'

// The text of attached files is stored as it came out of the file, with its diacritics: the
// helper that extracts it owns that column. Readers search it without diacritics, so it is
// folded as it is matched, in SQL, the same way on both databases: every Vietnamese letter with
// marks becomes its base letter (đ → d), combining marks (decomposed text) are dropped, then lower
// case. Only constant letters are inlined, never anything a reader typed.

const BASES: Record<string, string> = {
  a: 'àáạảãâầấậẩẫăằắặẳẵ',
  e: 'èéẹẻẽêềếệểễ',
  i: 'ìíịỉĩ',
  o: 'òóọỏõôồốộổỗơờớợởỡ',
  u: 'ùúụủũưừứựửữ',
  y: 'ỳýỵỷỹ',
  d: 'đð',
}
const COMBINING_MARKS = '\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b'

const PAIRS: [string, string][] = Object.entries(BASES).flatMap(([base, letters]) =>
  [...letters].flatMap((letter) => [[letter, base], [letter.toUpperCase(), base]] as [string, string][]))
  .concat([['Ð', 'd']])

const FROM = PAIRS.map(([letter]) => letter).join('') + COMBINING_MARKS
const TO = PAIRS.map(([, base]) => base).join('')

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`

/** `column` folded as `fold()` folds (for the LIKE patterns of a reader's query, all a-z0-9). */
export function foldedSql(dialect: Dialect, column: string): RawBuilder<string> {
  if (dialect === 'postgres') return sql<string>`lower(translate(${sql.ref(column)}, ${sql.raw(literal(FROM))}, ${sql.raw(literal(TO))}))`
  // SQLite has no translate(): one replace() a letter. lower() folds the ASCII that remains.
  let expression = `lower(${column.split('.').map((part) => `"${part}"`).join('.')})`
  for (const [letter, base] of PAIRS) expression = `replace(${expression}, ${literal(letter)}, ${literal(base)})`
  for (const mark of COMBINING_MARKS) expression = `replace(${expression}, ${literal(mark)}, '')`
  return sql<string>`${sql.raw(expression)}`
}
