import type { MediaStorage } from '../../platform/storage/index.ts'
import { isStorageKey } from '../../platform/storage/index.ts'
import { LOCAL_MEDIA_BASE } from './media.ts'

/**
 * The storage key an address of an upload names: `/media/<key>` on this site, or
 * `<MEDIA_PUBLIC_URL>/<key>`. Another site's address names none (it is never fetched).
 */
export function storageKeyOfUrl(url: string, publicBase: string | undefined): string | undefined {
  const bases = [LOCAL_MEDIA_BASE, ...(publicBase ? [publicBase] : [])]
  for (const base of bases) {
    if (!url.startsWith(`${base}/`)) continue
    const key = url.slice(base.length + 1)
    return isStorageKey(key) ? key : undefined
  }
  return undefined
}

/** An upload's bytes, read from the media storage (local folder or bucket); undefined when it is not there or is larger than `maxBytes`. */
export async function readUpload(storage: MediaStorage, url: string, publicBase: string | undefined, maxBytes: number): Promise<Buffer | undefined> {
  const key = storageKeyOfUrl(url, publicBase)
  if (!key) return undefined
  const stored = await storage.get(key)
  if (!stored) return undefined
  if (stored.length > maxBytes) {
    stored.body.destroy()
    return undefined
  }
  const chunks: Buffer[] = []
  for await (const chunk of stored.body) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
