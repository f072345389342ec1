import type { CreateTableBuilder } from 'kysely'
import type { Dialect } from './connect.ts'

/**
 * Adds the `id` column a table of rows starts with: `serial primary key` on PostgreSQL,
 * `integer primary key autoincrement` on SQLite (autoincrement so that a deleted row's id is
 * never given again: audit entries and links may still name it).
 * `db.schema.createTable('polls').$call(idColumn(dialect)).addColumn(…)`
 * Migrations may use it (it is platform code, not a feature's); older migrations spell it out.
 */
export function idColumn(dialect: Dialect) {
  return <T extends string, C extends string>(table: CreateTableBuilder<T, C>): CreateTableBuilder<T, C | 'id'> =>
    dialect === 'postgres'
      ? table.addColumn('id', 'serial', (c) => c.primaryKey())
      : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
}
