import type { PortalModule } from '../../platform/module.ts'
import { linksBlock } from './links.block.ts'
import { linkMessages } from './messages.ts'

declare module '../../platform/events.ts' {
  interface NewsroomEvents {
    'links.changed': Record<string, never>
  }
}

// The "Liên kết website" block. Its tables came with the portal's first migration (site
// module); its links are edited in the site administration.
export const linksModule: PortalModule = {
  name: 'links',
  title: 'Liên kết website',
  messages: [linkMessages],
  relayed: ['links.changed'],
  purges: { 'links.changed': () => ['layout'] },
  blocks: ({ db }) => [linksBlock(db)],
}
