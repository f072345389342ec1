import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import type { Page, PageInput, PageStatus, Revision } from './page.ts'
import './pages.table.ts'

// The pages are few (tens): they are read whole with their working copy (the newest revision)
// and arranged in memory. What readers see is the live revision's text (readLiveRevision).

export async function listPages(db: Db): Promise<Page[]> {
  const rows = await db.selectFrom('pages').selectAll().orderBy('position').orderBy('id').execute()
  if (rows.length === 0) return []
  const newest = db.selectFrom('page_revisions').select((eb) => eb.fn.max('id').as('id')).groupBy('page_id')
  const revisions = await db.selectFrom('page_revisions').selectAll().where('id', 'in', newest).execute()
  const byPage = new Map(revisions.map((r) => [r.page_id, r]))
  return rows.map((r) => {
    const rev = byPage.get(r.id)
    return {
      id: r.id, parentId: r.parent_id, slug: r.slug, slugEn: r.slug_en, position: Number(r.position), status: r.status as PageStatus,
      liveRevisionId: r.live_revision_id, publishedAt: r.published_at === null ? null : toInstant(r.published_at), updatedAt: toInstant(r.updated_at),
      title: rev?.title ?? '', bodyHtml: rev?.body_html ?? '', titleEn: rev?.title_en ?? '', bodyEnHtml: rev?.body_en_html ?? '',
    }
  })
}

export async function findPage(db: Db, id: number): Promise<Page | undefined> {
  return (await listPages(db)).find((p) => p.id === id)
}

function toRevision(r: { id: number; page_id: number; title: string; body_html: string; title_en: string; body_en_html: string; saved_by: number | null; saved_at: string | Date; restored_from: number | null; name?: string | null }): Revision {
  return {
    id: r.id, pageId: r.page_id, title: r.title, bodyHtml: r.body_html, titleEn: r.title_en, bodyEnHtml: r.body_en_html,
    savedBy: r.saved_by, savedByName: r.name ?? null, savedAt: toInstant(r.saved_at), restoredFrom: r.restored_from,
  }
}

/** The page's revisions, newest first, with who saved each. */
export async function listRevisions(db: Db, pageId: number): Promise<Revision[]> {
  const rows = await db.selectFrom('page_revisions').leftJoin('users', 'users.id', 'page_revisions.saved_by')
    .selectAll('page_revisions').select('users.name as name')
    .where('page_id', '=', pageId).orderBy('page_revisions.id', 'desc').execute()
  return rows.map(toRevision)
}

export async function findRevision(db: Db, pageId: number, id: number): Promise<Revision | undefined> {
  const row = await db.selectFrom('page_revisions').selectAll().where('page_id', '=', pageId).where('id', '=', id).executeTakeFirst()
  return row && toRevision(row)
}

/** The text readers see: the revision last published. */
export async function readLiveRevision(db: Db, page: Page): Promise<Revision | undefined> {
  return page.liveRevisionId === null ? undefined : findRevision(db, page.id, page.liveRevisionId)
}

type Content = Pick<PageInput, 'title' | 'bodyHtml' | 'titleEn' | 'bodyEnHtml'>

async function addRevision(db: Db, pageId: number, content: Content, savedBy: number | null, now: Date, restoredFrom: number | null = null): Promise<number> {
  const row = await db.insertInto('page_revisions').values({
    page_id: pageId, title: content.title, body_html: content.bodyHtml, title_en: content.titleEn, body_en_html: content.bodyEnHtml,
    saved_by: savedBy, saved_at: now.toISOString(), restored_from: restoredFrom,
  }).returning('id').executeTakeFirstOrThrow()
  return row.id
}

export async function insertPage(db: Db, input: PageInput, savedBy: number | null, now: Date, status: PageStatus = 'draft'): Promise<number> {
  const at = now.toISOString()
  const row = await db.insertInto('pages').values({
    parent_id: input.parentId, slug: input.slug, slug_en: input.slugEn, position: input.position, status, live_revision_id: null,
    created_at: at, updated_at: at,
  }).returning('id').executeTakeFirstOrThrow()
  const revision = await addRevision(db, row.id, input, savedBy, now)
  if (status === 'published') await db.updateTable('pages').set({ live_revision_id: revision, published_at: at }).where('id', '=', row.id).execute()
  return row.id
}

/**
 * Saves the form: the address at once, the text as a new revision (only when it changed). An
 * edited published page goes back to draft while readers keep the live revision.
 */
export async function updatePage(db: Db, page: Page, input: PageInput, savedBy: number, now: Date): Promise<void> {
  const changed = input.title !== page.title || input.bodyHtml !== page.bodyHtml || input.titleEn !== page.titleEn || input.bodyEnHtml !== page.bodyEnHtml
  if (changed) await addRevision(db, page.id, input, savedBy, now)
  await db.updateTable('pages').set({
    parent_id: input.parentId, slug: input.slug, slug_en: input.slugEn, position: input.position, updated_at: now.toISOString(),
    ...(changed && page.status !== 'draft' ? { status: 'draft' } : {}),
  }).where('id', '=', page.id).execute()
}

/** An older revision becomes the working copy again, as a new revision (the history keeps both). */
export async function restoreRevision(db: Db, page: Page, revision: Revision, savedBy: number, now: Date): Promise<number> {
  const id = await addRevision(db, page.id, revision, savedBy, now, revision.id)
  await db.updateTable('pages').set({ status: 'draft', updated_at: now.toISOString() }).where('id', '=', page.id).execute()
  return id
}

/** Moves the working copy along the workflow; publishing makes the newest revision the live one. */
export async function setPageStatus(db: Db, page: Page, status: PageStatus, now: Date, live: 'newest' | 'none' | 'keep'): Promise<void> {
  const newest = live === 'newest'
    ? (await db.selectFrom('page_revisions').select((eb) => eb.fn.max('id').as('id')).where('page_id', '=', page.id).executeTakeFirst())?.id ?? null
    : null
  await db.updateTable('pages').set({
    status, updated_at: now.toISOString(),
    ...(live === 'newest' ? { live_revision_id: newest === null ? null : Number(newest), published_at: now.toISOString() } : {}),
    ...(live === 'none' ? { live_revision_id: null, published_at: null } : {}),
  }).where('id', '=', page.id).execute()
}

export async function deletePage(db: Db, id: number): Promise<void> {
  await db.deleteFrom('menu_items').where('kind', '=', 'page').where('target', '=', String(id)).execute()
  await db.deleteFrom('page_revisions').where('page_id', '=', id).execute()
  await db.deleteFrom('pages').where('id', '=', id).execute()
}

export async function setPagePositions(db: Db, orderedIds: readonly number[]): Promise<void> {
  for (const [position, id] of orderedIds.entries()) await db.updateTable('pages').set({ position }).where('id', '=', id).execute()
}
