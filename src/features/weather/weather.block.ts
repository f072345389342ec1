import type { Db } from '../../platform/db/connect.ts'
import type { Block } from '../../platform/layout/index.ts'
import { weatherBlockView } from './weather-block.view.ts'
import { listPlaceWeather } from './weather.repository.ts'

/** "Thời tiết": first in the sidebar unless the administrator moves it. */
export const weatherBlock = (db: Db): Block => ({
  id: 'weather',
  title: 'Thời tiết',
  slots: ['sidebar', 'footer'],
  defaultPlacement: { slot: 'sidebar', order: 10 },
  render: async () => weatherBlockView(await listPlaceWeather(db)),
  staleOn: ['weather.changed'],
})
