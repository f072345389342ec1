import { DumpTableReader } from './table-reader.ts'
import { MysqlTableReader } from './mysql-table-reader.ts'
import { NukevietSource, type NukevietOptions } from './nukeviet-source.ts'

export { NukevietSource, type NukevietOptions } from './nukeviet-source.ts'

/**
 * `import nukeviet DATABASE_URL_OR_SQL_DUMP`: a `mysql://` (or `mariadb://`) address is read
 * live; anything else is taken as the path of a `.sql` dump.
 */
export function openNukevietSource(target: string, options: NukevietOptions = {}): NukevietSource {
  const isDatabase = /^(mysql|mariadb):\/\//i.test(target)
  const reader = isDatabase ? new MysqlTableReader(target.replace(/^mariadb:/i, 'mysql:')) : new DumpTableReader(target)
  return new NukevietSource(reader, options)
}
