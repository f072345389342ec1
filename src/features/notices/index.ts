export { noticesModule } from './notices.module.ts'
export { listNotices, type Notice } from './notice.repository.ts'
