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
  // Place names only: shown on every language's pages, its words in theirs.
  render: async (locale) => weatherBlockView(await listPlaceWeather(db), locale),
  staleOn: ['weather.changed'],
})
