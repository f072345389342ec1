import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import { fold } from '../../platform/text/vietnamese.ts'
import type { Focus, MediaItem, OriginalFile } from './media.ts'

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
  /** Null for pictures no one uploaded (the demo's). */
  uploadedBy: number | null
  /** Absent (with no thumbnails, centred) for a record made without them, as older uploads were. */
  original?: OriginalFile | undefined
  focus?: Focus
  thumbWidths?: number[]
}

/** What the picker's search looks in: the words of the alt text, the caption and the file name, folded. */
const searchText = (m: { alt: string; caption: string; originalName: string }) => fold(`${m.alt} ${m.caption} ${m.originalName}`).replace(/\s+/g, ' ').trim()

const selectMedia = (db: Db) => db.selectFrom('media').leftJoin('users', 'users.id', 'media.uploaded_by').select([
  'media.id', 'media.storage_key', 'media.widths', 'media.original_name', 'media.mime', 'media.width', 'media.height',
  'media.bytes', 'media.alt', 'media.caption', 'media.uploaded_by', 'media.created_at', 'users.name as uploader_name',
  'media.original_key', 'media.original_width', 'media.original_height', 'media.focus_x', 'media.focus_y', 'media.thumb_widths',
])
type MediaRow = Awaited<ReturnType<ReturnType<typeof selectMedia>['executeTakeFirstOrThrow']>>

export async function insertMedia(db: Db, media: NewMedia, now: Date): Promise<number> {
  const row = await db.insertInto('media').values({
    storage_key: media.storageKey, widths: media.widths.join(','), original_name: media.originalName, mime: media.mime,
    width: media.width, height: media.height, bytes: media.bytes, alt: media.alt, caption: media.caption,
    uploaded_by: media.uploadedBy, created_at: now.toISOString(),
    original_key: media.original?.key ?? '', original_width: media.original?.width ?? null, original_height: media.original?.height ?? null,
    focus_x: media.focus?.x ?? 50, focus_y: media.focus?.y ?? 50, thumb_widths: (media.thumbWidths ?? []).join(','), search_text: searchText(media),
  }).returning('id').executeTakeFirstOrThrow()
  return row.id
}

export async function findMedia(db: Db, id: number): Promise<MediaItem | undefined> {
  const row = await selectMedia(db).where('media.id', '=', id).executeTakeFirst()
  return row && toMediaItem(row)
}

/**
 * Newest first; `beforeId` continues after the last one shown (keyset, no OFFSET). `words`
 * narrows to the images whose alt text, caption or file name hold every one of them, with or
 * without diacritics.
 */
export async function listMedia(db: Db, page: { beforeId?: number; limit: number; words?: string }): Promise<MediaItem[]> {
  let q = selectMedia(db)
  if (page.beforeId !== undefined) q = q.where('media.id', '<', page.beforeId)
  // LIKE's own characters are dropped, not escaped: SQLite and PostgreSQL escape differently, and no one searches for them.
  for (const word of fold(page.words ?? '').replace(/[\\%_]/g, ' ').split(/\s+/).filter(Boolean).slice(0, 8)) {
    q = q.where('media.search_text', 'like', `%${word}%`)
  }
  const rows = await q.orderBy('media.id', 'desc').limit(page.limit).execute()
  return rows.map(toMediaItem)
}

export async function updateMediaText(db: Db, item: Pick<MediaItem, 'id' | 'originalName'>, text: { alt: string; caption: string }): Promise<void> {
  await db.updateTable('media').set({ alt: text.alt, caption: text.caption, search_text: searchText({ ...text, originalName: item.originalName }) })
    .where('id', '=', item.id).execute()
}

export async function updateMediaFocus(db: Db, id: number, focus: Focus, thumbWidths: number[]): Promise<void> {
  await db.updateTable('media').set({ focus_x: focus.x, focus_y: focus.y, thumb_widths: thumbWidths.join(',') }).where('id', '=', id).execute()
}

/**
 * Articles copy their lead image's thumbnails (a list needs no join): they follow a new focal
 * point. Returns the published ones, whose pages are then purged.
 */
export async function updateLeadImageThumbs(db: Db, mediaId: number, thumbs: string): Promise<{ id: number; categoryId: number }[]> {
  await db.updateTable('articles').set({ lead_image_thumbs: thumbs }).where('lead_image_id', '=', mediaId).execute()
  const rows = await db.selectFrom('articles').select(['id', 'category_id']).where('lead_image_id', '=', mediaId).where('status', '=', 'published').execute()
  return rows.map((r) => ({ id: r.id, categoryId: r.category_id }))
}

function toMediaItem(r: MediaRow): MediaItem {
  return {
    id: r.id, storageKey: r.storage_key, widths: r.widths.split(',').map(Number), originalName: r.original_name, mime: r.mime,
    width: r.width, height: r.height, bytes: r.bytes, alt: r.alt, caption: r.caption,
    uploadedBy: r.uploaded_by, uploaderName: r.uploader_name, createdAt: toInstant(r.created_at),
    original: r.original_key && r.original_width && r.original_height ? { key: r.original_key, width: r.original_width, height: r.original_height } : undefined,
    focus: { x: r.focus_x, y: r.focus_y },
    thumbWidths: r.thumb_widths ? r.thumb_widths.split(',').map(Number) : [],
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
