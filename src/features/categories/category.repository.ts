import type { Db } from '../../platform/db/connect.ts'
import type { Category } from './category.ts'

export async function listAllCategories(db: Db): Promise<Category[]> {
  const rows = await db.selectFrom('categories')
    .select(['id', 'parent_id', 'slug', 'name', 'description', 'position', 'in_menu'])
    .orderBy('position').orderBy('id')
    .execute()
  return rows.map((r) => ({ id: r.id, parentId: r.parent_id, slug: r.slug, name: r.name, description: r.description, position: r.position, inMenu: r.in_menu === 1 }))
}

export interface NewCategory {
  parentId: number | null
  slug: string
  name: string
  description?: string
  position?: number
  inMenu?: boolean
}

export async function insertCategory(db: Db, category: NewCategory, now: Date): Promise<number> {
  const row = await db.insertInto('categories')
    .values({
      parent_id: category.parentId,
      slug: category.slug,
      name: category.name,
      description: category.description ?? '',
      position: category.position ?? 0,
      in_menu: category.inMenu === false ? 0 : 1,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export type CategoryChanges = Omit<Category, 'id'>

export async function updateCategory(db: Db, id: number, changes: CategoryChanges, now: Date): Promise<boolean> {
  const result = await db.updateTable('categories')
    .set({
      parent_id: changes.parentId, slug: changes.slug, name: changes.name, description: changes.description,
      position: changes.position, in_menu: changes.inMenu ? 1 : 0, updated_at: now.toISOString(),
    })
    .where('id', '=', id)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Positions 0, 1, 2… in the order given: how siblings are reordered. */
export async function setCategoryPositions(db: Db, orderedIds: readonly number[], now: Date): Promise<void> {
  for (const [position, id] of orderedIds.entries()) {
    await db.updateTable('categories').set({ position, updated_at: now.toISOString() }).where('id', '=', id).execute()
  }
}

export async function deleteCategory(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom('categories').where('id', '=', id).executeTakeFirst()
  return Number(result.numDeletedRows) === 1
}

export async function categorySlugTaken(db: Db, slug: string, exceptId?: number): Promise<boolean> {
  let q = db.selectFrom('categories').select('id').where('slug', '=', slug)
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId)
  return (await q.executeTakeFirst()) !== undefined
}

/** What still depends on a category: it may be deleted only when all are zero. */
export interface CategoryUsage {
  articles: number
  subcategories: number
  /** Newsroom users whose rights are limited to it (deleting it would widen their rights). */
  users: number
}

export async function categoryUsage(db: Db, id: number): Promise<CategoryUsage> {
  // One after another: inside a transaction they share a single connection.
  const count = (table: 'articles' | 'categories' | 'user_categories', column: 'category_id' | 'parent_id') =>
    db.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('n')).where(column, '=', id).executeTakeFirstOrThrow()
  const articles = await count('articles', 'category_id')
  const subcategories = await count('categories', 'parent_id')
  const users = await count('user_categories', 'category_id')
  return { articles: Number(articles.n), subcategories: Number(subcategories.n), users: Number(users.n) }
}

/**
 * Remembers where a category and everything under it were, before a change of slug or parent
 * moves them. A path taken again later by a live category is simply shadowed: the router asks
 * the live tree first. Written in the change's transaction, with the tree as it was.
 */
export async function keepFormerPaths(db: Db, paths: readonly { path: string; categoryId: number }[], now: Date): Promise<void> {
  for (const { path, categoryId } of paths) {
    await db.insertInto('category_former_paths')
      .values({ path, category_id: categoryId, created_at: now.toISOString() })
      .onConflict((oc) => oc.column('path').doUpdateSet({ category_id: categoryId, created_at: now.toISOString() }))
      .execute()
  }
}

/** The category that used to be at this path, if one was. */
export async function findFormerPath(db: Db, path: string): Promise<number | undefined> {
  const row = await db.selectFrom('category_former_paths').select('category_id').where('path', '=', path).executeTakeFirst()
  return row?.category_id
}
