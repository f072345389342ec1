import * as comments from '../../migrations/20261129-0007-comments.ts'
import * as articleCommentMark from '../../migrations/20261129-0009-article-comment-mark.ts'
import { namesFrom } from '../../platform/audit-words.ts'
import type { PortalModule } from '../../platform/module.ts'
import { connectRedis } from '../../platform/redis/connect.ts'
import { DatabaseAbuseCounters, type AbuseCounters } from './abuse-counters.ts'
import { CommentSettingsStore } from './comment-settings.ts'
import { commentsBlock } from './comments-block.ts'
import { CommentModeration } from './moderation.service.ts'
import { newsroomCommentRoutes } from './newsroom.routes.ts'
import { publicCommentRoutes } from './public.routes.ts'
import { ReaderComments } from './reader-comments.service.ts'
import { RedisAbuseCounters } from './redis-abuse-counters.ts'
import { commentMessages } from './messages.ts'
import { commentsDashboard } from './dashboard.ts'
import { moderationMessages } from './moderation-messages.ts'

declare module '../../platform/events.ts' {
  interface NewsroomEvents {
    /** What readers see of an article's comments changed (approved, edited, replied to, removed). */
    'comments.changed': { articleId: number }
    /** Comment settings changed; everyArticle when it may change the form on every article page. */
    'comment-settings.changed': { everyArticle: boolean }
  }
}

declare module '../../platform/module.ts' {
  interface NewsroomActions {
    'comment.moderate': true
  }
  interface PortalServices {
    commentSettings: CommentSettingsStore
    /**
     * The rate and challenge counters of every comment form (readers' comments, a draft's
     * consultation): in Redis when there is one, so the limits hold across instances and one
     * address's comments on articles and on drafts count together.
     */
    abuseCounters: AbuseCounters
    readers: ReaderComments
    moderation: CommentModeration
  }
}

export const commentsModule: PortalModule = {
  name: 'comments',
  title: 'Ý kiến bạn đọc',
  messages: [commentMessages, moderationMessages],
  migrations: { '20261129-0007-comments': comments, '20261129-0009-article-comment-mark': articleCommentMark },
  publicPrefixes: ['y-kien'],
  rights: { 'comment.moderate': { roles: ['moderator', 'administrator'] } },
  relayed: ['comments.changed', 'comment-settings.changed'],
  purges: {
    // Both orders of an article's comments (?y-kien=moi-nhat) carry the article's tag.
    'comments.changed': ({ articleId }) => [`article:${articleId}`],
    'comment-settings.changed': ({ everyArticle }) => (everyArticle ? ['layout'] : []),
  },
  nav: [{ label: 'Ý kiến bạn đọc', href: '/toa-soan/y-kien', right: 'comment.moderate' }],
  audit: {
    actions: {
      'comment.approve': 'duyệt ý kiến', 'comment.reject': 'từ chối ý kiến', 'comment.spam': 'đánh dấu rác ý kiến', 'comment.delete': 'xóa ý kiến',
      'comment.edit': 'sửa ý kiến', 'comment.reply': 'trả lời ý kiến', 'comment.settings': 'đổi cài đặt ý kiến bạn đọc',
      'comment.close-article': 'đóng ý kiến ở bài', 'comment.open-article': 'mở lại ý kiến ở bài',
    },
    names: { comment: namesFrom('comments', 'author_name'), article: namesFrom('articles', 'title') },
  },
  provide: ({ db, events, clock, config, services, onClose }) => {
    const commentSettings = new CommentSettingsStore(db, events)
    // Abuse counters live in Redis when there is one (the database stands in while it is away).
    let counters: AbuseCounters = new DatabaseAbuseCounters(db)
    if (config.redisUrl) {
      const redis = connectRedis(config.redisUrl, 'counters')
      counters = new RedisAbuseCounters(redis, counters, config.redisPrefix)
      void redis.connect().catch(() => {})
      onClose(() => redis.disconnect())
    }
    return {
      commentSettings,
      abuseCounters: counters,
      readers: new ReaderComments(db, events, clock, commentSettings, counters),
      moderation: new CommentModeration(db, events, clock),
      commentsBlock: commentsBlock({ db, clock, settings: commentSettings, chrome: services.chrome }),
    }
  },
  publicRoutes: ({ services, responder }) => publicCommentRoutes({ readers: services.readers, categories: services.categories, chrome: services.chrome, responder }),
  dashboard: ({ db }) => commentsDashboard(db),
  newsroomRoutes: ({ db, services }) => newsroomCommentRoutes({ db, moderation: services.moderation, categories: services.categories, chrome: services.chrome }),
}
