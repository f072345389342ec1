import * as media from '../../migrations/20261129-0004-media.ts'
import * as originalsAndFocus from '../../migrations/20261207-0131-media-originals-and-focus.ts'
import { namesFrom } from '../../platform/audit-words.ts'
import type { PortalModule } from '../../platform/module.ts'
import { serveHashedAsset } from '../../platform/http/hashed-asset.ts'
import { originOf } from '../../platform/http/security-headers.ts'
import { FOCUS_POINT_SCRIPT } from './media-assets.ts'
import { mediaRoutes } from './newsroom-media.routes.ts'

// Uploaded files are served under /media by the site module (wherever the storage keeps them).
export const mediaModule: PortalModule = {
  name: 'media',
  title: 'Thư viện ảnh',
  migrations: { '20261129-0004-media': media, '20261207-0131-media-originals-and-focus': originalsAndFocus },
  // Uploads (images, and videos in article bodies) are linked at MEDIA_PUBLIC_URL (a CDN or the bucket) when it is set.
  policy: ({ config }) => {
    if (!config.mediaPublicUrl) return {}
    const media = { 'img-src': [originOf(config.mediaPublicUrl)], 'media-src': [originOf(config.mediaPublicUrl)] }
    return { readers: media, newsroom: media }
  },
  nav: [{ label: 'Thư viện ảnh', href: '/toa-soan/anh', right: 'article.write' }],
  audit: {
    actions: { 'media.upload': 'tải lên ảnh', 'media.edit': 'sửa chú thích ảnh', 'media.delete': 'xóa ảnh' },
    names: { media: namesFrom('media', 'original_name') },
  },
  // The focal point picker's script, at a public hashed address like every script the pages link.
  // The library's pictures and videos (media-storage.ts, videos' uploads) are for readers' pages.
  contributes: () => ({ publicMedia: ['uploads/'] }),
  publicRoutes: ({ responder }) => async (app) => serveHashedAsset(app, responder, FOCUS_POINT_SCRIPT),
  newsroomRoutes: ({ db, clock, media: storage, config, events }) => mediaRoutes({ db, clock, storage, events, publicBase: config.mediaPublicUrl }),
}
