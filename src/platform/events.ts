import { EventEmitter } from 'node:events'

// What changed in the newsroom, announced after the commit. The page cache and every other
// in-memory copy listen here. With several instances, a relay (Redis, or the cluster's own
// channel) carries each event to the others, which deliver it to their listeners in turn.
// Each module adds its own events here by declaration merging, in its module.ts:
// `declare module '…/platform/events.ts' { interface NewsroomEvents { 'poll.changed': { pollId: number } } }`
// and says in its manifest which of them are relayed to the other instances.
export interface NewsroomEvents {
  /**
   * Events from other instances may have been missed (the relay was down, or has just come
   * back): every in-memory copy must be dropped and read again. Never relayed.
   */
  'instance.resync': Record<string, never>
}

export type NewsroomEventName = keyof NewsroomEvents

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
  readonly #relayed: ReadonlySet<NewsroomEventName>

  /** `relayed`: the events carried to the other instances (the modules' `relayed` lists). */
  constructor(relayed: Iterable<NewsroomEventName> = []) {
    this.#relayed = new Set(relayed)
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
    if (this.#relayed.has(name)) for (const relay of this.#relays) relay.publish({ name, payload })
  }

  /** Something changed in another instance: tell this instance's listeners only. */
  receive(event: RelayedEvent): void {
    if (!this.#relayed.has(event.name) || typeof event.payload !== 'object' || event.payload === null) return
    this.#emitter.emit(event.name, event.payload)
  }

  on<K extends NewsroomEventName>(name: K, listener: (payload: NewsroomEvents[K]) => void): void {
    this.#emitter.on(name, listener)
  }

  relayTo(relay: EventRelay): void {
    this.#relays.push(relay)
  }
}
