import * as backups from '../../migrations/20261215-0901-backups.ts'
import type { PortalModule } from '../../platform/module.ts'
import { backupDuty } from './backup.duty.ts'
import { backupNewsroomRoutes } from './newsroom.routes.ts'
import { BACKUPS_PATH } from './paths.ts'

// Sao lưu và khôi phục (issue 17): `npm run toasoan -- backup FILE` / `restore FILE [--force]`.
// One gzipped tar: every table as engine-neutral JSON Lines read in one transaction, the media
// files, and a manifest with the migration level, the row counts and a sha256 per entry
// (docs/decisions/0063-backup-engine-neutral-archive.md). Each backup taken is recorded: the
// administrator's list and the compliance page's duty read it.
export const backupModule: PortalModule = {
  name: 'backup',
  title: 'Sao lưu và khôi phục',
  migrations: { '20261215-0901-backups': backups },
  nav: [{ label: 'Sao lưu', href: BACKUPS_PATH, right: 'site.administer' }],
  compliance: ({ db }) => [backupDuty(db)],
  newsroomRoutes: ({ db, clock }) => backupNewsroomRoutes({ db, clock }),
}
