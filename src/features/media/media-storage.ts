import { randomBytes } from 'node:crypto'
import type { MediaStorage } from '../../platform/storage/index.ts'
import type { EncodedVariant } from './media-image.ts'

export interface StoredFiles {
  /** `uploads/YYYY/MM/<random>`; the files are `<storageKey>-<width>.webp`. */
  storageKey: string
  /** Takes the files away again, when the record could not be saved. */
  remove(): Promise<void>
}

/** The storage key of one width of an image. */
export const variantKey = (storageKey: string, width: number) => `${storageKey}-${width}.webp`

/**
 * Writes the variants to the media storage under a random name: the uploader's file name is
 * never a key, and 96 random bits mean a name is never reused, so nothing published is replaced.
 */
export async function storeVariants(storage: MediaStorage, now: Date, variants: EncodedVariant[]): Promise<StoredFiles> {
  const month = String(now.getUTCMonth() + 1).padStart(2, '0')
  const storageKey = `uploads/${now.getUTCFullYear()}/${month}/${randomBytes(12).toString('hex')}`
  const remove = () => removeVariants(storage, storageKey, variants.map((v) => v.width))
  const written = await Promise.allSettled(variants.map((v) => storage.put(variantKey(storageKey, v.width), v.data, 'image/webp')))
  const failure = written.find((w) => w.status === 'rejected')
  if (failure) {
    await remove().catch(() => {})
    throw failure.reason
  }
  return { storageKey, remove }
}

export async function removeVariants(storage: MediaStorage, storageKey: string, widths: number[]): Promise<void> {
  await Promise.all(widths.map((w) => storage.delete(variantKey(storageKey, w))))
}
