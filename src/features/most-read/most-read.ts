import type { FastifyBaseLogger } from 'fastify'
import type { Locale } from '../../platform/i18n/index.ts'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { newsroomDay } from '../../platform/text/time.ts'
import type { SafeHtml } from '../../platform/views/html.ts'
import { articleUrl, listPublishedSummariesByIds, type ArticleSummary } from '../articles/index.ts'
import type { CategoryDirectory } from '../categories/index.ts'
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

// The "Đọc nhiều" list, worked out in the background from the shared counts and kept in
// memory. It is in every page's sidebar, so a change purges every cached page: it is announced
// only when the list readers see has changed (other articles, order or titles), at most once a
// refresh. Each instance works it out for itself from the same database.
export class MostRead {
  #list: ArticleSummary[] = []
  #signature = '[]'
  #timer: NodeJS.Timeout | undefined
  #running: Promise<void> | undefined
  #again = false

  constructor(
    private readonly db: Db,
    private readonly events: NewsroomEventBus,
    private readonly clock: Clock,
    private readonly categories: CategoryDirectory,
    private readonly log: FastifyBaseLogger,
    private readonly options: MostReadOptions = MOST_READ,
  ) {
    // An unpublished or retitled article must leave the list at once, not at the next refresh.
    events.on('article.changed', () => void this.refreshNow())
  }

  start(): void {
    void this.refreshNow()
    this.#timer = setInterval(() => void this.refreshNow(), this.options.refreshMs)
    this.#timer.unref()
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer)
    await this.#running
  }

  /** The block as it stands; URLs from the category tree of now. */
  async block(locale: Locale): Promise<SafeHtml> {
    const tree = await this.categories.tree()
    return mostReadBlockView(this.#list.map((a) => ({ title: a.title, url: articleUrl(tree, a) })), locale)
  }

  /** Overlapping calls share the round in progress, and one more round follows it. */
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
      const byId = new Map((await listPublishedSummariesByIds(this.db, top.map((t) => t.articleId))).map((a) => [a.id, a]))
      const list = top.flatMap((t) => byId.get(t.articleId) ?? [])
      const signature = JSON.stringify(list.map((a) => [a.id, a.title, a.slug, a.categoryId]))
      if (signature === this.#signature) return
      this.#list = list
      this.#signature = signature
      this.events.emit('most-read.changed', {})
    } catch (error) {
      this.log.warn({ err: error instanceof Error ? error.message : String(error) }, 'most-read refresh failed; keeping the last list')
    }
  }
}
