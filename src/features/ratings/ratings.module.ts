import * as ratings from '../../migrations/20261207-0501-ratings.ts'
import { ReaderMarks } from '../../platform/http/reader-mark.ts'
import type { PortalModule } from '../../platform/module.ts'
import { ratingMessages, surveyMessages } from './messages.ts'
import { newsroomRatingRoutes } from './newsroom.routes.ts'
import { publicRatingRoutes } from './public.routes.ts'
import { RATING_SCRIPT } from './rating-script.ts'
import { Ratings } from './ratings.service.ts'
import { seedRatingsDemo } from './ratings-demo.ts'
import { SURVEY_PATHS, SURVEY_RESULTS_TAG } from './survey-paths.ts'
import { ratingFormView } from './views/rating-form.view.ts'
import { ratingStyles } from './ratings.styles.ts'
import { ratingsDuty } from './ratings.duty.ts'

declare module '../../platform/events.ts' {
  interface NewsroomEvents {
    /** A reader's survey counted: the public results change. */
    'survey.answered': Record<string, never>
  }
}

declare module '../../platform/module.ts' {
  interface NewsroomActions {
    'rating.read': true
  }
  interface PortalServices {
    ratings: Ratings
  }
}

// Đánh giá (Decree 42/2022 Art. 8): readers say whether the information helped, under every item
// whose page shows the modules' content parts (articles, documents; answers when they come), and
// answer the site survey. The counts are the newsroom's; the survey's results are public.
export const ratingsModule: PortalModule = {
  name: 'ratings',
  title: 'Đánh giá của bạn đọc',
  messages: [ratingMessages, surveyMessages],
  migrations: { '20261207-0501-ratings': ratings },
  readerStyles: ratingStyles,
  // /en/survey lives under the prefix the articles module declares for the English pages.
  publicPrefixes: ['danh-gia', 'khao-sat'],
  rights: { 'rating.read': { roles: ['editor', 'approver', 'administrator'] } },
  relayed: ['survey.answered'],
  purges: { 'survey.answered': () => [SURVEY_RESULTS_TAG] },
  nav: [{ label: 'Đánh giá của bạn đọc', href: '/toa-soan/danh-gia', right: 'rating.read' }],
  provide: ({ db, clock, events, sources, services }) => ({
    ratings: new Ratings({ db, clock, events, sources, marks: new ReaderMarks(db), counters: 'abuseCounters' in services ? services.abuseCounters : undefined }),
  }),
  // Under every kind of item: a kind readers can reach is one with a content source, which the post checks.
  compliance: ({ db }) => [ratingsDuty(db)],
  contentParts: () => [{
    id: 'rating',
    render: (item, locale) => ratingFormView({ kind: item.kind, id: item.id, scriptUrl: RATING_SCRIPT.url, surveyUrl: SURVEY_PATHS[locale.lang].form }, locale),
  }],
  publicRoutes: ({ db, services, responder }) => publicRatingRoutes({ db, ratings: services.ratings, chrome: services.chrome, responder }),
  newsroomRoutes: ({ db, clock, sources }) => newsroomRatingRoutes({ db, clock, sources }),
  seedDemo: ({ db, now }) => seedRatingsDemo(db, now),
}
