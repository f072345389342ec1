import { defineMessages } from '../../platform/i18n/index.ts'

/** The foot of every letter (the newsroom's own screens are Vietnamese only). */
export const mailMessages = defineMessages('mail', {
  automatic: 'Thư này được gửi tự động từ {site}. Xin đừng trả lời thư này.',
  linkHint: 'Nếu nút không bấm được, xin chép địa chỉ sau vào trình duyệt:',
}, {
  automatic: 'This message was sent automatically by {site}. Please do not reply to it.',
  linkHint: 'If the button does not work, copy this address into your browser:',
})
