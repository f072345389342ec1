import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** How the fake forecast API answers next: like Open-Meteo, or in one of the ways it can fail. */
export type FakeWeatherMode = 'ok' | 'error500' | 'garbage' | 'wrong-shape' | 'hang'

export interface FakeWeather {
  url: string
  mode: FakeWeatherMode
  requests: URL[]
  close(): Promise<void>
}

export function openMeteoAnswer(latitude: number, code = 80, temperature = 27.4) {
  return {
    latitude, longitude: 109.2, timezone: 'Asia/Ho_Chi_Minh',
    current_units: { temperature_2m: '°C' },
    current: { time: '2026-11-29T15:00', interval: 900, temperature_2m: temperature, relative_humidity_2m: 81, weather_code: code, wind_speed_10m: 14.2 },
    daily: {
      time: ['2026-11-29', '2026-11-30', '2026-12-01'],
      weather_code: [code, 3, 61],
      temperature_2m_max: [29.1, 28.4, 26.0],
      temperature_2m_min: [23.2, 22.9, 22.1],
    },
  }
}

export async function startFakeWeather(): Promise<FakeWeather> {
  const hanging = new Set<import('node:http').ServerResponse>()
  const fake: FakeWeather = { url: '', mode: 'ok', requests: [], close: async () => {} }
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake')
    fake.requests.push(url)
    switch (fake.mode) {
      case 'ok':
        res.writeHead(200, { 'content-type': 'application/json' })
        return res.end(JSON.stringify(openMeteoAnswer(Number(url.searchParams.get('latitude')))))
      case 'error500':
        res.writeHead(500, { 'content-type': 'application/json' })
        return res.end('{"error":true,"reason":"internal"}')
      case 'garbage':
        res.writeHead(200, { 'content-type': 'application/json' })
        return res.end('{"current": {"temperature_2m": 2')
      case 'wrong-shape':
        res.writeHead(200, { 'content-type': 'application/json' })
        return res.end(JSON.stringify({ current: { temperature_2m: 'hot', weather_code: 3 }, daily: {} }))
      case 'hang':
        hanging.add(res)
        return
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/forecast`
  fake.close = async () => {
    for (const res of hanging) res.destroy()
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
  return fake
}
