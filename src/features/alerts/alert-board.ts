import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import { PUBLIC_CACHE_CONTROL } from '../../platform/http/public-response.ts'
import { dismissKey } from './alert.ts'
import { listActiveAlerts, listAlertsStartingBefore } from './alert.repository.ts'

/**
 * While an alert is shown, or about to be, readers' pages go out with this lifetime: a browser
 * or proxy may use its copy 10 s and then once more while it fetches a fresh one, so a change
 * (an edit, "Kết thúc ngay", the end time) reaches a reader within 25 s, plus the board's 5 s.
 */
export const ALERT_CACHE_CONTROL = 'public, max-age=10, stale-while-revalidate=15'
/** How often each instance looks whether an alert has started or ended. */
export const BOARD_EVERY_MS = 5_000
/** Pages sent with the usual lifetime may be kept this long: an alert starting within it shortens lifetimes already. */
const USUAL_LIFETIME_MS = lifetimeMs(PUBLIC_CACHE_CONTROL)

function lifetimeMs(cacheControl: string): number {
  const seconds = (name: string) => Number(new RegExp(`${name}=(\\d+)`).exec(cacheControl)?.[1] ?? 0)
  return (seconds('max-age') + seconds('stale-while-revalidate')) * 1000
}

export interface BoardDeps {
  db: Db
  clock: Clock
  events: NewsroomEventBus
  responder: PublicResponder
}

/**
 * What every reader's page shows of the alerts on this instance, worked out from the database
 * (shared by every instance) and the clock: after a change here or on another instance
 * ('alerts.changed'), and every few seconds (an alert starts or ends on time by itself). When
 * what pages show changes, it sets the pages' lifetime first, then says 'alerts.shown', which
 * re-renders the alerts' block and purges every cached page here.
 */
export class AlertBoard {
  #shown: string | undefined
  #queue: Promise<unknown> = Promise.resolve()

  constructor(private readonly deps: BoardDeps) {}

  /** One look at a time: a change and the timer may ask together. True when what pages show changed. */
  refresh(): Promise<boolean> {
    const next = this.#queue.then(() => this.#look())
    this.#queue = next.catch(() => undefined)
    return next
  }

  async #look(): Promise<boolean> {
    const now = this.deps.clock.now()
    const [active, soon] = await Promise.all([
      listActiveAlerts(this.deps.db, now),
      listAlertsStartingBefore(this.deps.db, now, new Date(now.getTime() + USUAL_LIFETIME_MS)),
    ])
    const shortened = soon.length > 0
    this.deps.responder.shortenLifetime('alerts', shortened ? ALERT_CACHE_CONTROL : undefined)
    const shown = `${shortened}|${active.map((a) => `${dismissKey(a)}@${a.endsAt.getTime()}`).join(',')}`
    const first = this.#shown === undefined
    if (shown === this.#shown) return false
    this.#shown = shown
    // At start no page has been rendered yet: nothing to purge.
    if (!first) this.deps.events.emit('alerts.shown', {})
    return true
  }
}
