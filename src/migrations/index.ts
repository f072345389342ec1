import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely'
import { PORTAL_MODULES } from '../modules.ts'
import type { Dialect } from '../platform/db/connect.ts'
import { migrationsOf } from '../platform/module-list.ts'
import type { MigrationContext, MigrationModule } from '../platform/module.ts'

export type { MigrationContext } from '../platform/module.ts'

// The migration files stay here, frozen, under the names the kysely_migration table already
// holds; each belongs to the module that lists it in its manifest, and they are applied in
// name order across every module (platform/module-list.ts `migrationsOf`).

class ListedMigrations implements MigrationProvider {
  constructor(private readonly migrations: ReadonlyMap<string, MigrationModule>, private readonly context: MigrationContext) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const out: Record<string, Migration> = {}
    for (const [name, module] of this.migrations) {
      out[name] = { up: (db) => module.up(db, this.context) }
    }
    return out
  }
}

export async function migrateToLatest(
  { db, dialect, schema }: { db: Kysely<any>; dialect: Dialect; schema?: string },
  migrations: ReadonlyMap<string, MigrationModule> = migrationsOf(PORTAL_MODULES),
): Promise<void> {
  // Kysely looks for its bookkeeping tables in every schema unless told which one is ours.
  // A module may arrive on a portal that has already run later migrations of other modules (the
  // notices module's 0019 after the pictures' 0131): its migrations are pending, older by name,
  // and still run, in name order. Each module's own migrations stay in order among themselves.
  const migrator = new Migrator({ db, provider: new ListedMigrations(migrations, { dialect }), allowUnorderedMigrations: true, ...(schema ? { migrationTableSchema: schema } : {}) })
  // On PostgreSQL the migrator's "which tables exist" is answered from our schemas only, so other
  // clients creating and dropping schemas meanwhile cannot fail it (platform/db/postgres-introspector.ts).
  const { error, results } = await migrator.migrateToLatest()
  if (!error) return
  const failed = results?.find((r) => r.status === 'Error')
  throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
}
