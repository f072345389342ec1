import type { Readable } from 'node:stream'
import type { MediaStorage } from '../../../platform/storage/index.ts'
import { makeSiteIcons, type IconSource, type SiteIconSet } from './site-icons.ts'

/**
 * The icons of the current settings, made once and kept until the settings change. A page
 * cached a moment before a change still links the previous set, so a few are kept by key.
 */
export class SiteIcons {
  #current: Promise<SiteIconSet> | undefined
  readonly #recent = new Map<string, SiteIconSet>()

  constructor(private readonly source: () => Promise<IconSource>, private readonly keep = 4) {}

  current(): Promise<SiteIconSet> {
    this.#current ??= this.source().then(makeSiteIcons).then((set) => {
      this.#recent.delete(set.key)
      this.#recent.set(set.key, set)
      for (const oldest of this.#recent.keys()) {
        if (this.#recent.size <= this.keep) break
        this.#recent.delete(oldest)
      }
      return set
    })
    this.#current.catch(() => (this.#current = undefined))
    return this.#current
  }

  /** The settings changed: the next page makes the icons again. */
  forget(): void {
    this.#current = undefined
  }

  find(key: string): SiteIconSet | undefined {
    return this.#recent.get(key)
  }
}

/** Where the logo's bytes are kept: its address under /media or MEDIA_PUBLIC_URL names a storage key. */
export function logoStorageKey(logoUrl: string, mediaPublicUrl: string | undefined): string | undefined {
  for (const base of ['/media', mediaPublicUrl]) {
    if (base && logoUrl.startsWith(`${base}/`)) return decodeURIComponent(logoUrl.slice(base.length + 1))
  }
  return undefined
}

/** The logo's bytes, or undefined when it is gone or elsewhere (the drawn icon stands in). */
export async function readLogo(media: MediaStorage, key: string | undefined): Promise<Buffer | undefined> {
  if (key === undefined) return undefined
  const stored = await media.get(key)
  return stored ? readAll(stored.body) : undefined
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string))
  return Buffer.concat(chunks)
}
