// Sao lưu và khôi phục: what other features (and the CLI) may use.
export { backupModule } from './backup.module.ts'
export { takeBackup } from './take-backup.ts'
export { writeBackup, type BackupReport, type Manifest } from './backup.ts'
export { restoreBackup, tablesFilledByMigrations, verifyArchive, RestoreRefusedError, type RestoreReport } from './restore.ts'
export { appVersion } from './app-version.ts'
export { exportContent, type ExportCounts } from './export.ts'
export { scheduleCommand } from './schedule-command.ts'
export { runScheduledBackup, SCHEDULED_BACKUP_JOB } from './scheduled-backup.ts'
