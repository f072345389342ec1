import { randomBytes } from 'node:crypto'
import type { MediaStorage } from '../../platform/storage/index.ts'
import type { EncodedVariant } from './media-image.ts'
import { originalKey, thumbKey, type Focus, type MediaItem } from './media.ts'

export interface StoredFiles {
  /** `uploads/YYYY/MM/<random>`; the files are `<storageKey>-<width>.webp`, the thumbnails and the original beside them. */
  storageKey: string
  /** Takes the files away again, when the record could not be saved. */
  remove(): Promise<void>
}

/** The storage key of one width of an image. */
export const variantKey = (storageKey: string, width: number) => `${storageKey}-${width}.webp`

/** Everything made from one upload, to be stored under one random name. */
export interface UploadFiles {
  variants: EncodedVariant[]
  thumbs: EncodedVariant[]
  focus: Focus
  original?: { data: Buffer; mime: string }
}

interface FileToPut {
  key: string
  data: Buffer
  type: string
}

function filesToPut(storageKey: string, files: UploadFiles): FileToPut[] {
  return [
    ...files.variants.map((v) => ({ key: variantKey(storageKey, v.width), data: v.data, type: 'image/webp' })),
    ...files.thumbs.map((t) => ({ key: thumbKey(storageKey, files.focus, t.width), data: t.data, type: 'image/webp' })),
    ...(files.original ? [{ key: originalKey(storageKey, files.original.mime), data: files.original.data, type: files.original.mime }] : []),
  ]
}

/**
 * Writes the files to the media storage under a random name: the uploader's file name is
 * never a key, and 96 random bits mean a name is never reused, so nothing published is replaced.
 */
export async function storeUpload(storage: MediaStorage, now: Date, files: UploadFiles): Promise<StoredFiles> {
  const month = String(now.getUTCMonth() + 1).padStart(2, '0')
  const storageKey = `uploads/${now.getUTCFullYear()}/${month}/${randomBytes(12).toString('hex')}`
  const puts = filesToPut(storageKey, files)
  const remove = () => removeKeys(storage, puts.map((p) => p.key))
  await putAll(storage, puts, remove)
  return { storageKey, remove }
}

/** Thumbnails around a new focal point, beside the image's other files (new names: the old ones stay until removed). */
export async function storeThumbs(storage: MediaStorage, storageKey: string, focus: Focus, thumbs: EncodedVariant[]): Promise<() => Promise<void>> {
  const puts = thumbs.map((t) => ({ key: thumbKey(storageKey, focus, t.width), data: t.data, type: 'image/webp' }))
  const remove = () => removeKeys(storage, puts.map((p) => p.key))
  await putAll(storage, puts, remove)
  return remove
}

async function putAll(storage: MediaStorage, puts: FileToPut[], remove: () => Promise<void>): Promise<void> {
  const written = await Promise.allSettled(puts.map((p) => storage.put(p.key, p.data, p.type)))
  const failure = written.find((w) => w.status === 'rejected')
  if (failure) {
    await remove().catch(() => {})
    throw failure.reason
  }
}

/** Every file stored for an image: its widths, its thumbnails and its original. */
export function keysOf(item: Pick<MediaItem, 'storageKey' | 'widths' | 'thumbWidths' | 'focus' | 'original'>): string[] {
  return [
    ...item.widths.map((w) => variantKey(item.storageKey, w)),
    ...thumbKeysOf(item),
    ...(item.original ? [item.original.key] : []),
  ]
}

export const thumbKeysOf = (item: Pick<MediaItem, 'storageKey' | 'thumbWidths' | 'focus'>): string[] =>
  item.thumbWidths.map((w) => thumbKey(item.storageKey, item.focus, w))

export async function removeKeys(storage: MediaStorage, keys: string[]): Promise<void> {
  await Promise.all(keys.map((key) => storage.delete(key)))
}
