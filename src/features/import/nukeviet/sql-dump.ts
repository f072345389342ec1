import { MalformedSourceError } from '../records.ts'
import { readStatements, type Statement } from './sql-statements.ts'

/** A row as the dump gives it: every value as text (MySQL's own text form), NULL as null. */
export type Row = Record<string, string | null>

export type DumpEvent =
  | { kind: 'table'; table: string; columns: string[]; line: number }
  | { kind: 'row'; table: string; row: Row; line: number }

const CREATE_TABLE = /^CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?((?:`[^`]+`|\w+)(?:\.(?:`[^`]+`|\w+))?)\s*\(/i
const CREATE_LIKE = /^CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?((?:`[^`]+`|\w+)(?:\.(?:`[^`]+`|\w+))?)\s+\(?\s*LIKE\s+((?:`[^`]+`|\w+)(?:\.(?:`[^`]+`|\w+))?)/i
const INSERT = /^(?:INSERT|REPLACE)\s+(?:(?:LOW_PRIORITY|DELAYED|HIGH_PRIORITY|IGNORE)\s+)*INTO\s+((?:`[^`]+`|\w+)(?:\.(?:`[^`]+`|\w+))?)\s*(\([^)]*\))?\s*VALUES\s*/i
const NOT_COLUMNS = /^(PRIMARY|KEY|UNIQUE|INDEX|CONSTRAINT|FULLTEXT|SPATIAL|FOREIGN|CHECK|PERIOD)\b/i

/**
 * Reads a MySQL/MariaDB dump as it streams: the columns of each CREATE TABLE and the rows of each
 * INSERT (multi-row, with or without a column list). Every INSERT is parsed, so a broken one
 * anywhere stops validation with its line; rows are handed over only for the tables `wanted` names.
 */
export async function* readDump(file: string, wanted: (table: string) => boolean): AsyncGenerator<DumpEvent> {
  const columnsOf = new Map<string, string[]>()
  for await (const statement of readStatements(file)) {
    const like = CREATE_LIKE.exec(statement.text)
    if (like) {
      const table = lastName(like[1]!)
      const columns = columnsOf.get(lastName(like[2]!)) ?? []
      columnsOf.set(table, columns)
      yield { kind: 'table', table, columns, line: statement.line }
      continue
    }
    const create = CREATE_TABLE.exec(statement.text)
    if (create) {
      const table = lastName(create[1]!)
      const columns = tableColumns(statement.text.slice(create[0].length))
      columnsOf.set(table, columns)
      yield { kind: 'table', table, columns, line: statement.line }
      continue
    }
    const insert = INSERT.exec(statement.text)
    if (!insert) continue
    const table = lastName(insert[1]!)
    const columns = insert[2] ? splitTopLevel(insert[2].slice(1, -1)).map(unquoteName) : columnsOf.get(table)
    const keep = wanted(table)
    for (const { values, offset, line } of tuples(file, statement, insert[0].length)) {
      if (!columns) throw malformed(file, statement, offset, `INSERT INTO ${table} before its CREATE TABLE, with no column list`)
      if (values.length !== columns.length) {
        throw malformed(file, statement, offset, `a row of ${table} has ${values.length} values for ${columns.length} columns`)
      }
      if (!keep) continue
      const row: Row = {}
      columns.forEach((column, i) => { row[column] = values[i]! })
      yield { kind: 'row', table, row, line }
    }
  }
}

function lastName(qualified: string): string {
  return unquoteName(qualified.split(/\.(?=[`\w])/).at(-1)!)
}

function unquoteName(name: string): string {
  const trimmed = name.trim()
  return trimmed.startsWith('`') ? trimmed.slice(1, -1).replaceAll('``', '`') : trimmed
}

/** The column names of a CREATE TABLE body: its top-level items that are not keys or constraints. */
function tableColumns(body: string): string[] {
  const end = closingParen(body)
  return splitTopLevel(body.slice(0, end))
    .map((item) => item.trim())
    .filter((item) => item !== '' && !NOT_COLUMNS.test(item))
    .map((item) => unquoteName(/^(`(?:[^`]|``)+`|\S+)/.exec(item)![1]!))
}

function closingParen(text: string): number {
  let depth = 1
  let quote = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quote) {
      if (c === '\\' && quote !== '`') i++
      else if (c === quote) quote = ''
    } else if (c === "'" || c === '"' || c === '`') quote = c
    else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return i
  }
  return text.length
}

function splitTopLevel(text: string): string[] {
  const items: string[] = []
  let depth = 0
  let quote = ''
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quote) {
      if (c === '\\' && quote !== '`') i++
      else if (c === quote) quote = ''
    } else if (c === "'" || c === '"' || c === '`') quote = c
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === ',' && depth === 0) { items.push(text.slice(from, i)); from = i + 1 }
  }
  items.push(text.slice(from))
  return items
}

