import { defineMessages } from '../../platform/i18n/index.ts'

export const homeMessages = defineMessages('home', {
  noArticles: 'Chưa có bài viết nào.',
  leadStories: 'Tin tiêu điểm',
  featured: 'Tin nổi bật',
  latest: 'Tin mới',
  englishPortal: 'Trang tiếng Anh',
  englishIntro: 'Trang này giới thiệu bằng tiếng Anh.',
  vietnamesePortal: 'Trang tiếng Việt',
  vietnameseIntro: 'Toàn bộ tin bài có trên trang tiếng Việt.',
}, {
  noArticles: 'No articles yet.',
  leadStories: 'Top stories',
  featured: 'Featured',
  latest: 'Latest',
  englishPortal: 'In English',
  englishIntro: 'This is the English edition of the portal. Only a few items are published in English so far.',
  vietnamesePortal: 'The Vietnamese portal',
  vietnameseIntro: 'All news, announcements and documents are published in Vietnamese on the main portal:',
})
