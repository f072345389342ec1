import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { AppError, ForbiddenError, NotFoundError } from '../../platform/http/errors.ts'
import type { MediaStorage } from '../../platform/storage/index.ts'
import { may, type NewsroomUser } from '../accounts/index.ts'
import { recordAudit } from '../audit/index.ts'
import { encodeVariants, inspectImage } from './media-image.ts'
import { removeVariants, storeVariants } from './media-storage.ts'
import { displayFileName, parseMediaText } from './media-text.ts'
import { deleteMedia, findMedia, findMediaUse, insertMedia, listMedia, updateMediaText, type MediaUse } from './media.repository.ts'
import { MAX_UPLOAD_BYTES, rejections, type MediaItem } from './media.ts'
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

export class MediaLibrary {
  constructor(private readonly db: Db, private readonly clock: Clock, private readonly storage: MediaStorage, private readonly log?: { error(obj: object, msg: string): void }) {}

  list(page: { beforeId?: number; limit: number }): Promise<MediaItem[]> {
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
    const image = await inspectImage(file.path)
    const variants = await encodeVariants(file.path, image)
    const main = variants[variants.length - 1]!
    const now = this.clock.now()
    const stored = await storeVariants(this.storage, now, variants)
    const media = {
      storageKey: stored.storageKey, widths: variants.map((v) => v.width), originalName: displayFileName(file.fileName),
      mime: image.mime, width: main.width, height: main.height, bytes: main.data.length, ...text, uploadedBy: actor.user.id,
    }
    let id: number
    try {
      id = await this.db.transaction().execute(async (trx) => {
        const id = await insertMedia(trx, media, now)
        await recordAudit(trx, { userId: actor.user.id, action: 'media.upload', itemType: 'media', itemId: id, ip: actor.ip,
          details: { originalName: media.originalName, mime: media.mime, width: media.width, height: media.height, receivedBytes: file.size } }, now)
        return id
      })
    } catch (error) {
      await stored.remove()
      throw error
    }
    return this.get(id)
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
    await removeVariants(this.storage, item.storageKey, item.widths).catch((error: unknown) => {
      this.log?.error({ err: error, storageKey: item.storageKey }, 'media record deleted but its files were not removed')
    })
    return item
  }

  #mayChange(actor: Actor, item: MediaItem, refusal: string): void {
    if (item.uploadedBy !== actor.user.id && !may(actor.user, 'article.edit-others')) throw new ForbiddenError('not the uploader', refusal)
  }

  /** The uploader, or whoever may edit others' articles, may correct the alt text and caption. */
  async edit(actor: Actor, id: number, fields: MediaTextForm): Promise<MediaItem> {
    const item = await this.get(id)
    this.#mayChange(actor, item, 'Chỉ người tải ảnh lên hoặc biên tập viên mới sửa được lời mô tả của ảnh này.')
    const text = parseMediaText(fields)
    const now = this.clock.now()
    await this.db.transaction().execute(async (trx) => {
      await updateMediaText(trx, id, text)
      await recordAudit(trx, { userId: actor.user.id, action: 'media.edit', itemType: 'media', itemId: id, ip: actor.ip,
        details: { before: { alt: item.alt, caption: item.caption }, after: text } }, now)
    })
    return { ...item, ...text }
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
