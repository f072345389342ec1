import * as articleTranslations from '../../migrations/20261214-0901-article-translations.ts'
import type { PortalModule } from '../../platform/module.ts'
import { ArticleTranslations } from './article-translations.ts'
import { TranslationSources } from '../../platform/translations/index.ts'
import { translationNewsroomRoutes } from './newsroom.routes.ts'
import { STATUS_PATH } from './paths.ts'
import { seedTranslationDemo } from './translation-demo.ts'
import { findCounterpartId } from './translation.repository.ts'

declare module '../../platform/module.ts' {
  interface NewsroomActions {
    /** Choose Vietnamese articles for translation, link an English article to its original, read the translation status. */
    'translation.manage': true
  }
  interface PortalServices {
    /** The English edition of the articles: links between versions, the editor's panel, the pages' alternates. */
    articleTranslations: ArticleTranslations
  }
}

// Bản dịch tiếng Anh (issue 16, "English edition"): a Vietnamese article chosen for translation
// ("cần dịch") and the English article that translates it, linked one to one; the article pages
// name each other (hreflang) and the language switch goes from one to the other. The newsroom's
// status page lists what every module reports as due in English (`contributes: { translations }`).
export const translationsModule: PortalModule = {
  name: 'translations',
  title: 'Bản dịch tiếng Anh',
  migrations: { '20261214-0901-article-translations': articleTranslations },
  // Those who edit others' articles choose what is translated; reporters write, they do not choose.
  rights: { 'translation.manage': { roles: ['editor', 'approver', 'administrator'] } },
  nav: [{ label: 'Bản dịch tiếng Anh', href: STATUS_PATH, right: 'translation.manage' }],
  purges: {
    // An article's page names its counterpart: a change to one (published, withdrawn, renamed) changes the other's.
    'article.changed': async ({ articleId }, { db }) => {
      const counterpart = await findCounterpartId(db, articleId)
      return counterpart === undefined ? [] : [`article:${counterpart}`]
    },
  },
  audit: { actions: { 'article.translation-wanted': 'đặt lựa chọn dịch của bài', 'article.translation-link': 'liên kết bản dịch của bài' } },
  provide: ({ db, events, clock, services }) => {
    const articleTranslations = new ArticleTranslations(db, events, clock, services.categories)
    return {
      articleTranslations,
      articleAlternates: (articleId: number) => articleTranslations.alternates(articleId),
      articleEditorPanel: (user, articleId, csrfToken) => articleTranslations.panel(user, articleId, csrfToken),
    }
  },
  contributes: ({ services }) => ({ translations: [services.articleTranslations.source()] }),
  seedDemo: ({ db, now }) => seedTranslationDemo(db, now),
  newsroomRoutes: ({ services, contributions, log }) => translationNewsroomRoutes({ articles: services.articleTranslations, sources: TranslationSources.from(contributions.byModule('translations')), log }),
}
