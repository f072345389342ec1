import * as videos from '../../migrations/20261207-0151-videos.ts'
import { namesFrom } from '../../platform/audit-words.ts'
import type { PortalModule } from '../../platform/module.ts'
import './video.table.ts'
import { videoRoutes } from './video.routes.ts'
import { YoutubePosters } from './youtube-posters.ts'

declare module '../../platform/module.ts' {
  interface PortalServices {
    /** Puts the picture of each new YouTube video into an article body being saved (read by the editorial module). */
    youtubePosters: YoutubePosters
  }
}

// Videos in articles: MP4 files uploaded as they are, with WebVTT captions, and YouTube videos
// shown as their picture (fetched once, at save) until a reader clicks. Listed before the
// editorial module, which asks for the pictures when it saves.
export const videosModule: PortalModule = {
  name: 'videos',
  title: 'Video trong bài',
  migrations: { '20261207-0151-videos': videos },
  audit: {
    actions: { 'video.upload': 'tải lên video', 'video.captions': 'tải lên phụ đề video' },
    names: { video: namesFrom('videos', 'original_name') },
  },
  provide: ({ db, clock, media, config, log }) => ({
    youtubePosters: new YoutubePosters({ db, clock, storage: media, posterUrl: config.youtubePosterUrl, mediaBase: config.mediaPublicUrl, log }),
  }),
  newsroomRoutes: ({ db, clock, media, config }) => videoRoutes({ db, clock, storage: media, publicBase: config.mediaPublicUrl }),
}
