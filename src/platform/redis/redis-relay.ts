import { randomUUID } from 'node:crypto'
import type { Redis } from 'ioredis'
import type { NewsroomEventBus, RelayedEvent } from '../events.ts'
import { connectRedis } from './connect.ts'

/** The channel under a portal's prefix (REDIS_PREFIX): only instances of the same portal hear each other. */
export const eventsChannel = (prefix: string) => `${prefix}events`
/** While Redis is down, in-memory copies live this long: purges from other instances cannot arrive. */
export const DEGRADED_LIFETIME_MS = 5000

export interface RelayLog {
  info(message: string): void
  warn(message: string): void
}

export type RelayState = 'connecting' | 'up' | 'down'

// Carries newsroom events between instances over Redis pub/sub. Redis keeps nothing for a
// subscriber that is away, so whenever the link is down this instance may miss purges: it then
// drops its in-memory copies every few seconds (short cache lifetimes), and once more when the
// link is back.
export class RedisEventRelay {
  readonly instanceId = randomUUID()
  readonly #publisher: Redis
  readonly #subscriber: Redis
  readonly #channel: string
  #state: RelayState = 'connecting'
  #degradedTimer: NodeJS.Timeout | undefined
  #closed = false

  constructor(url: string, prefix: string, private readonly bus: NewsroomEventBus, private readonly log: RelayLog, private readonly degradedLifetimeMs = DEGRADED_LIFETIME_MS) {
    this.#channel = eventsChannel(prefix)
    this.#publisher = connectRedis(url, 'events-out')
    this.#subscriber = connectRedis(url, 'events-in')
    for (const client of [this.#publisher, this.#subscriber]) {
      client.on('ready', () => this.#update())
      client.on('close', () => this.#update())
    }
    this.#subscriber.on('message', (_channel: string, message: string) => this.#receive(message))
    bus.relayTo({ publish: (event) => this.#publish(event) })
  }

  get state(): RelayState {
    return this.#state
  }

  /** Starts connecting; resolves at once, whether or not Redis answers (the portal serves either way). */
  start(): void {
    this.#startDegraded('Redis is not reachable yet')
    void this.#publisher.connect().catch(() => {})
    void this.#subscriber.connect().then(() => this.#update(), () => {
      if (this.#state !== 'connecting') return
      this.#state = 'down'
      this.log.warn(`Redis unreachable at start: pages are kept only ${this.degradedLifetimeMs / 1000} s until it is back`)
    })
  }

  async stop(): Promise<void> {
    this.#closed = true
    clearInterval(this.#degradedTimer)
    this.#publisher.disconnect()
    this.#subscriber.disconnect()
  }

  #publish(event: RelayedEvent): void {
    if (this.#publisher.status !== 'ready') return
    this.#publisher.publish(this.#channel, JSON.stringify({ from: this.instanceId, ...event })).catch((error: unknown) => {
      this.log.warn(`could not publish ${event.name} to Redis: ${error instanceof Error ? error.message : String(error)}`)
    })
  }

  #receive(message: string): void {
    let event: unknown
    try {
      event = JSON.parse(message)
    } catch {
      return
    }
    if (typeof event !== 'object' || event === null) return
    const { from, name, payload } = event as Record<string, unknown>
    if (from === this.instanceId || typeof name !== 'string') return
    this.bus.receive({ name: name as RelayedEvent['name'], payload })
  }

  #update(): void {
    if (this.#closed) return
    const up = this.#publisher.status === 'ready' && this.#subscriber.status === 'ready'
    if (up && this.#state !== 'up') {
      // Subscribing again is harmless; ioredis also does it on reconnect.
      void this.#subscriber.subscribe(this.#channel).then(() => {
        if (this.#state === 'up' || this.#closed) return
        this.#state = 'up'
        clearInterval(this.#degradedTimer)
        this.#degradedTimer = undefined
        this.bus.emit('instance.resync', {})
        this.log.info('Redis reachable: cache purges are shared with the other instances')
      }, () => {})
    } else if (!up && this.#state === 'up') {
      this.#startDegraded('Redis unreachable')
    }
  }

  #startDegraded(reason: string): void {
    if (this.#state === 'up') {
      this.#state = 'down'
      this.log.warn(`${reason}: pages are kept only ${this.degradedLifetimeMs / 1000} s until it is back`)
    }
    clearInterval(this.#degradedTimer)
    this.#degradedTimer = setInterval(() => this.bus.emit('instance.resync', {}), this.degradedLifetimeMs)
    this.#degradedTimer.unref()
    this.bus.emit('instance.resync', {})
  }
}
