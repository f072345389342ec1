export { videosModule } from './videos.module.ts'
export { isMp4, isWebVtt } from './video-file.ts'
