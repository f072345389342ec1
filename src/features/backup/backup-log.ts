import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import './backup-log.table.ts'

/** One backup taken, as the administrator's list and the compliance page read it. */
export interface BackupRecord {
  id: number
  startedAt: Date
  finishedAt: Date
  succeeded: boolean
  /** Where it went: the archive's path (or, later, its bucket and key). */
  destination: string
  bytes: number
  /** Why it failed, in the words of the error; empty when it succeeded. */
  error: string
  /** Taken by the portal on its schedule, not by the operator's command. */
  scheduled: boolean
}

export type NewBackupRecord = Omit<BackupRecord, 'id' | 'scheduled'> & { scheduled?: boolean }

export async function recordBackup(db: Db, record: NewBackupRecord): Promise<void> {
  await db.insertInto('backups').values({
    started_at: record.startedAt.toISOString(), finished_at: record.finishedAt.toISOString(), succeeded: record.succeeded ? 1 : 0,
    destination: record.destination, bytes: record.bytes, error: record.error.slice(0, 2000),
    scheduled: record.scheduled ? 1 : 0,
  }).execute()
}

/** The newest first. */
export async function listBackups(db: Db, limit = 30): Promise<BackupRecord[]> {
  const rows = await db.selectFrom('backups').selectAll().orderBy('finished_at', 'desc').orderBy('id', 'desc').limit(limit).execute()
  return rows.map((r) => ({
    id: r.id, startedAt: toInstant(r.started_at), finishedAt: toInstant(r.finished_at), succeeded: Number(r.succeeded) === 1,
    destination: r.destination, bytes: Number(r.bytes), error: r.error, scheduled: Number(r.scheduled) === 1,
  }))
}

export async function lastSucceeded(db: Db): Promise<Date | undefined> {
  const row = await db.selectFrom('backups').select('finished_at').where('succeeded', '=', 1).orderBy('finished_at', 'desc').limit(1).executeTakeFirst()
  return row && toInstant(row.finished_at)
}
