import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import type { Clock } from '../../platform/clock.ts'
import type { Dialect } from '../../platform/db/connect.ts'
import type { Job, JobLog } from '../../platform/jobs/index.ts'
import type { MediaStorage } from '../../platform/storage/index.ts'
import { recordBackup } from './backup-log.ts'
import { writeBackup } from './backup.ts'
import { openDestination, scheduledName, type BackupDestination, type S3Connection } from './destination.ts'
import { claimToday, isDue, readSchedule, type BackupSchedule } from './schedule.ts'

export const SCHEDULED_BACKUP_JOB = 'backup.scheduled'
/** How often each instance looks whether the day's backup is due: the backup starts within a minute of its time. */
export const SCHEDULE_TICK_MS = 60_000

export interface ScheduledBackupDeps {
  database: { db: Kysely<any>; dialect: Dialect }
  media: MediaStorage
  clock: Clock
  s3: S3Connection
  appVersion: string
  log?: JobLog
}

export type ScheduledRun = { ran: false } | { ran: true; where: string; bytes: number; removed: string[] }

/**
 * Every instance ticks; the one that claims the day (schedule.ts `claimToday`) takes the backup.
 * A portal that was down at the hour takes it when it comes back the same day. A failure is
 * recorded (the newsroom's page and the compliance duty show it) and thrown, so the runner logs
 * it; the day stays claimed, so a broken destination is not hammered every minute.
 */
export function scheduledBackupJob(deps: ScheduledBackupDeps): Job {
  return { name: SCHEDULED_BACKUP_JOB, label: 'Sao lưu hằng ngày theo lịch', everyMs: SCHEDULE_TICK_MS, run: () => runScheduledBackup(deps) }
}

export async function runScheduledBackup(deps: ScheduledBackupDeps): Promise<ScheduledRun> {
  const { db } = deps.database
  const schedule = await readSchedule(db)
  if (!schedule || !isDue(schedule, deps.clock.now())) return { ran: false }
  if (!(await claimToday(db, deps.clock.now()))) return { ran: false }
  const destination = openDestination(schedule.destination, deps.s3)
  try {
    return await backUpTo(deps, schedule, destination)
  } finally {
    await destination.close()
  }
}

async function backUpTo(deps: ScheduledBackupDeps, schedule: BackupSchedule, destination: BackupDestination): Promise<ScheduledRun> {
  const startedAt = deps.clock.now()
  const name = scheduledName(startedAt)
  const where = destination.where(name)
  const direct = destination.directFile(name)
  const aside = direct ? undefined : await mkdtemp(join(tmpdir(), 'toasoan-scheduled-backup-'))
  try {
    if (direct) await mkdir(join(direct, '..'), { recursive: true })
    const file = direct ?? join(aside!, name)
    const report = await writeBackup(deps.database, deps.media, file, { appVersion: deps.appVersion, now: startedAt })
    if (!direct) await destination.store(file, name)
    await recordBackup(deps.database.db, { startedAt, finishedAt: deps.clock.now(), succeeded: true, destination: where, bytes: report.bytes, error: '', scheduled: true })
    const removed = await prune(destination, schedule.keep).catch((error: unknown) => {
      deps.log?.warn({ err: error instanceof Error ? error.message : String(error), destination: schedule.destination }, 'scheduled backup taken, but older backups could not be removed')
      return []
    })
    return { ran: true, where, bytes: report.bytes, removed }
  } catch (error) {
    await recordBackup(deps.database.db, { startedAt, finishedAt: deps.clock.now(), succeeded: false, destination: where, bytes: 0, error: error instanceof Error ? error.message : String(error), scheduled: true })
      .catch(() => undefined) // the database may be what failed: the first error is the one to tell
    throw error
  } finally {
    if (aside) await rm(aside, { recursive: true, force: true })
  }
}

/** Keeps the newest `keep` scheduled backups there (names sort by time taken) and deletes the rest; the operator's own files are never touched. */
export async function prune(destination: BackupDestination, keep: number): Promise<string[]> {
  const names = (await destination.list()).sort()
  const old = names.slice(0, Math.max(0, names.length - keep))
  for (const name of old) await destination.remove(name)
  return old
}
