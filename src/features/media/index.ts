export { mediaRoutes, type MediaRouteDeps } from './newsroom-media.routes.ts'
export { MediaLibrary, type Actor, type UploadedFile } from './media.service.ts'
export { findMedia, insertMedia, listMedia } from './media.repository.ts'
export { imageSources, LOCAL_MEDIA_BASE, mediaUrl, type ImageSources, type MediaItem } from './media.ts'
