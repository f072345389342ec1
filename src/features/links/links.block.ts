import type { Db } from '../../platform/db/connect.ts'
import type { Block } from '../../platform/layout/index.ts'
import { listLinkGroups } from './link.repository.ts'
import { linksBlockView } from './links-block.view.ts'

/** "Liên kết website": last in the sidebar unless the administrator moves it. */
export const linksBlock = (db: Db): Block => ({
  id: 'links',
  title: 'Liên kết website',
  slots: ['sidebar', 'footer'],
  defaultPlacement: { slot: 'sidebar', order: 30 },
  render: async (locale) => linksBlockView(await listLinkGroups(db), locale),
  // Links to Vietnamese sites: other languages' pages do not show it.
  languages: ['vi'],
  staleOn: ['links.changed'],
})
