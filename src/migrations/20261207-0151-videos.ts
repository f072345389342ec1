import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen: a later change to the schema is a new migration, never an edit here.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'
  const id = dialect === 'postgres' ? 'serial' : 'integer'
  const idColumn = (col: { primaryKey(): any }) => {
    const c = col.primaryKey()
    return dialect === 'sqlite' ? c.autoIncrement() : c
  }
  // An uploaded video (MP4, kept as uploaded) or its captions (WebVTT): one file each, under
  // the media storage's `storage_key`, linked from article bodies.
  await db.schema.createTable('videos')
    .addColumn('id', id, idColumn)
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('original_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('uploaded_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute()
}
