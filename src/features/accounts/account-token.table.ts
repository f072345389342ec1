import type { ColumnType } from 'kysely'

// Tables and columns of migration 20261207-0302-account-tokens (what each holds is said there).
type Instant = ColumnType<string | Date, string, string>

export type AccountTokenPurpose = 'invitation' | 'password-reset'

export interface AccountTokenTable {
  token_hash: string
  user_id: number
  purpose: AccountTokenPurpose
  created_at: Instant
  expires_at: Instant
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    account_tokens: AccountTokenTable
  }
  interface UserTable {
    must_change_password: ColumnType<number, number | undefined, number>
    mail_when_returned: ColumnType<number, number | undefined, number>
    mail_when_waiting: ColumnType<number, number | undefined, number>
  }
}
