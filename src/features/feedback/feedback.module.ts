import * as feedbackMigration from '../../migrations/20261207-0702-feedback.ts'
import { namesFrom } from '../../platform/audit-words.ts'
import { phrase } from '../../platform/i18n/index.ts'
import type { PortalModule } from '../../platform/module.ts'
import { AbuseControl } from '../comments/index.ts'
import { feedbackDashboard } from './feedback-dashboard.ts'
import { feedbackTrackingDuty } from './feedback-tracking.duty.ts'
import { FeedbackDesk } from './feedback-desk.ts'
import { seedFeedbackDemo } from './feedback-demo.ts'
import { FeedbackIntake } from './feedback-intake.ts'
import './feedback.table.ts'
import { feedbackSource } from './feedback.source.ts'
import { feedbackCaseKind } from './feedback.tracking.ts'
import { feedbackMessages } from './messages.ts'
import { newsroomFeedbackRoutes } from './newsroom.routes.ts'
import { FEEDBACK_TAG, publicFeedbackRoutes } from './public.routes.ts'
import { retentionJob } from './retention.job.ts'

declare module '../../platform/module.ts' {
  interface NewsroomActions {
    /** Handle citizens' feedback: open the queue, take a case, verify it, forward it; sees the sender of the cases they took. */
    'feedback.handle': true
    /** Record the result or "not ours", which publishes the case; sees every sender. */
    'feedback.approve': true
  }
  interface PortalServices {
    /** Citizens' side of Phản ánh, kiến nghị: sending feedback. */
    feedbackIntake: FeedbackIntake
    /** The newsroom's side: the workflow, attachments, retention. */
    feedbackDesk: FeedbackDesk
  }
}

declare module '../../platform/events.ts' {
  interface NewsroomEvents {
    /** Feedback was received or changed status (ids empty: a new one). */
    'feedback.changed': { ids: number[] }
  }
}

// Phản ánh, kiến nghị (issue 15): citizens report problems with public services or officials'
// conduct at /phan-anh, get a PA- code, follow the case at /tra-cuu (cases/); the newsroom
// handles it at /toa-soan/phan-anh, and handled cases are published by month with figures.
export const feedbackModule: PortalModule = {
  name: 'feedback',
  title: 'Phản ánh, kiến nghị',
  messages: [feedbackMessages],
  migrations: { '20261207-0702-feedback': feedbackMigration },
  publicPrefixes: ['phan-anh'],
  // Citizens reach the record and the form from the main menu, after Hỏi đáp; Vietnamese only, as its pages are.
  menuLinks: [{ label: phrase(feedbackMessages, 'heading'), href: { vi: '/phan-anh' }, order: 20 }],
  rights: {
    'feedback.handle': { roles: ['editor', 'approver', 'administrator'] },
    'feedback.approve': { roles: ['approver', 'administrator'] },
  },
  relayed: ['feedback.changed'],
  // Any change moves the figures (received, on time); closing one adds to the record.
  purges: { 'feedback.changed': () => [FEEDBACK_TAG] },
  audit: {
    actions: {
      'feedback.verify': 'xác minh phản ánh', 'feedback.forward': 'chuyển xử lý phản ánh', 'feedback.resolve': 'ghi kết quả xử lý phản ánh',
      'feedback.decline': 'trả lời phản ánh không thuộc thẩm quyền', 'feedback.erase-contacts': 'xóa thông tin liên hệ hết hạn lưu của phản ánh',
    },
    names: { feedback: namesFrom('feedback', 'code') },
  },
  nav: [{ label: 'Phản ánh, kiến nghị', href: '/toa-soan/phan-anh', right: 'feedback.handle' }],
  provide: ({ db, clock, events, config, services }) => {
    services.caseTracking.register(feedbackCaseKind(db))
    return {
      feedbackIntake: new FeedbackIntake({
        db, clock, events, mail: services.mail, calendar: services.workingDays, abuse: new AbuseControl(services.abuseCounters),
        challengeSecret: async () => (await services.commentSettings.current()).challengeSecret, publicUrl: config.publicUrl,
      }),
      feedbackDesk: new FeedbackDesk(db, clock, events, services.mail, config.publicUrl),
    }
  },
  jobs: ({ services }) => [retentionJob(services.feedbackDesk)],
  // Handled cases, as the record publishes them: found by site search, listed in the sitemap.
  sources: ({ db, events }) => [feedbackSource({ db, events })],
  seedDemo: ({ db, now }) => seedFeedbackDemo(db, now),
  dashboard: ({ db }) => feedbackDashboard(db),
  compliance: ({ db }) => [feedbackTrackingDuty(db)],
  publicRoutes: ({ db, clock, services, responder }) => publicFeedbackRoutes({ db, clock, intake: services.feedbackIntake, chrome: services.chrome, responder }),
  newsroomRoutes: ({ db, clock, services }) => newsroomFeedbackRoutes({ db, clock, desk: services.feedbackDesk }),
}
