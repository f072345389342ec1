import type { ColumnType } from 'kysely'

export interface MonitoringCodeTable {
  /** 'emc' or 'analytics'. */
  kind: string
  snippet: string
  updated_at: ColumnType<string | Date, string, string>
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    monitoring_codes: MonitoringCodeTable
  }
}
