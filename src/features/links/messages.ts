import { defineMessages } from '../../platform/i18n/index.ts'

export const linkMessages = defineMessages('links', {
  heading: 'Liên kết website',
  newTab: '(mở trong thẻ mới)',
}, {
  heading: 'Web links',
  newTab: '(opens in a new tab)',
})
