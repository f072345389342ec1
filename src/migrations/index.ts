import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely'
import type { Dialect } from '../platform/db/connect.ts'
import * as portal from './20261129-0001-portal.ts'
import * as newsroomAccounts from './20261129-0002-newsroom-accounts.ts'
import * as newsroomArticles from './20261129-0003-newsroom-articles.ts'
import * as media from './20261129-0004-media.ts'
import * as leadImageSources from './20261129-0005-lead-image-sources.ts'
import * as categoryMenu from './20261129-0006-category-menu.ts'
import * as comments from './20261129-0007-comments.ts'
import * as search from './20261129-0008-search.ts'
import * as articleCommentMark from './20261129-0009-article-comment-mark.ts'
import * as categoryFormerPaths from './20261202-0010-category-former-paths.ts'
import * as articleViews from './20261202-0011-article-views.ts'
import * as signInSecurity from './20261204-0012-sign-in-security.ts'
import * as articleVersions from './20261204-0013-article-versions.ts'
import * as workingDays from './20261204-0014-working-days.ts'
import * as contentLanguage from './20261206-0018-content-language.ts'

export interface MigrationContext {
  dialect: Dialect
}

type MigrationModule = { up(db: Kysely<unknown>, context: MigrationContext): Promise<void> }

// Timestamp-named and applied in this order; never reorder or edit a released one.
const migrations: Record<string, MigrationModule> = {
  '20261129-0001-portal': portal,
  '20261129-0002-newsroom-accounts': newsroomAccounts,
  '20261129-0003-newsroom-articles': newsroomArticles,
  '20261129-0004-media': media,
  '20261129-0005-lead-image-sources': leadImageSources,
  '20261129-0006-category-menu': categoryMenu,
  '20261129-0007-comments': comments,
  '20261129-0008-search': search,
  '20261129-0009-article-comment-mark': articleCommentMark,
  '20261202-0010-category-former-paths': categoryFormerPaths,
  '20261202-0011-article-views': articleViews,
  '20261204-0012-sign-in-security': signInSecurity,
  '20261204-0013-article-versions': articleVersions,
  '20261204-0014-working-days': workingDays,
  '20261206-0018-content-language': contentLanguage,
}

class ListedMigrations implements MigrationProvider {
  constructor(private readonly context: MigrationContext) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const out: Record<string, Migration> = {}
    for (const [name, module] of Object.entries(migrations)) {
      out[name] = { up: (db) => module.up(db, this.context) }
    }
    return out
  }
}

export async function migrateToLatest({ db, dialect, schema }: { db: Kysely<any>; dialect: Dialect; schema?: string }): Promise<void> {
  // Kysely looks for its bookkeeping tables in every schema unless told which one is ours.
  const migrator = new Migrator({ db, provider: new ListedMigrations({ dialect }), ...(schema ? { migrationTableSchema: schema } : {}) })
  // On PostgreSQL the migrator's "which tables exist" is answered from our schemas only, so other
  // clients creating and dropping schemas meanwhile cannot fail it (platform/db/postgres-introspector.ts).
  const { error, results } = await migrator.migrateToLatest()
  if (!error) return
  const failed = results?.find((r) => r.status === 'Error')
  throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
}
