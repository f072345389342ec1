import mysql from 'mysql2'
import type { Row, TableReader, TableRow } from './table-reader.ts'

/**
 * NukeViet's tables read from its live MySQL/MariaDB database, one table at a time, each as a
 * stream of rows (the driver's `stream()`), so a large table never sits in memory. Every value
 * comes as MySQL's text form, the same as a dump gives it, so both read alike.
 */
export class MysqlTableReader implements TableReader {
  readonly label: string
  private connection: mysql.Connection | undefined
  private names: Set<string> | undefined

  constructor(private readonly url: string) {
    const address = new URL(url)
    address.password = ''
    this.label = address.toString()
  }

  async* scan(wanted: (table: string) => boolean): AsyncIterable<TableRow> {
    const connection = await this.connect()
    for (const table of this.names!) {
      if (!wanted(table)) continue
      const rows = connection.query({ sql: 'SELECT * FROM ??', values: [table], typeCast: (field) => field.string('utf8') }).stream()
      for await (const row of rows as AsyncIterable<Row>) yield { table, row: { ...row } }
    }
  }

  tables(): ReadonlySet<string> {
    return this.names ?? new Set()
  }

  async close(): Promise<void> {
    const connection = this.connection
    this.connection = undefined
    if (connection) await new Promise<void>((done) => connection.end(() => done()))
  }

  private async connect(): Promise<mysql.Connection> {
    if (this.connection) return this.connection
    const connection = mysql.createConnection({ uri: this.url, charset: 'utf8mb4', supportBigNumbers: true })
    await new Promise<void>((done, fail) => connection.connect((error) => (error ? fail(new Error(`cannot reach the NukeViet database at ${this.label}: ${error.message}`)) : done())))
    this.connection = connection
    const [tables] = await connection.promise().query('SHOW TABLES')
    this.names = new Set((tables as Record<string, string>[]).map((row) => String(Object.values(row)[0])))
    return connection
  }
}
