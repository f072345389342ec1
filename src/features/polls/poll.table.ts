import type { ColumnType, Generated } from 'kysely'

type Instant = ColumnType<string | Date, string, string>

export interface PollTable {
  id: Generated<number>
  slug: string
  question: string
  /** 1: several choices may be ticked. */
  multiple: number
  opens_at: Instant
  closes_at: Instant
  results_shown: string
  voters: ColumnType<number, number | undefined, number>
  announced_state: ColumnType<string, string | undefined, string>
  created_at: Instant
  updated_at: Instant
}

export interface PollChoiceTable {
  id: Generated<number>
  poll_id: number
  position: number
  label: string
  votes: ColumnType<number, number | undefined, number>
}

export interface PollVoterTable {
  poll_id: number
  /** A keyed hash of address, browser and poll: never the address. */
  voter: string
  day: string
}

export interface PollVoterKeyTable {
  day: string
  secret: string
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    polls: PollTable
    poll_choices: PollChoiceTable
    poll_voters: PollVoterTable
    poll_voter_keys: PollVoterKeyTable
  }
}
