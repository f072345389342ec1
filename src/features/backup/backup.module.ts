import * as backups from '../../migrations/20261215-0901-backups.ts'
import * as backupSchedule from '../../migrations/20261216-0905-backup-schedule.ts'
import type { PortalModule } from '../../platform/module.ts'
import { backupDuty } from './backup.duty.ts'
import { backupNewsroomRoutes } from './newsroom.routes.ts'
import { appVersion } from './app-version.ts'
import { BACKUPS_PATH } from './paths.ts'
import { scheduledBackupJob } from './scheduled-backup.ts'

// Sao lưu và khôi phục (issue 17): `npm run toasoan -- backup FILE` / `restore FILE [--force]`.
// One gzipped tar: every table as engine-neutral JSON Lines read in one transaction, the media
// files, and a manifest with the migration level, the row counts and a sha256 per entry
// (docs/decisions/0063-backup-engine-neutral-archive.md). Each backup taken is recorded: the
// administrator's list and the compliance page's duty read it. `backup --schedule daily` records
// a daily backup that every instance's job runner looks for and one of them takes (0065).
export const backupModule: PortalModule = {
  name: 'backup',
  title: 'Sao lưu và khôi phục',
  migrations: { '20261215-0901-backups': backups, '20261216-0905-backup-schedule': backupSchedule },
  nav: [{ label: 'Sao lưu', href: BACKUPS_PATH, right: 'site.administer' }],
  compliance: ({ db }) => [backupDuty(db)],
  jobs: ({ database, media, clock, config, log }) => [scheduledBackupJob({ database, media, clock, s3: config.s3, appVersion: appVersion(), log })],
  newsroomRoutes: ({ db, clock }) => backupNewsroomRoutes({ db, clock }),
}
