import { defineMessages } from '../../platform/i18n/index.ts'

/** The readers' words of the urgent alerts at the top of every page. */
export const alertMessages = defineMessages('alerts', {
  region: 'Cảnh báo khẩn',
  info: 'Thông tin',
  warning: 'Cảnh báo',
  emergency: 'Khẩn cấp',
  more: 'Xem chi tiết',
  hide: 'Ẩn',
  hideLabel: 'Ẩn cảnh báo này',
}, {
  region: 'Urgent alerts',
  info: 'Information',
  warning: 'Warning',
  emergency: 'Emergency',
  more: 'Details',
  hide: 'Hide',
  hideLabel: 'Hide this alert',
})
