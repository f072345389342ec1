import { CompiledQuery, type Compilable } from 'kysely'
import { readNowIfIdle, type Db } from './connect.ts'

// Building and compiling a Kysely query costs more than SQLite takes to run a small one
// (about 18 µs against 10 µs for the article page's read). The hot reads are therefore
// compiled once per database handle, and run again with new values in the same places; on
// SQLite they run at once when no transaction is open (see readNowIfIdle).
//
// `build` must use its arguments only as values (in where clauses and the like): never to
// choose the query's shape, never in sql.raw, never as arrays. Each argument is stood in by a
// unique marker while compiling, and the markers' places among the parameters are recorded.

type Scalar = string | number | boolean | null

interface Template {
  sql: string
  parameters: readonly unknown[]
  /** For each parameter: the index of the argument that fills it, or -1 to keep the compiled value. */
  slots: number[]
}

export function preparedQuery<A extends Scalar[], Row>(build: (db: Db, ...args: A) => Compilable<Row>): (db: Db, ...args: A) => Promise<Row[]> {
  const templates = new WeakMap<Db, Template>()
  return async (db, ...args) => {
    let template = templates.get(db)
    if (!template) {
      const markers = args.map((_, i) => `\u0000prepared-argument-${i}\u0000`)
      const compiled = build(db, ...(markers as A)).compile()
      const slots = compiled.parameters.map((p) => markers.indexOf(p as string))
      for (const [i, marker] of markers.entries()) {
        if (!slots.includes(i) || compiled.sql.includes(marker)) throw new Error(`preparedQuery: argument ${i} is not used as a plain value`)
      }
      template = { sql: compiled.sql, parameters: compiled.parameters, slots }
      templates.set(db, template)
    }
    const { sql, parameters, slots } = template
    const values = parameters.map((p, i) => (slots[i]! >= 0 ? args[slots[i]!] : p))
    const rows = readNowIfIdle(db, sql, values)
    if (rows) return rows as Row[]
    const result = await db.executeQuery<Row>(CompiledQuery.raw(sql, values))
    return result.rows
  }
}
