import { accountsModule } from './features/accounts/index.ts'
import { alertsModule } from './features/alerts/index.ts'
import { backupModule } from './features/backup/index.ts'
import { apiModule } from './features/api/index.ts'
import { articlePdfModule } from './features/article-pdf/index.ts'
import { articlesModule } from './features/articles/index.ts'
import { casesModule } from './features/cases/index.ts'
import { categoriesModule } from './features/categories/index.ts'
import { commentsModule } from './features/comments/index.ts'
import { complianceModule } from './features/compliance/index.ts'
import { demoModule } from './features/demo/index.ts'
import { documentsModule } from './features/documents/index.ts'
import { editorialModule } from './features/editorial/index.ts'
import { feedbackModule } from './features/feedback/index.ts'
import { feedsModule } from './features/feeds/index.ts'
import { healthModule } from './features/health/index.ts'
import { importModule } from './features/import/index.ts'
import { homeModule } from './features/home/index.ts'
import { linksModule } from './features/links/index.ts'
import { mediaModule } from './features/media/index.ts'
import { mostReadModule } from './features/most-read/index.ts'
import { noticesModule } from './features/notices/index.ts'
import { pagesModule } from './features/pages/index.ts'
import { pollsModule } from './features/polls/index.ts'
import { questionsModule } from './features/questions/index.ts'
import { searchModule } from './features/search/index.ts'
import { siteModule } from './features/site/index.ts'
import { mailModule } from './features/mail/index.ts'
import { ratingsModule } from './features/ratings/index.ts'
import { reportsModule } from './features/reports/index.ts'
import { monitoringModule } from './features/monitoring/index.ts'
import { statisticsModule } from './features/statistics/index.ts'
import { structureModule } from './features/structure/index.ts'
import { translationsModule } from './features/translations/index.ts'
import { siteAdminModule } from './features/site-admin/index.ts'
import { videosModule } from './features/videos/index.ts'
import { weatherModule } from './features/weather/index.ts'
import { workingDaysModule } from './features/working-days/index.ts'
import { workCalendarModule } from './features/work-calendar/index.ts'
import { checkModules, rightsOf } from './platform/module-list.ts'
import type { PortalModule } from './platform/module.ts'
import { useRights } from './platform/newsroom-rights.ts'

// The portal's modules: a new feature is a folder with its manifest, and one line here.
// The order matters twice: a module's `provide` sees the services of the modules above it, and
// the newsroom's home page lists the modules' links in this order.
export const PORTAL_MODULES: readonly PortalModule[] = [
  categoriesModule,
  mostReadModule,
  siteModule,
  mailModule,
  articlesModule,
  articlePdfModule,
  searchModule,
  videosModule,
  editorialModule,
  mediaModule,
  commentsModule,
  accountsModule,
  siteAdminModule,
  workingDaysModule,
  weatherModule,
  linksModule,
  noticesModule,
  documentsModule,
  pollsModule,
  casesModule,
  questionsModule,
  feedbackModule,
  structureModule,
  workCalendarModule,
  pagesModule,
  monitoringModule,
  alertsModule,
  backupModule,
  importModule,
  healthModule,
  apiModule,
  feedsModule,
  homeModule,
  demoModule,
  // After the demo module: its demo answers are of the demo's articles and documents.
  ratingsModule,
  // After the demo module too: its demo translation is of a demo article.
  translationsModule,
  complianceModule,
  reportsModule,
  // After the demo module: its demo statistics name the demo's categories and articles.
  statisticsModule,
]

checkModules(PORTAL_MODULES)
// The newsroom's rights hold for anything that loads the portal's modules, app or not (the CLI, tests).
useRights(rightsOf(PORTAL_MODULES))
