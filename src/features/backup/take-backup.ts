import { resolve } from 'node:path'
import type { Kysely } from 'kysely'
import type { Dialect } from '../../platform/db/connect.ts'
import type { MediaStorage } from '../../platform/storage/index.ts'
import { recordBackup } from './backup-log.ts'
import { writeBackup, type BackupReport } from './backup.ts'

/**
 * A backup as the operator takes it: written, then recorded in the portal's own database whether
 * it succeeded or not, so the newsroom shows the last one and the compliance page can say whether
 * one is less than a day old. A failure is recorded and then thrown on.
 */
export async function takeBackup(
  database: { db: Kysely<any>; dialect: Dialect }, media: MediaStorage, file: string,
  options: { appVersion: string; now?: () => Date },
): Promise<BackupReport> {
  const now = options.now ?? (() => new Date())
  const startedAt = now()
  const destination = resolve(file)
  try {
    const report = await writeBackup(database, media, file, { appVersion: options.appVersion, now: startedAt })
    await recordBackup(database.db, { startedAt, finishedAt: now(), succeeded: true, destination, bytes: report.bytes, error: '' })
    return report
  } catch (error) {
    await recordBackup(database.db, { startedAt, finishedAt: now(), succeeded: false, destination, bytes: 0, error: error instanceof Error ? error.message : String(error) })
      .catch(() => undefined) // the database itself may be what failed: the first error is the one to tell
    throw error
  }
}
