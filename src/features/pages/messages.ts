import { defineMessages } from '../../platform/i18n/index.ts'

/** The readers' words of the static pages (/trang/…, /en/page/…) and of the menus built from them. */
export const pagesMessages = defineMessages('pages', {
  updated: 'Cập nhật ngày {date}',
  kindLabel: 'Trang thông tin',
  subpages: 'Các trang trong mục này',
  englishVersion: 'Bản tiếng Anh',
  vietnameseVersion: 'Bản tiếng Việt',
}, {
  updated: 'Updated {date}',
  kindLabel: 'Pages',
  subpages: 'Pages in this section',
  englishVersion: 'English version',
  vietnameseVersion: 'Vietnamese version',
})
