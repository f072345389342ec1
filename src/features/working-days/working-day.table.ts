import type { Instant } from '../../platform/db/schema.ts'

export interface WorkingDayExceptionTable {
  /** 'YYYY-MM-DD' on the Vietnamese calendar. */
  day: string
  /** holiday | day-off | worked-day */
  kind: string
  name: string
  /** Null: shipped with the portal (migration 0014). */
  added_by: number | null
  added_at: Instant
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    working_day_exceptions: WorkingDayExceptionTable
  }
}
