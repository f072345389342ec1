import type { Block } from '../../platform/layout/index.ts'
import type { MostRead } from './most-read.ts'

/** "Đọc nhiều": between the weather and the links unless the administrator moves it. */
export const mostReadBlock = (mostRead: MostRead): Block => ({
  id: 'most-read',
  title: 'Đọc nhiều',
  slots: ['sidebar', 'after-article'],
  defaultPlacement: { slot: 'sidebar', order: 20 },
  render: (locale) => mostRead.block(locale),
  // Vietnamese articles: other languages' pages do not show it.
  languages: ['vi'],
  // Its addresses follow the category tree.
  staleOn: ['most-read.changed', 'category.changed'],
})
