import type { ColumnType, Generated } from 'kysely'

// Phản ánh, kiến nghị's tables (migration 20261207-0702-feedback says what each column holds).
type Instant = ColumnType<string | Date, string, string>
type NullableInstant = ColumnType<string | Date | null, string | null, string | null>

export interface FeedbackTable {
  id: Generated<number>
  code: string
  year: number
  sequence: number
  title: string
  body: string
  place: string
  happened_on: string
  unit: string
  sender_name: string
  email: Generated<string>
  phone: Generated<string>
  named_publicly: number
  public_name: string
  status: Generated<string>
  body_name: Generated<string>
  result_text: Generated<string>
  handler_id: number | null
  due_on: string
  received_at: Instant
  consented_at: Instant
  closed_at: NullableInstant
  closed_on: string | null
  contact_erased_at: NullableInstant
  updated_at: Instant
}

export interface FeedbackAttachmentTable {
  id: Generated<number>
  feedback_id: number
  kind: string
  size: number
  bytes: Buffer
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    feedback: FeedbackTable
    feedback_attachments: FeedbackAttachmentTable
  }
}
