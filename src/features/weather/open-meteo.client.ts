import { Type, type Static } from '@sinclair/typebox'
import { Value } from '@sinclair/typebox/value'
import type { WeatherPlace, WeatherReport } from './weather-report.ts'

// The forecast API is a boundary we do not own: every answer is parsed against this schema
// before use, and anything else (timeouts, 500s, garbage) is an error for the refresher.
const Forecast = Type.Object({
  current: Type.Object({
    temperature_2m: Type.Number(),
    relative_humidity_2m: Type.Optional(Type.Number()),
    wind_speed_10m: Type.Optional(Type.Number()),
    weather_code: Type.Integer({ minimum: 0, maximum: 99 }),
  }),
  daily: Type.Object({
    time: Type.Array(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }), { minItems: 1 }),
    weather_code: Type.Array(Type.Integer({ minimum: 0, maximum: 99 })),
    temperature_2m_max: Type.Array(Type.Number()),
    temperature_2m_min: Type.Array(Type.Number()),
  }),
})
type Forecast = Static<typeof Forecast>

export const FORECAST_DAYS = 3

export function forecastUrl(endpoint: string, place: WeatherPlace): string {
  const url = new URL(endpoint)
  url.searchParams.set('latitude', String(place.latitude))
  url.searchParams.set('longitude', String(place.longitude))
  url.searchParams.set('current', 'temperature_2m,relative_humidity_2m,weather_code,wind_speed_10m')
  url.searchParams.set('daily', 'weather_code,temperature_2m_max,temperature_2m_min')
  url.searchParams.set('timezone', 'Asia/Ho_Chi_Minh')
  url.searchParams.set('forecast_days', String(FORECAST_DAYS))
  return url.toString()
}

/** `stopping` cuts the wait short when the portal shuts down. */
export async function fetchForecast(endpoint: string, place: WeatherPlace, timeoutMs: number, stopping?: AbortSignal): Promise<WeatherReport> {
  const timeout = AbortSignal.timeout(timeoutMs)
  const signal = stopping ? AbortSignal.any([timeout, stopping]) : timeout
  const response = await fetch(forecastUrl(endpoint, place), { signal, headers: { accept: 'application/json' } })
  if (!response.ok) throw new Error(`weather API answered ${response.status} for ${place.name}`)
  const body: unknown = await response.json()
  if (!Value.Check(Forecast, body)) throw new Error(`weather API answered an unexpected shape for ${place.name}`)
  return toReport(body)
}

function toReport(forecast: Forecast): WeatherReport {
  const { daily, current } = forecast
  const days = daily.time.slice(0, FORECAST_DAYS).flatMap((date, i) => {
    const code = daily.weather_code[i]
    const max = daily.temperature_2m_max[i]
    const min = daily.temperature_2m_min[i]
    return code === undefined || max === undefined || min === undefined ? [] : [{ date, code, max, min }]
  })
  return {
    current: { temperature: current.temperature_2m, humidity: current.relative_humidity_2m, windSpeed: current.wind_speed_10m, code: current.weather_code },
    days,
  }
}
