import { EventEmitter } from 'node:events'

// What changed in the newsroom, announced after the commit. The page cache and every other
// in-memory copy listen here. With several instances, a relay (Redis, or the cluster's own
// channel) carries each event to the others, which deliver it to their listeners in turn.
export interface NewsroomEvents {
  'article.changed': { articleId: number; categoryIds: number[] }
  'category.changed': { categoryId: number }
  'links.changed': Record<string, never>
  'weather.changed': Record<string, never>
  'settings.changed': Record<string, never>
  /** This instance's "Đọc nhiều" list changed. Not relayed: every instance works out its own. */
  'most-read.changed': Record<string, never>
  /** What readers see of an article's comments changed (approved, edited, replied to, removed). */
  'comments.changed': { articleId: number }
  /** Comment settings changed; everyArticle when it may change the form on every article page. */
  'comment-settings.changed': { everyArticle: boolean }
  /** The administrator added or removed a holiday, day off or worked day. */
  'working-days.changed': Record<string, never>
  /** The administrator moved, added, hid or showed a block in the page's slots. */
  'layout.changed': Record<string, never>
  /**
   * Events from other instances may have been missed (the relay was down, or has just come
   * back): every in-memory copy must be dropped and read again. Never relayed.
   */
  'instance.resync': Record<string, never>
}

export type NewsroomEventName = keyof NewsroomEvents

export const RELAYED_EVENTS: readonly NewsroomEventName[] = [
  'article.changed', 'category.changed', 'links.changed', 'weather.changed', 'settings.changed', 'comments.changed', 'comment-settings.changed', 'working-days.changed',
  'layout.changed',
]

export interface RelayedEvent {
  name: NewsroomEventName
  payload: unknown
}

/** Carries this instance's events to the others. */
export interface EventRelay {
  publish(event: RelayedEvent): void
}

export class NewsroomEventBus {
  readonly #emitter = new EventEmitter()
  /** Only what happened in this instance: for work that the shared database must see once. */
  readonly #local = new EventEmitter()
  readonly #relays: EventRelay[] = []

  constructor() {
    // Every feature keeps an in-memory copy that listens; more than ten is normal here.
    this.#emitter.setMaxListeners(100)
  }

  /** Listens to this instance's own events only (another instance handles its own). */
  onLocal<K extends NewsroomEventName>(name: K, listener: (payload: NewsroomEvents[K]) => void): void {
    this.#local.on(name, listener)
  }

  /** Something changed here: tell this instance's listeners, then the other instances. */
  emit<K extends NewsroomEventName>(name: K, payload: NewsroomEvents[K]): void {
    this.#emitter.emit(name, payload)
    this.#local.emit(name, payload)
    if (RELAYED_EVENTS.includes(name)) for (const relay of this.#relays) relay.publish({ name, payload })
  }

  /** Something changed in another instance: tell this instance's listeners only. */
  receive(event: RelayedEvent): void {
    if (!RELAYED_EVENTS.includes(event.name) || typeof event.payload !== 'object' || event.payload === null) return
    this.#emitter.emit(event.name, event.payload)
  }

  on<K extends NewsroomEventName>(name: K, listener: (payload: NewsroomEvents[K]) => void): void {
    this.#emitter.on(name, listener)
  }

  relayTo(relay: EventRelay): void {
    this.#relays.push(relay)
  }
}
