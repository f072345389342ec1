import { defineMessages } from '../../platform/i18n/index.ts'

/** The newsroom's home page (Bàn làm việc). */
export const dashboardMessages = defineMessages('dashboard', {
  work: 'Việc cần làm',
  nothingWaiting: 'Không có việc nào đang chờ bạn.',
  activity: 'Hoạt động gần đây',
  noActivity: 'Chưa có hoạt động nào.',
  wholeLog: 'Xem toàn bộ nhật ký',
  shortcuts: 'Lối tắt',
  system: 'Hệ thống',
  someone: 'Người dùng #{id}',
}, {
  work: 'Work waiting',
  nothingWaiting: 'Nothing is waiting for you.',
  activity: 'Recent activity',
  noActivity: 'No activity yet.',
  wholeLog: 'The whole log',
  shortcuts: 'Shortcuts',
  system: 'System',
  someone: 'User #{id}',
})
