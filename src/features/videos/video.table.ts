import type { ColumnType, Generated } from 'kysely'

export interface VideoTable {
  id: Generated<number>
  storage_key: string
  /** 'mp4' (the video) or 'vtt' (its captions). */
  kind: string
  original_name: string
  bytes: number
  uploaded_by: number | null
  created_at: ColumnType<string | Date, string, string>
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    videos: VideoTable
  }
}
