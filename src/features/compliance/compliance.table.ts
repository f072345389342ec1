import type { ColumnType, Generated } from 'kysely'

type Instant = ColumnType<string | Date, string, string>

export interface ComplianceThresholdTable {
  duty: string
  percent: number
  updated_at: Instant
}

export interface AccessibilityCheckTable {
  id: Generated<number>
  /** 'YYYY-MM-DD', the day the check was made. */
  checked_on: string
  result: string
  note: ColumnType<string, string | undefined, string>
  recorded_by: number | null
  recorded_at: Instant
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    compliance_thresholds: ComplianceThresholdTable
    accessibility_checks: AccessibilityCheckTable
  }
}
