import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. Each upload now keeps its original beside the WebP widths (re-encoded in its own
// format, upright, without EXIF/GPS), a focal point (in % of the width and height, the centre
// unless an editor sets it), and thumbnails cropped to 3:2 around that point, named
// `<storage_key>-c<x>-<y>-<width>.webp`. Images uploaded before have neither original nor
// thumbnails ('' below): pages crop those in the browser. `search_text` is the alt text, caption
// and file name folded (lower case, no diacritics, đ → d): the editor's picker searches it.
export async function up(db: Kysely<any>, _context: MigrationContext): Promise<void> {
  await db.schema.alterTable('media').addColumn('original_key', 'text', (c) => c.notNull().defaultTo('')).execute()
  await db.schema.alterTable('media').addColumn('original_width', 'integer').execute()
  await db.schema.alterTable('media').addColumn('original_height', 'integer').execute()
  await db.schema.alterTable('media').addColumn('focus_x', 'integer', (c) => c.notNull().defaultTo(50)).execute()
  await db.schema.alterTable('media').addColumn('focus_y', 'integer', (c) => c.notNull().defaultTo(50)).execute()
  await db.schema.alterTable('media').addColumn('thumb_widths', 'text', (c) => c.notNull().defaultTo('')).execute()
  await db.schema.alterTable('media').addColumn('search_text', 'text', (c) => c.notNull().defaultTo('')).execute()
  const rows: { id: number; alt: string; caption: string; original_name: string }[] = await db.selectFrom('media').select(['id', 'alt', 'caption', 'original_name']).execute()
  for (const r of rows) {
    await db.updateTable('media').set({ search_text: folded(`${r.alt} ${r.caption} ${r.original_name}`) }).where('id', '=', r.id).execute()
  }
}

// Written out here, as the code folded text on this day: a migration never changes with the code.
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐðÐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim()
