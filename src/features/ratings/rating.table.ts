import type { Generated } from 'kysely'
import type { Instant } from '../../platform/db/schema.ts'

/** A reader's answer to "Thông tin này có hữu ích không?" under one item: one row per reader, item and day. */
export interface ContentRatingTable {
  id: Generated<number>
  /** The item's kind as its content source names it ('article', 'document'). */
  kind: string
  item_id: number
  /** The day in Viet Nam it was given ("2026-12-07"). */
  day: string
  /** The reader's mark for this item and day (platform/http/reader-mark.ts): never the address. */
  reader_mark: string
  /** 1 yes, 0 no. */
  helpful: number
  /** Why not (a RATING_REASONS code), '' when not said or when helpful. */
  reason: string
  /** The reader's own words, kept for the newsroom, never published. */
  comment: string
  created_at: Instant
}

/** One answer to the site survey (/khao-sat): one row per reader and day. */
export interface SurveyAnswerTable {
  id: Generated<number>
  day: string
  reader_mark: string
  interface_score: number
  content_score: number
  quality_score: number
  support_score: number
  comment: string
  created_at: Instant
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    content_ratings: ContentRatingTable
    survey_answers: SurveyAnswerTable
  }
}
