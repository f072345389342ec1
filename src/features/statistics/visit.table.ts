import type { Generated } from 'kysely'

export interface VisitEventTable {
  id: Generated<number>
  day: string
  minute: number
  visitor: string
  kind: string
  category_id: number | null
  article_id: number | null
  referrer: string
  device: string
}

export interface VisitSaltTable { day: string; salt: string }
export interface VisitHourTable { day: string; hour: number; visits: number }
export interface VisitCountTable { day: string; dimension: string; value: string; visits: number }
export interface VisitDayTable { day: string; visitors: number }
export interface VisitSettingsTable { id: number; show_online: number; show_today: number; show_total: number }

declare module '../../platform/db/schema.ts' {
  interface Database {
    visit_events: VisitEventTable
    visit_salts: VisitSaltTable
    visit_hours: VisitHourTable
    visit_counts: VisitCountTable
    visit_days: VisitDayTable
    visit_settings: VisitSettingsTable
  }
}
