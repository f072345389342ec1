import * as media from '../../migrations/20261129-0004-media.ts'
import { namesFrom } from '../../platform/audit-words.ts'
import type { PortalModule } from '../../platform/module.ts'
import { mediaRoutes } from './newsroom-media.routes.ts'

// Uploaded files are served under /media by the site module (wherever the storage keeps them).
export const mediaModule: PortalModule = {
  name: 'media',
  title: 'Thư viện ảnh',
  migrations: { '20261129-0004-media': media },
  nav: [{ label: 'Thư viện ảnh', href: '/toa-soan/anh', right: 'article.write' }],
  audit: {
    actions: { 'media.upload': 'tải lên ảnh', 'media.edit': 'sửa chú thích ảnh', 'media.delete': 'xóa ảnh' },
    names: { media: namesFrom('media', 'original_name') },
  },
  newsroomRoutes: ({ db, clock, media: storage, config }) => mediaRoutes({ db, clock, storage, publicBase: config.mediaPublicUrl }),
}
