import * as newsroomArticles from '../../migrations/20261129-0003-newsroom-articles.ts'
import * as articleVersions from '../../migrations/20261204-0013-article-versions.ts'
import * as newsroomArticleList from '../../migrations/20261207-0111-newsroom-article-list.ts'
import { namesFrom } from '../../platform/audit-words.ts'
import type { PortalModule } from '../../platform/module.ts'
import { foldForgottenTitles } from './article-list.repository.ts'
import { editorialDashboard } from './dashboard.ts'
import { EDITOR_POLICY } from './editor-policy.ts'
import { Editorial } from './editorial.service.ts'
import { articleListMessages } from './list-messages.ts'
import { editorAssetRoutes } from './editor-assets.routes.ts'
import { newsroomArticleRoutes, type EditorPanel } from './newsroom-articles.routes.ts'
import { Scheduler } from './scheduler.ts'
import { WorkflowMail } from './workflow-mail.ts'

declare module '../../platform/module.ts' {
  interface NewsroomActions {
    'article.write': true
    'article.edit-others': true
    'article.review': true
    'article.publish': true
  }
  interface PortalServices {
    editorial: Editorial
    /** Publishes and expires on time; started by main.ts (tests tick it by hand). */
    scheduler: Scheduler
    /** A section of the article editor's settings column, offered by a later feature (the English translation's). */
    articleEditorPanel?: EditorPanel
  }
}

// A user's category list narrows every article right (user_categories).
export const editorialModule: PortalModule = {
  name: 'editorial',
  title: 'Biên tập',
  messages: [articleListMessages],
  migrations: {
    '20261129-0003-newsroom-articles': newsroomArticles, '20261204-0013-article-versions': articleVersions,
    '20261207-0111-newsroom-article-list': newsroomArticleList,
  },
  policy: { newsroom: EDITOR_POLICY },
  rights: {
    'article.write': { roles: ['reporter', 'editor', 'approver', 'administrator'], byCategory: true },
    'article.edit-others': { roles: ['editor', 'approver', 'administrator'], byCategory: true },
    'article.review': { roles: ['editor', 'approver', 'administrator'], byCategory: true },
    'article.publish': { roles: ['approver', 'administrator'], byCategory: true },
  },
  nav: [{ label: 'Bài viết', href: '/toa-soan/bai-viet', right: 'article.write' }, { label: 'Viết bài mới', href: '/toa-soan/bai-viet/moi', right: 'article.write' }],
  audit: {
    actions: {
      'article.create': 'tạo bài', 'article.save': 'lưu bài', 'article.restore': 'khôi phục một bản cũ của bài',
      'article.submit': 'gửi duyệt bài', 'article.approve': 'duyệt bài', 'article.return': 'trả lại bài', 'article.publish': 'xuất bản bài',
      'article.schedule': 'hẹn giờ đăng bài', 'article.unschedule': 'bỏ hẹn giờ đăng bài', 'article.unpublish': 'gỡ bài', 'article.expire': 'hết hạn đăng bài',
      'article.reopen': 'mở lại để sửa bài', 'article.publish-scheduled': 'đăng theo lịch bài',
      'article.accept-change': 'chấp nhận bản sửa của bài', 'article.return-change': 'trả lại bản sửa của bài',
    },
    names: { article: namesFrom('articles', 'title') },
  },
  provide: ({ db, events, clock, log, config, services }) => ({
    // YouTube videos get their pictures on save when the videos module is there (listed before this one).
    editorial: new Editorial(db, events, clock, config.mediaPublicUrl, 'youtubePosters' in services ? (body, actor) => services.youtubePosters.addPosters(body, actor) : undefined,
      new WorkflowMail(services.mail, config.publicUrl)),
    scheduler: new Scheduler(db, events, clock, log),
  }),
  dashboard: ({ db }) => editorialDashboard(db),
  jobs: ({ services }) => [services.scheduler.job()],
  ready: async ({ db, catchUp }) => {
    if (catchUp) await foldForgottenTitles(db)
  },
  publicRoutes: ({ responder }) => editorAssetRoutes(responder),
  newsroomRoutes: ({ db, clock, services, config }) => newsroomArticleRoutes({
    db, clock, editorial: services.editorial, categories: services.categories, chrome: services.chrome, publicUrl: config.publicUrl, mediaBase: config.mediaPublicUrl,
    ...('articleEditorPanel' in services ? { editorPanels: services.articleEditorPanel } : {}),
  }),
}
