import { PostgresAdapter, type AliasableExpression, type RawBuilder } from 'kysely'
import { jsonArrayFrom as postgresJsonArrayFrom } from 'kysely/helpers/postgres'
import { jsonArrayFrom as sqliteJsonArrayFrom } from 'kysely/helpers/sqlite'
import type { Db } from './connect.ts'

/**
 * A sub-query's rows as one JSON array column, so that a row and its few children (an
 * article and its tags) come back in one query. Read the column with `parseJsonArray`:
 * PostgreSQL hands back parsed JSON, SQLite a string.
 */
export function jsonArrayFrom<O>(db: Db, subquery: AliasableExpression<O> & Parameters<typeof sqliteJsonArrayFrom<O>>[0]): RawBuilder<O[] | string> {
  return (db.getExecutor().adapter instanceof PostgresAdapter ? postgresJsonArrayFrom(subquery) : sqliteJsonArrayFrom(subquery)) as RawBuilder<O[] | string>
}

export function parseJsonArray<T>(value: T[] | string | null | undefined): T[] {
  if (value == null) return []
  return typeof value === 'string' ? (JSON.parse(value) as T[]) : value
}
