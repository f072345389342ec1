import type { Db } from '../../platform/db/connect.ts'
import type { Category } from './category.ts'

export async function listAllCategories(db: Db): Promise<Category[]> {
  const rows = await db.selectFrom('categories')
    .select(['id', 'parent_id', 'slug', 'name', 'description', 'position'])
    .orderBy('position').orderBy('id')
    .execute()
  return rows.map((r) => ({ id: r.id, parentId: r.parent_id, slug: r.slug, name: r.name, description: r.description, position: r.position }))
}

export interface NewCategory {
  parentId: number | null
  slug: string
  name: string
  description?: string
  position?: number
}

export async function insertCategory(db: Db, category: NewCategory, now: Date): Promise<number> {
  const row = await db.insertInto('categories')
    .values({
      parent_id: category.parentId,
      slug: category.slug,
      name: category.name,
      description: category.description ?? '',
      position: category.position ?? 0,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}
