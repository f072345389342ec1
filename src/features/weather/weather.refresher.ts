import type { FastifyBaseLogger } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { fetchForecast } from './open-meteo.client.ts'
import { listWeatherPlaces, saveWeatherReport } from './weather.repository.ts'

export interface WeatherRefresherOptions {
  endpoint: string
  intervalMs: number
  timeoutMs: number
}

// Weather is fetched in the background and kept in the database; readers' requests never
// wait for the API. A failed place keeps its last good report (shown with its time).
export class WeatherRefresher {
  #timer: NodeJS.Timeout | undefined
  #running: Promise<void> | undefined

  constructor(
    private readonly db: Db,
    private readonly events: NewsroomEventBus,
    private readonly clock: Clock,
    private readonly log: FastifyBaseLogger,
    private readonly options: WeatherRefresherOptions,
  ) {}

  start(): void {
    void this.refreshNow()
    this.#timer = setInterval(() => void this.refreshNow(), this.options.intervalMs)
    this.#timer.unref()
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer)
    await this.#running
  }

  /** One round over every place; overlapping calls share the round in progress. */
  refreshNow(): Promise<void> {
    this.#running ??= this.#refreshAll().finally(() => (this.#running = undefined))
    return this.#running
  }

  async #refreshAll(): Promise<void> {
    let updated = 0
    for (const place of await listWeatherPlaces(this.db)) {
      try {
        const report = await fetchForecast(this.options.endpoint, place, this.options.timeoutMs)
        await saveWeatherReport(this.db, place.id, report, this.clock.now())
        updated++
      } catch (error) {
        this.log.warn({ place: place.name, err: error instanceof Error ? error.message : String(error) }, 'weather refresh failed; keeping the last good report')
      }
    }
    if (updated > 0) this.events.emit('weather.changed', {})
  }
}
