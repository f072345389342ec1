import type { Db } from '../../platform/db/connect.ts'
import type { Block } from '../../platform/layout/index.ts'
import { listNotices } from './notice.repository.ts'
import { noticesBlockView } from './views/notices-block.view.ts'

/** "Thông báo": at the top of the sidebar, or above the header for something urgent. */
export const noticesBlock = (db: Db): Block => ({
  id: 'notices',
  title: 'Thông báo',
  slots: ['top', 'sidebar', 'footer'],
  defaultPlacement: { slot: 'sidebar', order: 5 },
  render: async (locale) => noticesBlockView(await listNotices(db, { shownOnly: true }), locale),
  // The newsroom writes notices in Vietnamese: other languages' pages do not show them.
  languages: ['vi'],
  staleOn: ['notices.changed'],
})
