import { defineMessages } from '../../platform/i18n/index.ts'

/** The words around the readers' notices: their block and their page. */
export const noticeMessages = defineMessages('notices', {
  heading: 'Thông báo',
  all: 'Tất cả thông báo',
  none: 'Hiện chưa có thông báo nào.',
  details: 'Xem chi tiết',
}, {
  heading: 'Notices',
  all: 'All notices',
  none: 'There are no notices at the moment.',
  details: 'Read more',
})