const ESCAPES: Record<string, string> = { '0': '\0', b: '\b', n: '\n', r: '\r', t: '\t', Z: '\x1a', '%': '\\%', _: '\\_' }
const INTRODUCER = /_[a-z0-9]+\s*(?=['"])/iy
const BARE_VALUE = /^(?:[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?|0x[0-9a-f]*|x'[0-9a-f]*'|b'[01]*'|true|false|null|current_timestamp(?:\(\))?)$/i

/** The value lists after VALUES: `(1,'a\'b',NULL),(2,…)`. */
function* tuples(file: string, statement: Statement, from: number): Generator<{ values: (string | null)[]; offset: number; line: number }> {
  const text = statement.text
  let i = from
  // Lines counted as the rows go by, not from the statement's start each time.
  let line = statement.line
  let counted = 0
  const lineOf = (offset: number) => {
    for (; counted < offset; counted++) if (text[counted] === '\n') line++
    return line
  }
  const skipSpace = () => { while (i < text.length && /\s/.test(text[i]!)) i++ }
  for (;;) {
    skipSpace()
    if (text[i] !== '(') throw malformed(file, statement, i, `expected ( to open a row, found ${describe(text[i])}`)
    const offset = i
    i++
    const values: (string | null)[] = []
    for (;;) {
      skipSpace()
      // A charset introducer (`_binary 'x'`, `_utf8mb4'x'`, as MySQL 8's mysqldump writes) leaves the string as it is.
      INTRODUCER.lastIndex = i
      if (INTRODUCER.test(text)) i = INTRODUCER.lastIndex
      const c = text[i]
      if (c === "'" || c === '"') {
        const parts: string[] = []
        const quoteAt = i
        i++
        for (;;) {
          if (i >= text.length) throw malformed(file, statement, quoteAt, 'a quoted value is never closed')
          const d = text[i]!
          if (d === '\\') {
            const e = text[i + 1] ?? ''
            parts.push(ESCAPES[e] ?? e)
            i += 2
          } else if (d === c) {
            if (text[i + 1] === c) { parts.push(c); i += 2 } else { i++; break }
          } else {
            let j = i
            while (j < text.length && text[j] !== '\\' && text[j] !== c) j++
            parts.push(text.slice(i, j))
            i = j
          }
        }
        values.push(parts.join(''))
      } else {
        let j = i
        while (j < text.length && text[j] !== ',' && text[j] !== ')') j++
        const bare = text.slice(i, j).trim()
        if (!BARE_VALUE.test(bare)) throw malformed(file, statement, i, `unexpected value ${describe(bare)}`)
        values.push(/^null$/i.test(bare) ? null : bare)
        i = j
      }
      skipSpace()
      if (text[i] === ',') { i++; continue }
      if (text[i] === ')') { i++; break }
      throw malformed(file, statement, i, `expected , or ) in a row, found ${describe(text[i])}`)
    }
    yield { values, offset, line: lineOf(offset) }
    skipSpace()
    if (text[i] === ',') { i++; continue }
    if (i >= text.length || /^ON\s+DUPLICATE\s+KEY/i.test(text.slice(i, i + 30))) return
    throw malformed(file, statement, i, `expected , or the end of the statement after a row, found ${describe(text[i])}`)
  }
}

function describe(found: string | undefined): string {
  if (found === undefined || found === '') return 'the end of the statement'
  return JSON.stringify(found.length > 20 ? `${found.slice(0, 20)}…` : found)
}

function lineAt(statement: Statement, offset: number): { line: number; column: number } {
  let line = statement.line
  let column = statement.column
  for (let i = 0; i < offset; i++) {
    if (statement.text[i] === '\n') { line++; column = 1 } else column++
  }
  return { line, column }
}

function malformed(file: string, statement: Statement, offset: number, problem: string): MalformedSourceError {
  return new MalformedSourceError({ file, ...lineAt(statement, offset) }, problem)
}
