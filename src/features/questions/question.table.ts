import type { ColumnType, Generated } from 'kysely'

// Hỏi đáp's tables (migration 20261207-0601-questions says what each column holds).
type Instant = ColumnType<string | Date, string, string>
type NullableInstant = ColumnType<string | Date | null, string | null, string | null>

export interface QuestionTopicTable {
  id: Generated<number>
  name: string
  position: Generated<number>
}

export interface QuestionTable {
  id: Generated<number>
  code: string
  year: number
  sequence: number
  topic_id: number
  title: string
  body: string
  public_name: string
  asker_name: string
  email: Generated<string>
  phone: Generated<string>
  address: Generated<string>
  lang: Generated<string>
  status: Generated<string>
  assignee_id: number | null
  unit_id: number | null
  unit_name: Generated<string>
  due_on: string
  answer_html: Generated<string>
  answered_by: number | null
  approved_by: number | null
  slug: string | null
  published_at: NullableInstant
  is_faq: Generated<number>
  received_at: Instant
  consented_at: Instant
  closed_at: NullableInstant
  contact_erased_at: NullableInstant
  updated_at: Instant
}

export interface QuestionNoteTable {
  id: Generated<number>
  question_id: number
  user_id: number | null
  body: string
  at: Instant
}

export interface QuestionSettingsTable {
  id: number
  retention_months: number
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    question_topics: QuestionTopicTable
    questions: QuestionTable
    question_notes: QuestionNoteTable
    question_settings: QuestionSettingsTable
  }
}
