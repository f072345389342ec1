import type { PortalModule } from '../../platform/module.ts'
import { weatherBlock } from './weather.block.ts'
import { WeatherRefresher } from './weather.refresher.ts'
import { weatherMessages } from './messages.ts'

declare module '../../platform/events.ts' {
  interface NewsroomEvents {
    'weather.changed': Record<string, never>
  }
}

declare module '../../platform/module.ts' {
  interface PortalServices {
    /** Keeps the places' forecasts fresh (its job runs under the platform's runner). */
    weather: WeatherRefresher
  }
}

// Its tables came with the portal's first migration (site module); its places are edited in
// the site administration.
export const weatherModule: PortalModule = {
  name: 'weather',
  title: 'Thời tiết',
  messages: [weatherMessages],
  relayed: ['weather.changed'],
  purges: { 'weather.changed': () => ['layout'] },
  provide: ({ db, events, clock, log, config }) => ({
    weather: new WeatherRefresher(db, events, clock, log, { endpoint: config.weatherUrl, intervalMs: 30 * 60 * 1000, timeoutMs: 5000 }),
  }),
  jobs: ({ services }) => [services.weather.job()],
  blocks: ({ db }) => [weatherBlock(db)],
}
