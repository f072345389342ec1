import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { Block } from '../../platform/layout/index.ts'
import { findNewestOpenPoll } from './poll.repository.ts'
import { pollBlockView } from './views/poll-page.view.ts'

/**
 * "Bình chọn": the newest open poll's form, for the sidebar. It never shows counts, so a vote
 * changes nothing in it; it is rendered again when a poll is saved, opens or closes.
 */
export const pollsBlock = (db: Db, clock: Clock): Block => ({
  id: 'polls',
  title: 'Bình chọn',
  slots: ['sidebar', 'footer'],
  defaultPlacement: { slot: 'sidebar', order: 40 },
  render: async (locale) => pollBlockView(await findNewestOpenPoll(db, clock.now()), locale),
  languages: ['vi'],
  staleOn: ['polls.changed'],
})
