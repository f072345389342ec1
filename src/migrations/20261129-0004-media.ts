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

  // One uploaded image. Its files live under MEDIA_DIR as `<storage_key>-<width>.webp`, one per
  // width listed in `widths`; the original bytes are never kept (they may carry EXIF/GPS data).
  await db.schema.createTable('media')
    .addColumn('id', id, idColumn)
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('widths', 'text', (c) => c.notNull())
    .addColumn('original_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('alt', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('caption', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('uploaded_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('media_by_uploader').on('media').columns(['uploaded_by', 'id']).execute()
}
