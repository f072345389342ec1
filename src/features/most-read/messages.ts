import { defineMessages } from '../../platform/i18n/index.ts'

export const mostReadMessages = defineMessages('most-read', {
  heading: 'Đọc nhiều',
}, {
  heading: 'Most read',
})
