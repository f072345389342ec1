import type { ColumnType } from 'kysely'

// The columns issue 13 added to the media table (migration 0131).
declare module '../../platform/db/schema.ts' {
  interface MediaTable {
    /** The original, upright and without metadata, in its own format; '' for uploads made before it was kept. */
    original_key: ColumnType<string, string | undefined, string>
    original_width: ColumnType<number | null, number | null | undefined, number | null>
    original_height: ColumnType<number | null, number | null | undefined, number | null>
    /** The focal point, in % of the width and of the height. */
    focus_x: ColumnType<number, number | undefined, number>
    focus_y: ColumnType<number, number | undefined, number>
    /** The 3:2 thumbnails' widths, comma-separated, smallest first; '' when none were made. */
    thumb_widths: ColumnType<string, string | undefined, string>
    /** Alt text, caption and file name, folded (lower case, no diacritics): what the picker searches. */
    search_text: ColumnType<string, string | undefined, string>
  }
}

export {}
