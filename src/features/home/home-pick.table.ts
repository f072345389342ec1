import type { ColumnType } from 'kysely'

export interface HomePickTable {
  article_id: number
  /** 'lead' (tin tiêu điểm) or 'featured' (tin nổi bật). */
  slot: string
  position: number
  picked_by: ColumnType<number | null, number | null | undefined, number | null>
  picked_at: ColumnType<string | Date, string, string>
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    home_picks: HomePickTable
  }
}
