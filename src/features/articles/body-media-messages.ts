import { defineMessages } from '../../platform/i18n/index.ts'

/** What the gallery and video script says (browser/body-media.js reads them from its tag). */
export const bodyMediaMessages = defineMessages('body-media', {
  gallery: 'Bộ ảnh {index} ({all} ảnh)',
  carousel: 'bộ ảnh',
  photo: 'Ảnh {index}/{all}',
  previous: 'Ảnh trước',
  next: 'Ảnh sau',
  open: 'Xem ảnh lớn',
  close: 'Đóng',
  play: 'Phát video',
}, {
  gallery: 'Photo gallery {index} ({all} photos)',
  carousel: 'gallery',
  photo: 'Photo {index}/{all}',
  previous: 'Previous photo',
  next: 'Next photo',
  open: 'View larger',
  close: 'Close',
  play: 'Play video',
})
