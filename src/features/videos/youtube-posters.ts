import { randomBytes } from 'node:crypto'
import { rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { MediaStorage } from '../../platform/storage/index.ts'
import type { NewsroomUser } from '../accounts/index.ts'
import { sanitizeArticleBody, withYoutubePosters, youtubeIdsWithoutPoster, type Poster } from '../articles/index.ts'
import { imageSources, MediaLibrary } from '../media/index.ts'

// A YouTube video in an article shows a picture until the reader clicks, and that picture must
// not come from YouTube in the reader's browser: it is fetched here once, when the article is
// saved, and kept in the media library like any upload (its widths, no metadata). When YouTube
// cannot be reached, the video shows as a link and the editor may upload a picture instead;
// the next save tries again (not before a few minutes for the same video).

const FETCH_TIMEOUT_MS = 5000
const MAX_POSTER_BYTES = 5 * 1024 * 1024
const RETRY_AFTER_MS = 10 * 60_000
const MAX_PER_SAVE = 5

export interface YoutubePosterDeps {
  db: Db
  clock: Clock
  storage: MediaStorage
  /** YOUTUBE_POSTER_URL: the picture's address, `{id}` standing for the video's. */
  posterUrl: string
  mediaBase: string | undefined
  log: { warn(obj: object, msg: string): void }
}

export class YoutubePosters {
  readonly #library: MediaLibrary
  readonly #failed = new Map<string, number>()

  constructor(private readonly deps: YoutubePosterDeps) {
    this.#library = new MediaLibrary(deps.db, deps.clock, deps.storage)
  }

  /** The body with a poster in each YouTube video that had none and whose picture could be fetched. */
  async addPosters(bodyHtml: string, actor: { user: NewsroomUser; ip: string }): Promise<string> {
    const clean = sanitizeArticleBody(bodyHtml)
    const wanted = youtubeIdsWithoutPoster(clean).filter((v) => !this.#failedRecently(v.id)).slice(0, MAX_PER_SAVE)
    if (wanted.length === 0) return bodyHtml
    const posters = new Map<string, Poster>()
    for (const { id, caption } of wanted) {
      const poster = await this.#fetchAndKeep(id, caption, actor)
      if (poster) posters.set(id, poster)
      else this.#failed.set(id, this.deps.clock.now().getTime())
    }
    return withYoutubePosters(clean, posters)
  }

  #failedRecently(id: string): boolean {
    const at = this.#failed.get(id)
    return at !== undefined && this.deps.clock.now().getTime() - at < RETRY_AFTER_MS
  }

  async #fetchAndKeep(id: string, caption: string, actor: { user: NewsroomUser; ip: string }): Promise<Poster | undefined> {
    const url = this.deps.posterUrl.replace('{id}', id)
    const path = join(tmpdir(), `toasoan-youtube-${randomBytes(8).toString('hex')}.part`)
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' })
      const length = Number(res.headers.get('content-length') ?? 0)
      if (!res.ok || length > MAX_POSTER_BYTES) throw new Error(`the poster answered ${res.status}`)
      const bytes = Buffer.from(await res.arrayBuffer())
      if (bytes.length > MAX_POSTER_BYTES) throw new Error('the poster is too large')
      await writeFile(path, bytes, { mode: 0o600 })
      // Through the library's own upload: judged by its bytes, re-encoded without metadata, recorded and audited.
      const alt = caption ? `Video: ${caption}` : 'Video YouTube'
      const item = await this.#library.upload(actor, { fileName: `youtube-${id}.jpg`, path, size: bytes.length, truncated: false }, { alt: alt.slice(0, 300), caption: '' })
      const sources = imageSources(item, '(max-width: 60rem) 100vw, 46rem', this.deps.mediaBase)
      return { src: sources.src, srcset: sources.srcset, sizes: sources.sizes, width: sources.width, height: sources.height, alt: item.alt }
    } catch (error) {
      this.deps.log.warn({ err: error, url }, 'a YouTube poster could not be fetched; the video shows as a link')
      return undefined
    } finally {
      await rm(path, { force: true })
    }
  }
}
