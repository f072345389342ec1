import type { Db } from '../../platform/db/connect.ts'

export interface LinkGroup {
  id: number
  name: string
  links: { name: string; url: string }[]
}

export async function listLinkGroups(db: Db): Promise<LinkGroup[]> {
  const groups = await db.selectFrom('link_groups').select(['id', 'name']).orderBy('position').orderBy('id').execute()
  const links = await db.selectFrom('links').select(['group_id', 'name', 'url']).orderBy('position').orderBy('id').execute()
  return groups.map((g) => ({ id: g.id, name: g.name, links: links.filter((l) => l.group_id === g.id).map(({ name, url }) => ({ name, url })) }))
}

export async function insertLinkGroup(db: Db, name: string, position: number, links: { name: string; url: string }[]): Promise<number> {
  const { id } = await db.insertInto('link_groups').values({ name, position }).returning('id').executeTakeFirstOrThrow()
  if (links.length > 0) {
    await db.insertInto('links').values(links.map((l, i) => ({ group_id: id, name: l.name, url: l.url, position: i }))).execute()
  }
  return id
}

/** A group as the newsroom edits it: ids and positions included. */
export interface EditableLinkGroup {
  id: number
  name: string
  position: number
  links: EditableLink[]
}

export interface EditableLink {
  id: number
  groupId: number
  name: string
  url: string
  position: number
}

export async function listEditableLinkGroups(db: Db): Promise<EditableLinkGroup[]> {
  const groups = await db.selectFrom('link_groups').select(['id', 'name', 'position']).orderBy('position').orderBy('id').execute()
  const links = await db.selectFrom('links').select(['id', 'group_id', 'name', 'url', 'position']).orderBy('position').orderBy('id').execute()
  return groups.map((g) => ({
    ...g,
    links: links.filter((l) => l.group_id === g.id).map((l) => ({ id: l.id, groupId: l.group_id, name: l.name, url: l.url, position: l.position })),
  }))
}

export async function updateLinkGroup(db: Db, id: number, changes: { name: string; position: number }): Promise<boolean> {
  const result = await db.updateTable('link_groups').set(changes).where('id', '=', id).executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function deleteLinkGroup(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom('link_groups').where('id', '=', id).executeTakeFirst()
  return Number(result.numDeletedRows) === 1
}

export async function setLinkGroupPositions(db: Db, orderedIds: readonly number[]): Promise<void> {
  for (const [position, id] of orderedIds.entries()) await db.updateTable('link_groups').set({ position }).where('id', '=', id).execute()
}

export interface LinkFields {
  groupId: number
  name: string
  url: string
  position: number
}

export async function insertLink(db: Db, link: LinkFields): Promise<number> {
  const { id } = await db.insertInto('links').values({ group_id: link.groupId, name: link.name, url: link.url, position: link.position })
    .returning('id').executeTakeFirstOrThrow()
  return id
}

export async function updateLink(db: Db, id: number, link: LinkFields): Promise<boolean> {
  const result = await db.updateTable('links').set({ group_id: link.groupId, name: link.name, url: link.url, position: link.position })
    .where('id', '=', id).executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function deleteLink(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom('links').where('id', '=', id).executeTakeFirst()
  return Number(result.numDeletedRows) === 1
}

export async function setLinkPositions(db: Db, orderedIds: readonly number[]): Promise<void> {
  for (const [position, id] of orderedIds.entries()) await db.updateTable('links').set({ position }).where('id', '=', id).execute()
}
