import { buffer } from 'node:stream/consumers'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { AppError, ForbiddenError, NotFoundError } from '../../platform/http/errors.ts'
import type { MediaStorage } from '../../platform/storage/index.ts'
import { may, type NewsroomUser } from '../accounts/index.ts'
import { recordAudit } from '../audit/index.ts'
import { prepareImage, thumbsFromStored, type ImageInput, type PreparedImage } from './media-image.ts'
import { keysOf, removeKeys, storeThumbs, storeUpload, thumbKeysOf, variantKey } from './media-storage.ts'
import { displayFileName, parseMediaFocus, parseMediaText } from './media-text.ts'
import {
  deleteMedia, findMedia, findMediaUse, insertMedia, listMedia, updateLeadImageThumbs, updateMediaFocus, updateMediaText, type MediaUse,
} from './media.repository.ts'
import { CENTRE, MAX_UPLOAD_BYTES, originalKey, rejections, thumbSrcset, type Focus, type MediaItem } from './media.ts'
import type { MediaTextForm } from './media.schemas.ts'

export interface Actor {
  user: NewsroomUser
  ip: string
}

/** A file as it arrived, in a temporary file (cut short at the size limit), and the name it came with. */
export interface UploadedFile {
  fileName: string
  /** Where it was written as it arrived; the caller removes it afterwards. */
  path: string
  size: number
  truncated: boolean
}

/** What the library records about a picture beside its files. */
export interface AboutImage {
  originalName: string
  alt: string
  caption: string
  /** Null for pictures no one uploaded (the demo's). */
  uploadedBy: number | null
  focus: Focus
}

/** More writes in the picture's own transaction (the audit entry of an upload). */
type RecordAlso = (trx: Db, media: { originalName: string; mime: string; width: number; height: number }, id: number, now: Date) => Promise<void>

export interface MediaLibraryOptions {
  log?: { error(obj: object, msg: string): void }
  /** Told when a new focal point changes the thumbnails published articles show. */
  events?: NewsroomEventBus
  /** MEDIA_PUBLIC_URL: where the thumbnails copied onto articles are linked. */
  publicBase?: string
}

export class MediaLibrary {
  constructor(private readonly db: Db, private readonly clock: Clock, private readonly storage: MediaStorage, private readonly options: MediaLibraryOptions = {}) {}

  list(page: { beforeId?: number; limit: number; words?: string }): Promise<MediaItem[]> {
    return listMedia(this.db, page)
  }

  async get(id: number): Promise<MediaItem> {
    const item = await findMedia(this.db, id)
    if (!item) throw new NotFoundError('media not found', 'Không tìm thấy ảnh này trong thư viện.')
    return item
  }

  /** Checks the file by its content, re-encodes it without metadata in every width, and records it. */
  async upload(actor: Actor, file: UploadedFile | undefined, fields: MediaTextForm): Promise<MediaItem> {
    if (!file || file.size === 0) throw rejections.noFile()
    if (file.truncated || file.size > MAX_UPLOAD_BYTES) throw rejections.tooLarge()
    const text = parseMediaText(fields)
    const id = await this.add(file.path, { originalName: displayFileName(file.fileName), ...text, uploadedBy: actor.user.id, focus: CENTRE }, async (trx, media, id, now) => {
      await recordAudit(trx, { userId: actor.user.id, action: 'media.upload', itemType: 'media', itemId: id, ip: actor.ip,
        details: { originalName: media.originalName, mime: media.mime, width: media.width, height: media.height, receivedBytes: file.size } }, now)
    })
    return this.get(id)
  }

  /**
   * The one way a picture enters the library (an upload, the demo's pictures): checked by its
   * content, its widths, its thumbnails and its original made (prepareImage) and stored, then
   * recorded with `record`'s own writes in one transaction. The files go again if the record
   * cannot be saved.
   */
  async add(input: ImageInput, about: AboutImage, record?: RecordAlso): Promise<number> {
    return this.addPrepared(await prepareImage(input, about.focus), about, record)
  }

  /** As add, for a picture prepared beforehand (the demo keeps its prepared drawings between starts). */
  async addPrepared(prepared: PreparedImage, about: AboutImage, record: RecordAlso = async () => {}): Promise<number> {
    const { image, variants, thumbs, original, focus } = prepared
    const main = variants[variants.length - 1]!
    const now = this.clock.now()
    const stored = await storeUpload(this.storage, now, { variants, thumbs, focus, original: { data: original, mime: image.mime } })
    const media = {
      storageKey: stored.storageKey, widths: variants.map((v) => v.width), originalName: about.originalName,
      mime: image.mime, width: main.width, height: main.height, bytes: main.data.length, alt: about.alt, caption: about.caption, uploadedBy: about.uploadedBy,
      original: { key: originalKey(stored.storageKey, image.mime), width: image.width, height: image.height },
      focus, thumbWidths: thumbs.map((t) => t.width),
    }
    try {
      return await this.db.transaction().execute(async (trx) => {
        const id = await insertMedia(trx, media, now)
        await record(trx, media, id, now)
        return id
      })
    } catch (error) {
      await stored.remove()
      throw error
    }
  }

