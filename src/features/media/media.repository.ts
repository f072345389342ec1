import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import type { MediaItem } from './media.ts'

export interface NewMedia {
  storageKey: string
  widths: number[]
  originalName: string
  mime: string
  width: number
  height: number
  bytes: number
  alt: string
  caption: string
  uploadedBy: number
}

const selectMedia = (db: Db) => db.selectFrom('media').leftJoin('users', 'users.id', 'media.uploaded_by').select([
  'media.id', 'media.storage_key', 'media.widths', 'media.original_name', 'media.mime', 'media.width', 'media.height',
  'media.bytes', 'media.alt', 'media.caption', 'media.uploaded_by', 'media.created_at', 'users.name as uploader_name',
])
type MediaRow = Awaited<ReturnType<ReturnType<typeof selectMedia>['executeTakeFirstOrThrow']>>

export async function insertMedia(db: Db, media: NewMedia, now: Date): Promise<number> {
  const row = await db.insertInto('media').values({
    storage_key: media.storageKey, widths: media.widths.join(','), original_name: media.originalName, mime: media.mime,
    width: media.width, height: media.height, bytes: media.bytes, alt: media.alt, caption: media.caption,
    uploaded_by: media.uploadedBy, created_at: now.toISOString(),
  }).returning('id').executeTakeFirstOrThrow()
  return row.id
}

export async function findMedia(db: Db, id: number): Promise<MediaItem | undefined> {
  const row = await selectMedia(db).where('media.id', '=', id).executeTakeFirst()
  return row && toMediaItem(row)
}

/** Newest first; `beforeId` continues after the last one shown (keyset, no OFFSET). */
export async function listMedia(db: Db, page: { beforeId?: number; limit: number }): Promise<MediaItem[]> {
  let q = selectMedia(db)
  if (page.beforeId !== undefined) q = q.where('media.id', '<', page.beforeId)
  const rows = await q.orderBy('media.id', 'desc').limit(page.limit).execute()
  return rows.map(toMediaItem)
}

export async function updateMediaText(db: Db, id: number, text: { alt: string; caption: string }): Promise<void> {
  await db.updateTable('media').set({ alt: text.alt, caption: text.caption }).where('id', '=', id).execute()
}

function toMediaItem(r: MediaRow): MediaItem {
  return {
    id: r.id, storageKey: r.storage_key, widths: r.widths.split(',').map(Number), originalName: r.original_name, mime: r.mime,
    width: r.width, height: r.height, bytes: r.bytes, alt: r.alt, caption: r.caption,
    uploadedBy: r.uploaded_by, uploaderName: r.uploader_name, createdAt: toInstant(r.created_at),
  }
}

export interface MediaUse {
  /** Up to a few titles of the articles that show the image (as lead image or in the body). */
  articleTitles: string[]
  articleCount: number
  /** A site setting (the logo) links to it. */
  inSiteSettings: boolean
}

/**
 * Where an image is shown. Its files are named after the storage key, which is random hex,
 * so a plain substring search over the stored addresses cannot match another image.
 */
export async function findMediaUse(db: Db, item: Pick<MediaItem, 'id' | 'storageKey'>): Promise<MediaUse> {
  const fileName = `${item.storageKey}-%`
  const anywhere = `%/${fileName}`
  const articles = await db.selectFrom('articles').select(['title'])
    .where((eb) => eb.or([eb('lead_image_id', '=', item.id), eb('lead_image_url', 'like', anywhere), eb('body_html', 'like', anywhere)]))
    .orderBy('id', 'desc').execute()
  const settings = await db.selectFrom('site_settings').select('key').where('value', 'like', anywhere).execute()
  return { articleTitles: articles.slice(0, 3).map((a) => a.title), articleCount: articles.length, inSiteSettings: settings.length > 0 }
}

export async function deleteMedia(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom('media').where('id', '=', id).executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}
