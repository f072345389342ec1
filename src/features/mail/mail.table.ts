import type { ColumnType, Generated } from 'kysely'

// The outbox (migration 20261207-0301-mail-outbox says what each column holds).
type Instant = ColumnType<string | Date, string, string>
type NullableInstant = ColumnType<string | Date | null, string | null | undefined, string | null>

export type MailState = 'waiting' | 'sending' | 'sent' | 'failed'

export interface MailOutboxTable {
  id: Generated<number>
  kind: string
  to_address: string
  subject: string
  text_body: string
  html_body: string
  state: ColumnType<MailState, MailState | undefined, MailState>
  attempts: Generated<number>
  next_attempt_at: Instant
  lease_until: NullableInstant
  last_error: ColumnType<string | null, string | null | undefined, string | null>
  created_at: Instant
  sent_at: NullableInstant
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    mail_outbox: MailOutboxTable
  }
}
