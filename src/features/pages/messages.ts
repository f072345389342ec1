import { defineMessages } from '../../platform/i18n/index.ts'

/** The readers' words of the static pages (/trang/…, /en/page/…) and of the menus built from them. */
export const pagesMessages = defineMessages('pages', {
  updated: 'Cập nhật ngày {date}',
  subpages: 'Các trang trong mục này',
  englishVersion: 'Bản tiếng Anh',
  vietnameseVersion: 'Bản tiếng Việt',
}, {
  updated: 'Updated {date}',
  subpages: 'Pages in this section',
  englishVersion: 'English version',
  vietnameseVersion: 'Vietnamese version',
})
