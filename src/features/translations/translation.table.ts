import type { ColumnType } from 'kysely'

// The columns migration 20261214-0901 added to the articles table.
declare module '../../platform/db/schema.ts' {
  interface ArticleTable {
    /** 1 when an editor chose this Vietnamese article for translation ("cần dịch"). */
    translation_wanted: ColumnType<number, number | undefined, number>
    /** On an English article: the Vietnamese original it translates. */
    translation_of: ColumnType<number | null, number | null | undefined, number | null>
  }
}

export {}
