import type { FastifyBaseLogger } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import type { Job } from '../../platform/jobs/index.ts'
import { fetchForecast } from './open-meteo.client.ts'
import { listWeatherPlaces, saveWeatherReport } from './weather.repository.ts'

export interface WeatherRefresherOptions {
  endpoint: string
  intervalMs: number
  timeoutMs: number
}

/** One round over the places: how many got a new report, and why the others did not. */
export interface WeatherRound {
  updated: number
  failed: { place: string; reason: string }[]
}

// Weather is fetched in the background and kept in the database; readers' requests never
// wait for the API. A failed place keeps its last good report (shown with its time).
export class WeatherRefresher {
  #running: Promise<WeatherRound> | undefined

  constructor(
    private readonly db: Db,
    private readonly events: NewsroomEventBus,
    private readonly clock: Clock,
    private readonly log: FastifyBaseLogger,
    private readonly options: WeatherRefresherOptions,
  ) {}

  /** The background job that keeps the reports fresh (the JobRunner owns its timer). */
  job(): Job {
    const everyMs = this.options.intervalMs
    return {
      name: 'weather', label: 'Cập nhật thời tiết',
      everyMs,
      // A place that failed is tried again soon, then less and less often, never less than usual.
      backoff: { firstMs: Math.min(60_000, everyMs), maxMs: everyMs },
      run: async (signal) => {
        const { failed } = await this.refreshNow(signal)
        if (failed.length > 0) throw new Error(failed.map((f) => `${f.place}: ${f.reason}`).join('; '))
      },
    }
  }

  /** One round over every place; overlapping calls share the round in progress. */
  refreshNow(signal?: AbortSignal): Promise<WeatherRound> {
    this.#running ??= this.#refreshAll(signal).finally(() => (this.#running = undefined))
    return this.#running
  }

  async #refreshAll(signal: AbortSignal | undefined): Promise<WeatherRound> {
    const round: WeatherRound = { updated: 0, failed: [] }
    for (const place of await listWeatherPlaces(this.db)) {
      try {
        const report = await fetchForecast(this.options.endpoint, place, this.options.timeoutMs, signal)
        await saveWeatherReport(this.db, place.id, report, this.clock.now())
        round.updated++
      } catch (error) {
        const reason = reasonOf(error)
        round.failed.push({ place: place.name, reason })
        this.log.warn({ place: place.name, err: reason }, 'weather refresh failed; keeping the last good report')
      }
    }
    if (round.updated > 0) this.events.emit('weather.changed', {})
    return round
  }
}

// fetch() says only "fetch failed"; the administrator needs the cause (refused, not found…).
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined
  const detail = typeof cause?.code === 'string' ? cause.code : typeof cause?.message === 'string' ? cause.message : undefined
  return detail ? `${error.message} (${detail})` : error.message
}
