import { readDump, type Row } from './sql-dump.ts'

export type { Row } from './sql-dump.ts'

export interface TableRow {
  table: string
  row: Row
  /** The dump's line, when the rows come from a dump. */
  line?: number
}

/** NukeViet's tables, from a dump file or a live database: rows as text, NULL as null. */
export interface TableReader {
  /** What errors name: the dump's path, or the database address without its password. */
  readonly label: string
  /** Streams the rows of the tables `wanted` names; afterwards `tables()` lists every table seen. */
  scan(wanted: (table: string) => boolean): AsyncIterable<TableRow>
  tables(): ReadonlySet<string>
  close(): Promise<void>
}

export class DumpTableReader implements TableReader {
  private readonly seen = new Set<string>()

  constructor(readonly label: string) {}

  async* scan(wanted: (table: string) => boolean): AsyncIterable<TableRow> {
    for await (const event of readDump(this.label, wanted)) {
      if (event.kind === 'table') this.seen.add(event.table)
      else yield { table: event.table, row: event.row, line: event.line }
    }
  }

  tables(): ReadonlySet<string> {
    return this.seen
  }

  async close(): Promise<void> {}
}
