import { randomBytes } from 'node:crypto'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import type { EncodedVariant } from './media-image.ts'

export interface StoredFiles {
  /** `uploads/YYYY/MM/<random>`; the files are `<storageKey>-<width>.webp`. */
  storageKey: string
  /** Takes the files away again, when the record could not be saved. */
  remove(): Promise<void>
}

/** Writes the variants under MEDIA_DIR with a random name: the uploader's file name is never a path. */
export async function storeVariants(mediaDir: string, now: Date, variants: EncodedVariant[]): Promise<StoredFiles> {
  const month = String(now.getUTCMonth() + 1).padStart(2, '0')
  const storageKey = `uploads/${now.getUTCFullYear()}/${month}/${randomBytes(12).toString('hex')}`
  const base = join(resolve(mediaDir), storageKey)
  const paths = variants.map((v) => `${base}-${v.width}.webp`)
  const remove = async () => {
    await Promise.all(paths.map((p) => rm(p, { force: true })))
  }
  await mkdir(dirname(base), { recursive: true })
  try {
    // 'wx': a name is never reused, so nothing already published is overwritten.
    await Promise.all(variants.map((v, i) => writeFile(paths[i]!, v.data, { flag: 'wx' })))
  } catch (error) {
    await remove()
    throw error
  }
  return { storageKey, remove }
}
