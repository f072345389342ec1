import type { ColumnType, Generated } from 'kysely'

type Instant = ColumnType<string | Date, string, string>

export interface AlertTable {
  id: Generated<number>
  level: string
  text_vi: string
  text_en: ColumnType<string, string | undefined, string>
  link: ColumnType<string, string | undefined, string>
  starts_at: Instant
  ends_at: Instant
  ended_at: ColumnType<string | Date | null, string | null | undefined, string | null>
  created_by: ColumnType<number | null, number | null | undefined, number | null>
  created_at: Instant
  updated_at: Instant
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    alerts: AlertTable
  }
}
