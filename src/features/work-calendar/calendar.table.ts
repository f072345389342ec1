import type { ColumnType, Generated } from 'kysely'

type Instant = ColumnType<string | Date, string, string>

export interface CalendarWeekTable {
  /** ISO week in Viet Nam's time: "2026-W49". */
  week: string
  status: string
  published_at: ColumnType<string | Date | null, string | null | undefined, string | null>
  updated_at: Instant
}

export interface CalendarEntryTable {
  id: Generated<number>
  week: string
  /** Local day, "2026-12-07". */
  day: string
  /** Local time, "08:00". */
  starts_at: string
  ends_at: string | null
  title: string
  presides: string
  attends: string
  place: string
  preparing_unit: string
  notes: string
  cancelled: ColumnType<number, number | undefined, number>
  published_values: string | null
  created_at: Instant
  updated_at: Instant
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    calendar_weeks: CalendarWeekTable
    calendar_entries: CalendarEntryTable
  }
}
