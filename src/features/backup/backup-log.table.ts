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
  /** 1 when the portal's job runner took it on its schedule (migration 20261216-0905). */
  scheduled: ColumnType<number, number | undefined, number>
}

export interface BackupScheduleTable {
  /** Always 1: there is one schedule. */
  id: number
  /** The newsroom's time of day it runs, "02:30" (Asia/Ho_Chi_Minh). */
  at: string
  /** How many of the scheduled backups are kept at the destination; older ones are deleted there. */
  keep: number
  /** An absolute folder, or s3://BUCKET[/PREFIX]. */
  destination: string
  claimed_day: string | null
  claimed_at: Instant | null
  updated_at: Instant
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    backups: BackupLogTable
    backup_schedule: BackupScheduleTable
  }
}
