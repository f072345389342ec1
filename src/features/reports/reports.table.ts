import type { Instant } from '../../platform/db/schema.ts'

/** The royalty sheet's settings, one number a key (points_bai, points_anh, points_tin, tin_max_words). */
export interface ReportSettingTable {
  key: string
  value: number
  updated_at: Instant
}

/** A spelling of a byline's name counted for another author's name ("Le Hai" → "Lê Hải"). */
export interface ReportAuthorAliasTable {
  alias_key: string
  alias_name: string
  author_name: string
  created_at: Instant
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    report_settings: ReportSettingTable
    report_author_aliases: ReportAuthorAliasTable
  }
}
