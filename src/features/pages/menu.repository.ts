import type { Db } from '../../platform/db/connect.ts'
import { ITEM_KINDS, type ItemKind, type MenuItem, type MenuItemInput, type MenuLang, type MenuName } from './menu.ts'
import './pages.table.ts'

export async function listMenuItems(db: Db): Promise<MenuItem[]> {
  const rows = await db.selectFrom('menu_items').selectAll().orderBy('position').orderBy('id').execute()
  return rows.map((r) => ({
    id: r.id, menu: r.menu as MenuName, lang: r.lang as MenuLang, parentId: r.parent_id, position: Number(r.position),
    kind: (ITEM_KINDS as readonly string[]).includes(r.kind) ? (r.kind as ItemKind) : 'link', target: r.target, label: r.label,
  }))
}

export async function findMenuItem(db: Db, id: number): Promise<MenuItem | undefined> {
  return (await listMenuItems(db)).find((i) => i.id === id)
}

/** The menus the administrator has saved ("main vi"…): each replaces the default one. */
export async function listSavedMenus(db: Db): Promise<Set<string>> {
  const rows = await db.selectFrom('menus').select(['name', 'lang']).execute()
  return new Set(rows.map((r) => `${r.name} ${r.lang}`))
}

export async function markMenuSaved(db: Db, menu: MenuName, lang: MenuLang, now: Date): Promise<void> {
  const saved = await db.selectFrom('menus').select('name').where('name', '=', menu).where('lang', '=', lang).executeTakeFirst()
  if (saved) await db.updateTable('menus').set({ saved_at: now.toISOString() }).where('name', '=', menu).where('lang', '=', lang).execute()
  else await db.insertInto('menus').values({ name: menu, lang, saved_at: now.toISOString() }).execute()
}

/** Back to the default menu: the saved one and its items go. */
export async function forgetMenu(db: Db, menu: MenuName, lang: MenuLang): Promise<void> {
  await db.deleteFrom('menu_items').where('menu', '=', menu).where('lang', '=', lang).where('parent_id', 'is not', null).execute()
  await db.deleteFrom('menu_items').where('menu', '=', menu).where('lang', '=', lang).execute()
  await db.deleteFrom('menus').where('name', '=', menu).where('lang', '=', lang).execute()
}

const fields = (input: MenuItemInput) => ({
  menu: input.menu, lang: input.lang, parent_id: input.parentId, position: input.position, kind: input.kind, target: input.target, label: input.label,
})

export async function insertMenuItem(db: Db, input: MenuItemInput, now: Date): Promise<number> {
  const row = await db.insertInto('menu_items').values(fields(input)).returning('id').executeTakeFirstOrThrow()
  await markMenuSaved(db, input.menu, input.lang, now)
  return row.id
}

export async function updateMenuItem(db: Db, id: number, input: MenuItemInput, now: Date): Promise<void> {
  await db.updateTable('menu_items').set(fields(input)).where('id', '=', id).execute()
  await markMenuSaved(db, input.menu, input.lang, now)
}

export async function deleteMenuItem(db: Db, item: MenuItem, now: Date): Promise<void> {
  await db.deleteFrom('menu_items').where('parent_id', '=', item.id).execute()
  await db.deleteFrom('menu_items').where('id', '=', item.id).execute()
  await markMenuSaved(db, item.menu, item.lang, now)
}

export async function setMenuPositions(db: Db, orderedIds: readonly number[]): Promise<void> {
  for (const [position, id] of orderedIds.entries()) await db.updateTable('menu_items').set({ position }).where('id', '=', id).execute()
}
