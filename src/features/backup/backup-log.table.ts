import type { ColumnType, Generated } from 'kysely'

type Instant = ColumnType<string | Date, string | Date, string | Date>

export interface BackupLogTable {
  id: Generated<number>
  started_at: Instant
  finished_at: Instant
  succeeded: number
  destination: string
  bytes: ColumnType<string | number, number | undefined, number>
  error: ColumnType<string, string | undefined, string>
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    backups: BackupLogTable
  }
}
