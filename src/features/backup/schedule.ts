import type { Db } from '../../platform/db/connect.ts'
import { newsroomDay, newsroomTimeInput } from '../../platform/text/time.ts'
import './backup-log.table.ts'

/** The daily backup the portal takes by itself (`backup --schedule daily`). */
export interface BackupSchedule {
  /** The newsroom's time of day, "02:30" (Asia/Ho_Chi_Minh): a quiet hour by default. */
  at: string
  keep: number
  /** An absolute folder or s3://BUCKET[/PREFIX]. */
  destination: string
  /** The last day an instance took the backup on. */
  claimedDay: string | null
}

export const DEFAULT_AT = '02:30'
export const DEFAULT_KEEP = 14
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/

export async function readSchedule(db: Db): Promise<BackupSchedule | undefined> {
  const row = await db.selectFrom('backup_schedule').selectAll().where('id', '=', 1).executeTakeFirst()
  return row && { at: row.at, keep: Number(row.keep), destination: row.destination, claimedDay: row.claimed_day }
}

/** Sets (or replaces) the schedule. A new one may run today, if its time has not passed yet or is passing now. */
export async function writeSchedule(db: Db, schedule: Omit<BackupSchedule, 'claimedDay'>, now: Date): Promise<void> {
  const values = { at: schedule.at, keep: schedule.keep, destination: schedule.destination, updated_at: now.toISOString() }
  await db.transaction().execute(async (trx) => {
    const updated = await trx.updateTable('backup_schedule').set(values).where('id', '=', 1).executeTakeFirst()
    if (Number(updated.numUpdatedRows) === 0) await trx.insertInto('backup_schedule').values({ id: 1, ...values, claimed_day: null, claimed_at: null }).execute()
  })
}

export async function removeSchedule(db: Db): Promise<boolean> {
  const removed = await db.deleteFrom('backup_schedule').where('id', '=', 1).executeTakeFirst()
  return Number(removed.numDeletedRows) > 0
}

/** Whether the day's backup is due: its time has come in the newsroom's day and no instance has claimed the day. */
export function isDue(schedule: BackupSchedule, now: Date): boolean {
  return schedule.claimedDay !== newsroomDay(now) && newsroomTimeInput(now).slice(11, 16) >= schedule.at
}

/**
 * Claims today's backup for this instance. One conditional UPDATE (… WHERE claimed_day is not
 * today), as the scheduler moves an article: however many instances ask at once, the database
 * lets exactly one row change, so one instance wins and the others see 0 rows and stand down.
 */
export async function claimToday(db: Db, now: Date): Promise<boolean> {
  const day = newsroomDay(now)
  const claimed = await db.updateTable('backup_schedule').set({ claimed_day: day, claimed_at: now.toISOString() })
    .where('id', '=', 1).where((eb) => eb.or([eb('claimed_day', 'is', null), eb('claimed_day', '<>', day)])).executeTakeFirst()
  return Number(claimed.numUpdatedRows) === 1
}
