import type { Db } from '../../platform/db/connect.ts'
import './notice.table.ts'

export interface Notice {
  id: number
  title: string
  body: string
  linkUrl: string
  shown: boolean
  position: number
}

export interface NoticeInput {
  title: string
  body: string
  linkUrl: string
  shown: boolean
  position: number
}

const columns = ['id', 'title', 'body', 'link_url', 'shown', 'position'] as const

function toNotice(row: { id: number; title: string; body: string; link_url: string; shown: number; position: number }): Notice {
  return { id: row.id, title: row.title, body: row.body, linkUrl: row.link_url, shown: row.shown === 1, position: row.position }
}

/** Every notice in the newsroom's order; `shownOnly` for what readers see. */
export async function listNotices(db: Db, { shownOnly = false } = {}): Promise<Notice[]> {
  let query = db.selectFrom('notices').select(columns).orderBy('position').orderBy('id')
  if (shownOnly) query = query.where('shown', '=', 1)
  return (await query.execute()).map(toNotice)
}

export async function findNotice(db: Db, id: number): Promise<Notice | undefined> {
  const row = await db.selectFrom('notices').select(columns).where('id', '=', id).executeTakeFirst()
  return row && toNotice(row)
}

const rowOf = (input: NoticeInput, now: Date) => ({
  title: input.title, body: input.body, link_url: input.linkUrl, shown: input.shown ? 1 : 0, position: input.position, updated_at: now.toISOString(),
})

export async function insertNotice(db: Db, input: NoticeInput, now: Date): Promise<number> {
  const { id } = await db.insertInto('notices').values(rowOf(input, now)).returning('id').executeTakeFirstOrThrow()
  return id
}

export async function updateNotice(db: Db, id: number, input: NoticeInput, now: Date): Promise<void> {
  await db.updateTable('notices').set(rowOf(input, now)).where('id', '=', id).execute()
}

export async function deleteNotice(db: Db, id: number): Promise<void> {
  await db.deleteFrom('notices').where('id', '=', id).execute()
}
