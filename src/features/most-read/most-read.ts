import type { FastifyBaseLogger } from 'fastify'
import type { Locale } from '../../platform/i18n/index.ts'
import type { Clock } from '../../platform/clock.ts'
import type { ContentEntry, ContentSources } from '../../platform/content/index.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import type { Job } from '../../platform/jobs/index.ts'
import { newsroomDay } from '../../platform/text/time.ts'
import type { SafeHtml } from '../../platform/views/html.ts'
import { listMostViewed } from './article-views.repository.ts'
import { mostReadBlockView } from './views/most-read-block.view.ts'

export interface MostReadOptions {
  refreshMs: number
  /** Days counted, today included. */
  days: number
  size: number
}

export const MOST_READ: MostReadOptions = { refreshMs: 5 * 60_000, days: 7, size: 5 }

const DAY = 24 * 60 * 60_000
/** What the view counter counts; items of other kinds have no views, and so are not ranked. */
const COUNTED_KIND = 'article'

// The "Đọc nhiều" list, worked out in the background from the shared counts and kept in
// memory. It is in every page's sidebar, so a change purges every cached page: it is announced
// only when the list readers see has changed (other articles, order or titles), at most once a
// refresh. Each instance works it out for itself from the same database. The articles are read
// through their content source, as the feeds and search read them.
export class MostRead {
  #list: ContentEntry[] = []
  #signature = '[]'
  #running: Promise<void> | undefined
  #again = false

  constructor(
    private readonly db: Db,
    private readonly events: NewsroomEventBus,
    private readonly clock: Clock,
    private readonly sources: ContentSources,
    private readonly log: FastifyBaseLogger,
    private readonly options: MostReadOptions = MOST_READ,
  ) {
    // An unpublished or retitled article must leave the list at once, not at the next refresh.
    // A failure here is logged; the job's next round tries again.
    events.on('article.changed', () => void this.refreshNow().catch(() => {}))
    // The addresses follow a renamed or moved category.
    events.on('category.changed', () => void this.refreshNow().catch(() => {}))
  }

  /** Worked out at start and every `refreshMs`. */
  job(): Job {
    return { name: 'most-read', label: 'Tính khối “Đọc nhiều”', everyMs: this.options.refreshMs, run: () => this.refreshNow() }
  }

  /** The block as it stands, in the page's language. */
  async block(locale: Locale): Promise<SafeHtml> {
    return mostReadBlockView(this.#list.map((item) => ({ title: item.title, url: item.address, image: item.image })), locale)
  }

  /**
   * Overlapping calls share the round in progress, and one more round follows it. A failed
   * round keeps the last list and rejects (the job runner shows it and retries).
   */
  refreshNow(): Promise<void> {
    if (this.#running) {
      this.#again = true
      return this.#running
    }
    this.#running = (async () => {
      do {
        this.#again = false
        await this.#refresh()
      } while (this.#again)
    })().finally(() => (this.#running = undefined))
    return this.#running
  }

  async #refresh(): Promise<void> {
    try {
      const fromDay = newsroomDay(new Date(this.clock.now().getTime() - (this.options.days - 1) * DAY))
      const top = await listMostViewed(this.db, fromDay, this.options.size)
      const read = await this.sources.get(COUNTED_KIND)?.read(top.map((t) => t.articleId)) ?? []
      const byId = new Map(read.map((item): [number, ContentEntry] => [item.id, {
        kind: item.kind, id: item.id, address: item.address, title: item.title, lead: item.lead, publishedAt: item.publishedAt, ...(item.image ? { image: item.image } : {}),
      }]))
      const list = top.flatMap((t) => byId.get(t.articleId) ?? [])
      const signature = JSON.stringify(list.map((a) => [a.id, a.title, a.address, a.image?.thumbs ?? a.image?.url]))
      if (signature === this.#signature) return
      this.#list = list
      this.#signature = signature
      this.events.emit('most-read.changed', {})
    } catch (error) {
      this.log.warn({ err: error instanceof Error ? error.message : String(error) }, 'most-read refresh failed; keeping the last list')
      throw error
    }
  }
}
