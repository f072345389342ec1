import type { ColumnType, Generated } from 'kysely'

export interface NoticeTable {
  id: Generated<number>
  title: string
  body: string
  link_url: string
  /** 1 shown to readers, 0 kept in the newsroom only. */
  shown: number
  position: number
  updated_at: ColumnType<string | Date, string, string>
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    notices: NoticeTable
  }
}
