import * as media from '../../migrations/20261129-0004-media.ts'
import type { PortalModule } from '../../platform/module.ts'
import { mediaRoutes } from './newsroom-media.routes.ts'

// Uploaded files are served under /media by the site module (wherever the storage keeps them).
export const mediaModule: PortalModule = {
  name: 'media',
  title: 'Thư viện ảnh',
  migrations: { '20261129-0004-media': media },
  nav: [{ label: 'Thư viện ảnh', href: '/toa-soan/anh', right: 'article.write' }],
  newsroomRoutes: ({ db, clock, media: storage, config }) => mediaRoutes({ db, clock, storage, publicBase: config.mediaPublicUrl }),
}
