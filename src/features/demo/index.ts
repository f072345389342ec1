import type { PortalModule } from '../../platform/module.ts'
import { seedDemo } from './demo-seed.ts'

export { seedDemo, isEmptyPortal } from './demo-seed.ts'

/** The demo portal (a provincial Ban Dân vận), loaded into an empty database when SEED_DEMO is on. */
export const demoModule: PortalModule = {
  name: 'demo',
  title: 'Nội dung mẫu',
  seedDemo: ({ db, media, now }) => seedDemo(db, media, now),
  // The demo's logo and pictures it stores as they are (demo-seed.ts).
  contributes: () => ({ publicMedia: ['demo/'] }),
}