  /**
   * Takes an image out of the library and every width of it out of the storage, unless a page
   * still shows it. The record goes first: a file left behind by a failed delete is only waste,
   * while a record without its files would be a broken image.
   */
  async delete(actor: Actor, id: number): Promise<MediaItem> {
    const item = await this.get(id)
    this.#mayChange(actor, item, 'Chỉ người tải ảnh lên hoặc biên tập viên mới xoá được ảnh này.')
    const now = this.clock.now()
    await this.db.transaction().execute(async (trx) => {
      const use = await findMediaUse(trx, item)
      if (use.articleCount > 0 || use.inSiteSettings) throw new MediaInUseError(use)
      if (!(await deleteMedia(trx, id))) throw new NotFoundError('media not found', 'Không tìm thấy ảnh này trong thư viện.')
      await recordAudit(trx, { userId: actor.user.id, action: 'media.delete', itemType: 'media', itemId: id, ip: actor.ip,
        details: { storageKey: item.storageKey, widths: item.widths, originalName: item.originalName, alt: item.alt } }, now)
    })
    await removeKeys(this.storage, keysOf(item)).catch((error: unknown) => {
      this.options.log?.error({ err: error, storageKey: item.storageKey }, 'media record deleted but its files were not removed')
    })
    return item
  }

  #mayChange(actor: Actor, item: MediaItem, refusal: string): void {
    if (item.uploadedBy !== actor.user.id && !may(actor.user, 'article.edit-others')) throw new ForbiddenError('not the uploader', refusal)
  }

  /**
   * The uploader, or whoever may edit others' articles, may correct the alt text and caption and
   * move the focal point. A new focal point makes new thumbnails (under new names, so no page
   * shows a half-made one); the articles that show the image as lead image take them, their
   * pages are purged, and the old thumbnails go.
   */
  async edit(actor: Actor, id: number, fields: MediaTextForm): Promise<MediaItem> {
    const item = await this.get(id)
    this.#mayChange(actor, item, 'Chỉ người tải ảnh lên hoặc biên tập viên mới sửa được lời mô tả của ảnh này.')
    const text = parseMediaText(fields)
    const focus = parseMediaFocus(fields, item.focus)
    const moved = focus.x !== item.focus.x || focus.y !== item.focus.y
    const recrop = moved ? await this.#recrop(item, focus) : undefined
    const now = this.clock.now()
    let published: { id: number; categoryId: number }[] = []
    try {
      await this.db.transaction().execute(async (trx) => {
        await updateMediaText(trx, item, text)
        if (recrop) {
          await updateMediaFocus(trx, id, focus, recrop.widths)
          published = await updateLeadImageThumbs(trx, id, thumbSrcset({ storageKey: item.storageKey, focus, thumbWidths: recrop.widths }, this.options.publicBase))
        }
        await recordAudit(trx, { userId: actor.user.id, action: 'media.edit', itemType: 'media', itemId: id, ip: actor.ip,
          details: { before: { alt: item.alt, caption: item.caption, ...(moved ? { focus: item.focus } : {}) }, after: { ...text, ...(moved ? { focus } : {}) } } }, now)
      })
    } catch (error) {
      await recrop?.remove().catch(() => {})
      throw error
    }
    for (const article of published) this.options.events?.emit('article.changed', { articleId: article.id, categoryIds: [article.categoryId] })
    if (recrop) {
      await removeKeys(this.storage, thumbKeysOf(item)).catch((error: unknown) => {
        this.options.log?.error({ err: error, storageKey: item.storageKey }, 'new thumbnails made but the old ones were not removed')
      })
    }
    return { ...item, ...text, ...(recrop ? { focus, thumbWidths: recrop.widths } : {}) }
  }

  /** Thumbnails around `focus`, cut from the original (or, for older uploads, the largest width). */
  async #recrop(item: MediaItem, focus: Focus): Promise<{ widths: number[]; remove(): Promise<void> }> {
    const source = await this.storage.get(item.original?.key ?? variantKey(item.storageKey, item.widths.at(-1)!))
    if (!source) throw new NotFoundError('media file missing', 'Không tìm thấy tệp ảnh trong kho để cắt lại ảnh thu nhỏ.')
    const thumbs = await thumbsFromStored(await buffer(source.body), focus)
    const remove = await storeThumbs(this.storage, item.storageKey, focus, thumbs)
    return { widths: thumbs.map((t) => t.width), remove }
  }
}

/** An image a page still shows is not deleted: the reader would see a broken picture. */
export class MediaInUseError extends AppError {
  constructor(readonly use: MediaUse) {
    super(409, 'media_in_use', 'media in use', inUseMessage(use))
  }
}

function inUseMessage(use: MediaUse): string {
  const places: string[] = []
  if (use.articleCount > 0) {
    const titles = use.articleTitles.map((t) => `“${t}”`).join(', ')
    places.push(`${use.articleCount} bài viết (${titles}${use.articleCount > use.articleTitles.length ? ', …' : ''})`)
  }
  if (use.inSiteSettings) places.push('logo của trang')
  return `Không xoá được: ảnh đang được dùng trong ${places.join(' và ')}. Xin gỡ ảnh khỏi những chỗ đó trước.`
}
