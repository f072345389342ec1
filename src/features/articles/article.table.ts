import type { ColumnType } from 'kysely'

// The column issue 13 added to the articles table (migration 0132).
declare module '../../platform/db/schema.ts' {
  interface ArticleTable {
    /** The lead image's 3:2 thumbnails as a srcset, cropped around its focal point; '' when it has none. */
    lead_image_thumbs: ColumnType<string, string | undefined, string>
  }
}

export {}
