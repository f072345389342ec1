import { defineMessages } from '../i18n/index.ts'

/** What the platform's own errors tell a reader when the code raising them says nothing more. */
export const httpMessages = defineMessages('http', {
  notFound: 'Không tìm thấy trang bạn yêu cầu.',
  badRequest: 'Yêu cầu không hợp lệ.',
  forbidden: 'Bạn không có quyền thực hiện việc này.',
}, {
  notFound: 'The page you asked for was not found.',
  badRequest: 'Invalid request.',
  forbidden: 'You are not allowed to do this.',
})
