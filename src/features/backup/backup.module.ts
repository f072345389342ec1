import type { PortalModule } from '../../platform/module.ts'

// Sao lưu và khôi phục (issue 17): `npm run toasoan -- backup FILE` / `restore FILE [--force]`.
// One gzipped tar: every table as engine-neutral JSON Lines read in one transaction, the media
// files, and a manifest with the migration level, the row counts and a sha256 per entry
// (docs/decisions/0063-backup-engine-neutral-archive.md).
export const backupModule: PortalModule = {
  name: 'backup',
  title: 'Sao lưu và khôi phục',
}
