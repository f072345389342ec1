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
