import type { Db } from '../../platform/db/connect.ts'
import './account-token.table.ts'

// Each user's choice of workflow mail (on unless they turn it off). The editorial module asks
// whom to write to; the choice and the addresses stay the accounts module's.

export type MailChoice = 'returned' | 'waiting'
export type MailChoices = Record<MailChoice, boolean>

const COLUMN = { returned: 'mail_when_returned', waiting: 'mail_when_waiting' } as const

export async function readMailChoices(db: Db, userId: number): Promise<MailChoices> {
  const row = await db.selectFrom('users').select(['mail_when_returned', 'mail_when_waiting']).where('id', '=', userId).executeTakeFirstOrThrow()
  return { returned: row.mail_when_returned === 1, waiting: row.mail_when_waiting === 1 }
}

export async function writeMailChoices(db: Db, userId: number, choices: MailChoices, now: Date): Promise<void> {
  await db.updateTable('users')
    .set({ mail_when_returned: choices.returned ? 1 : 0, mail_when_waiting: choices.waiting ? 1 : 0, updated_at: now.toISOString() })
    .where('id', '=', userId).execute()
}

/** Of these users, the active ones who want this mail: their addresses and names. */
export async function usersWhoChoseMail(db: Db, userIds: readonly number[], choice: MailChoice): Promise<{ id: number; email: string; name: string }[]> {
  const unique = [...new Set(userIds)]
  if (unique.length === 0) return []
  return db.selectFrom('users').select(['id', 'email', 'name'])
    .where('id', 'in', unique).where('is_active', '=', 1).where(COLUMN[choice], '=', 1)
    .orderBy('id').execute()
}
