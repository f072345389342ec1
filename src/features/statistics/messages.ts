import { defineMessages } from '../../platform/i18n/index.ts'

/** The readers' words of the footer's visit counter. */
export const statisticsMessages = defineMessages('statistics', {
  counter: 'Thống kê truy cập',
  online: 'Đang truy cập',
  today: 'Hôm nay',
  total: 'Tổng lượt truy cập',
}, {
  counter: 'Visitor statistics',
  online: 'Online now',
  today: 'Today',
  total: 'Total visits',
})
