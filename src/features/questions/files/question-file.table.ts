import type { ColumnType, Generated } from 'kysely'

// The question's attachment (migration 20261207-0602-question-files says what each column holds).
export interface QuestionFileTable {
  id: Generated<number>
  question_id: number
  storage_key: string
  file_name: string
  media_type: string
  bytes: number
  sha256: string
  is_public: Generated<number>
  uploaded_at: ColumnType<string | Date, string, string>
}

declare module '../../../platform/db/schema.ts' {
  interface Database {
    question_files: QuestionFileTable
  }
}
