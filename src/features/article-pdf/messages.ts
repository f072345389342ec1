import { defineMessages } from '../../platform/i18n/index.ts'

/** The "Tải về" link and the words printed in the PDF. */
export const articlePdfMessages = defineMessages('article-pdf', {
  download: 'Tải về (PDF)',
  address: 'Địa chỉ bài viết:',
  page: 'Trang {n}/{total}',
  photo: 'Ảnh {index}/{all}.',
  video: 'Video:',
  missingImage: '[Ảnh: {alt}]',
  tooMany: 'Bạn vừa tải về nhiều bài trong một thời gian ngắn. Xin đợi một phút rồi thử lại.',
  busy: 'Máy chủ đang tạo nhiều tệp PDF cùng lúc. Xin thử lại sau ít giây.',
}, {
  download: 'Download (PDF)',
  address: 'Address of this article:',
  page: 'Page {n}/{total}',
  photo: 'Photo {index}/{all}.',
  video: 'Video:',
  missingImage: '[Image: {alt}]',
  tooMany: 'You have downloaded many articles in a short time. Please wait a minute and try again.',
  busy: 'The server is making many PDF files at once. Please try again in a few seconds.',
})
