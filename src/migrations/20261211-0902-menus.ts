import type { Kysely } from 'kysely'
import { idColumn } from '../platform/db/id-column.ts'
import type { MigrationContext } from './index.ts'

// Frozen. The menu editor (issue 16): the main and the footer menu of each language, built by
// the administrator. A menu with a row in `menus` has been saved and replaces the portal's
// default one (the categories in the menu and the modules' links); its items are two levels deep.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'
  await db.schema.createTable('menus')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('saved_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('menus_pk', ['name', 'lang'])
    .execute()
  await db.schema.createTable('menu_items').$call(idColumn(dialect))
    .addColumn('menu', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'integer', (c) => c.references('menu_items.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    // 'category', 'page', 'module' or 'link'; target is the category's or page's id, the module's address, the outside URL.
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    // '' takes the category's, page's or module link's own name.
    .addColumn('label', 'text', (c) => c.notNull().defaultTo(''))
    .execute()
  await db.schema.createIndex('menu_items_menu').on('menu_items').columns(['menu', 'lang', 'parent_id', 'position']).execute()
}
