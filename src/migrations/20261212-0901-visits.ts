import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. Visit statistics (thống kê truy cập), counted from the readers' beacon, no cookie:
// - visit_events: the raw beacons, at most 48 hours (a job prunes); the visitor is a keyed
//   hash of address and browser under the day's salt, never the address itself;
// - visit_salts: the day's salt, shared by the instances, deleted once the day is over;
// - visit_hours, visit_counts, visit_days: the aggregates kept (days are Viet Nam's, "2026-12-12");
// - visit_settings: which footer counters the administrator shows (one row).
// Minutes are whole minutes since 1970 (UTC), a plain integer on both databases.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  await db.schema.createTable('visit_events')
    .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('minute', 'integer', (c) => c.notNull())
    .addColumn('visitor', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('category_id', 'integer')
    .addColumn('article_id', 'integer')
    .addColumn('referrer', 'text', (c) => c.notNull())
    .addColumn('device', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('visit_events_by_minute').on('visit_events').columns(['minute', 'visitor']).execute()
  await db.schema.createIndex('visit_events_by_day').on('visit_events').columns(['day', 'visitor']).execute()

  await db.schema.createTable('visit_salts')
    .addColumn('day', 'text', (c) => c.primaryKey())
    .addColumn('salt', 'text', (c) => c.notNull())
    .execute()

  await db.schema.createTable('visit_hours')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('hour', 'integer', (c) => c.notNull())
    .addColumn('visits', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('visit_hours_pk', ['day', 'hour'])
    .execute()

  // One row a day and value of each dimension: kind, category, article, referrer, device.
  await db.schema.createTable('visit_counts')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('visits', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('visit_counts_pk', ['dimension', 'day', 'value'])
    .execute()

  await db.schema.createTable('visit_days')
    .addColumn('day', 'text', (c) => c.primaryKey())
    .addColumn('visitors', 'integer', (c) => c.notNull())
    .execute()

  await db.schema.createTable('visit_settings')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('show_online', 'integer', (c) => c.notNull())
    .addColumn('show_today', 'integer', (c) => c.notNull())
    .addColumn('show_total', 'integer', (c) => c.notNull())
    .execute()
}
