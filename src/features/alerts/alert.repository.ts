import type { Selectable } from 'kysely'
import type { Db } from '../../platform/db/connect.ts'
import { isLevel, type Alert, type AlertInput } from './alert.ts'
import type { AlertTable } from './alert.table.ts'
import './alert.table.ts'

const instant = (value: string | Date): Date => (value instanceof Date ? value : new Date(value))

function toAlert(row: Selectable<AlertTable>): Alert {
  return {
    id: Number(row.id), level: isLevel(row.level) ? row.level : 'info', textVi: row.text_vi, textEn: row.text_en, link: row.link,
    startsAt: instant(row.starts_at), endsAt: instant(row.ends_at), endedAt: row.ended_at === null ? null : instant(row.ended_at), updatedAt: instant(row.updated_at),
  }
}

/** Shown now: started, not yet at their end, not ended by hand; the most urgent first, then the newest. */
export async function listActiveAlerts(db: Db, now: Date): Promise<Alert[]> {
  const at = now.toISOString()
  const rows = await db.selectFrom('alerts').selectAll().where('starts_at', '<=', at).where('ends_at', '>', at).where('ended_at', 'is', null).orderBy('id', 'desc').execute()
  const rank = { emergency: 0, warning: 1, info: 2 }
  return rows.map(toAlert).sort((a, b) => rank[a.level] - rank[b.level])
}

/** Alerts not ended that start before `until`: those shown now or soon (for the pages' lifetimes). */
export async function listAlertsStartingBefore(db: Db, now: Date, until: Date): Promise<Alert[]> {
  const rows = await db.selectFrom('alerts').selectAll().where('starts_at', '<=', until.toISOString()).where('ends_at', '>', now.toISOString()).where('ended_at', 'is', null).execute()
  return rows.map(toAlert)
}

/** The newsroom's list: the newest first, a bounded number (older ones stay in the audit log). */
export async function listRecentAlerts(db: Db, limit = 100): Promise<Alert[]> {
  const rows = await db.selectFrom('alerts').selectAll().orderBy('id', 'desc').limit(limit).execute()
  return rows.map(toAlert)
}

export async function findAlert(db: Db, id: number): Promise<Alert | undefined> {
  const row = await db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toAlert(row)
}

const columns = (input: AlertInput) => ({
  level: input.level, text_vi: input.textVi, text_en: input.textEn, link: input.link,
  starts_at: input.startsAt.toISOString(), ends_at: input.endsAt.toISOString(),
})

export async function insertAlert(db: Db, input: AlertInput, userId: number | null, now: Date): Promise<number> {
  const row = await db.insertInto('alerts').values({ ...columns(input), created_by: userId, created_at: now.toISOString(), updated_at: now.toISOString() })
    .returning('id').executeTakeFirstOrThrow()
  return Number(row.id)
}

export async function updateAlert(db: Db, id: number, input: AlertInput, now: Date): Promise<void> {
  await db.updateTable('alerts').set({ ...columns(input), updated_at: now.toISOString() }).where('id', '=', id).execute()
}

export async function endAlert(db: Db, id: number, now: Date): Promise<void> {
  await db.updateTable('alerts').set({ ended_at: now.toISOString(), updated_at: now.toISOString() }).where('id', '=', id).where('ended_at', 'is', null).execute()
}
