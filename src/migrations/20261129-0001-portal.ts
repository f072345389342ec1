import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen: a later change to the schema is a new migration, never an edit here.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'
  const id = dialect === 'postgres' ? 'serial' : 'integer'
  const real = dialect === 'postgres' ? 'double precision' : 'real'
  const idColumn = (col: { primaryKey(): any }) => {
    const c = col.primaryKey()
    return dialect === 'sqlite' ? c.autoIncrement() : c
  }

  await db.schema.createTable('categories')
    .addColumn('id', id, idColumn)
    .addColumn('parent_id', 'integer', (c) => c.references('categories.id').onDelete('restrict'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute()

  await db.schema.createTable('articles')
    .addColumn('id', id, idColumn)
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('lead', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body_html', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('byline_kind', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('byline_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('category_id', 'integer', (c) => c.notNull().references('categories.id').onDelete('restrict'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('published_at', instant)
    .addColumn('expires_at', instant)
    .addColumn('lead_image_url', 'text')
    .addColumn('lead_image_alt', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('lead_image_caption', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('seo_title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('seo_description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute()
  // Category pages and the home page list newest-first by keyset (published_at, id).
  await db.schema.createIndex('articles_category_listing')
    .on('articles').columns(['category_id', 'status', 'published_at', 'id']).execute()
  await db.schema.createIndex('articles_listing').on('articles').columns(['status', 'published_at', 'id']).execute()

  await db.schema.createTable('tags')
    .addColumn('id', id, idColumn)
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createTable('article_tags')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('tag_id', 'integer', (c) => c.notNull().references('tags.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('article_tags_pk', ['article_id', 'tag_id'])
    .execute()
  await db.schema.createIndex('article_tags_by_tag').on('article_tags').columns(['tag_id', 'article_id']).execute()

  await db.schema.createTable('link_groups')
    .addColumn('id', id, idColumn)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await db.schema.createTable('links')
    .addColumn('id', id, idColumn)
    .addColumn('group_id', 'integer', (c) => c.notNull().references('link_groups.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()

  await db.schema.createTable('weather_places')
    .addColumn('id', id, idColumn)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('latitude', real, (c) => c.notNull())
    .addColumn('longitude', real, (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await db.schema.createTable('weather_reports')
    .addColumn('place_id', 'integer', (c) => c.primaryKey().references('weather_places.id').onDelete('cascade'))
    .addColumn('fetched_at', instant, (c) => c.notNull())
    .addColumn('report_json', 'text', (c) => c.notNull())
    .execute()

  await db.schema.createTable('site_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute()

}
