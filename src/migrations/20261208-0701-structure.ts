import type { Kysely } from 'kysely'
import { idColumn } from '../platform/db/id-column.ts'
import type { MigrationContext } from './index.ts'

// Frozen. Cơ cấu tổ chức (issue 16): the organisation's units as a tree and the people in them,
// each with an English version beside the Vietnamese, and their history: what happened to a
// unit on which day (renamed, merged, dissolved), and which title a person held in which unit
// from when. Days are 'YYYY-MM-DD' text (a day in Viet Nam, not an instant).
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'
  await db.schema.createTable('org_units').$call(idColumn(dialect))
    .addColumn('parent_id', 'integer', (c) => c.references('org_units.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('functions_html', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('fax', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    // Đường dây nóng: shown first on the structure pages when a unit has one.
    .addColumn('hotline', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('name_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('functions_en_html', 'text', (c) => c.notNull().defaultTo(''))
    // 'active', 'merged' or 'dissolved'; ended_on is the day it stopped, merged_into_id where it went.
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('started_on', 'text')
    .addColumn('ended_on', 'text')
    .addColumn('merged_into_id', 'integer', (c) => c.references('org_units.id'))
    // When the Vietnamese and the English texts last changed: the newsroom compares them.
    .addColumn('vi_changed_at', instant, (c) => c.notNull())
    .addColumn('en_changed_at', instant)
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('org_units_parent').on('org_units').columns(['parent_id', 'position']).execute()
  await db.schema.createTable('org_unit_events').$call(idColumn(dialect))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('org_units.id').onDelete('cascade'))
    // 'renamed', 'merged', 'dissolved', 'received' (another unit merged into this one).
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('name_before', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('name_after', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('other_unit_id', 'integer')
    .addColumn('other_unit_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('recorded_at', instant, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('org_unit_events_unit').on('org_unit_events').columns(['unit_id', 'on_date']).execute()
  await db.schema.createTable('org_people').$call(idColumn(dialect))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('photo_media_id', 'integer')
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_leader', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_spokesperson', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('vi_changed_at', instant, (c) => c.notNull())
    .addColumn('en_changed_at', instant)
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('org_people_unit').on('org_people').columns(['unit_id', 'position']).execute()
  // One row a title held: the current one has no until_on.
  await db.schema.createTable('org_person_posts').$call(idColumn(dialect))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('org_people.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.notNull())
    .addColumn('unit_name', 'text', (c) => c.notNull())
    .addColumn('from_on', 'text', (c) => c.notNull())
    .addColumn('until_on', 'text')
    .execute()
  await db.schema.createIndex('org_person_posts_person').on('org_person_posts').columns(['person_id', 'from_on']).execute()
}
