import * as questionsMigration from '../../migrations/20261207-0601-questions.ts'
import * as questionFilesMigration from '../../migrations/20261207-0602-question-files.ts'
import * as questionUnitsMigration from '../../migrations/20261216-0906-question-units.ts'
import { namesFrom } from '../../platform/audit-words.ts'
import { phrase } from '../../platform/i18n/index.ts'
import type { PortalModule } from '../../platform/module.ts'
import { unitsFrom } from '../cases/index.ts'
import { AbuseControl } from '../comments/index.ts'
import { FILE_AUDIT_ACTIONS, newsroomQuestionFileRoutes, publicQuestionFileRoutes } from './files/question-files.routes.ts'
import './files/question-file.table.ts'
import { questionMessages } from './messages.ts'
import { questionLetterMessages } from './question-letters.ts'
import { ENGLISH_QUESTION_PATHS, VIETNAMESE_QUESTION_PATHS } from './question-paths.ts'
import { newsroomQuestionRoutes } from './newsroom.routes.ts'
import { publicQuestionRoutes, QUESTION_LIST_TAG, QUESTION_PAGES_TAG, questionTag } from './public.routes.ts'
import { QuestionDesk } from './question-desk.ts'
import { QuestionIntake } from './question-intake.ts'
import { questionCaseKind } from './question.tracking.ts'
import { questionSource } from './question.source.ts'
import './question.table.ts'
import { questionsDashboard } from './questions-dashboard.ts'
import { questionsOnTimeDuty } from './questions-on-time.duty.ts'
import { seedQuestionsDemo } from './questions-demo.ts'
import { retentionJob } from './retention.job.ts'
import { questionTopicRoutes, TOPICS_PATH } from './topics-admin.ts'

declare module '../../platform/module.ts' {
  interface NewsroomActions {
    /** Handle citizens' questions: open the queue, work on a case given to them, write the answer, notes. */
    'question.answer': true
    /** Assign, refuse, approve and publish answers; sees every asker's contact details. */
    'question.approve': true
  }
  interface PortalServices {
    /** Citizens' side of Hỏi đáp: asking and the tracking look-up. */
    questionIntake: QuestionIntake
    /** The newsroom's side: the workflow, answers, notes, retention. */
    questionDesk: QuestionDesk
  }
}

declare module '../../platform/events.ts' {
  interface NewsroomEvents {
    /** Questions were received, changed status, answered or pinned (ids empty: a new one, nothing public yet); topics: renamed or added. */
    'questions.changed': { ids: number[]; topics?: boolean }
  }
}

// Hỏi đáp (issue 15): citizens ask at /hoi-dap, get a tracking code, follow the case at /tra-cuu (cases/);
// the newsroom handles it at /toa-soan/hoi-dap within ten working days, and approved answers are
// published, by topic, and found by site search.
export const questionsModule: PortalModule = {
  name: 'questions',
  title: 'Hỏi đáp',
  messages: [questionMessages, questionLetterMessages],
  migrations: { '20261207-0601-questions': questionsMigration, '20261207-0602-question-files': questionFilesMigration, '20261216-0906-question-units': questionUnitsMigration },
  // /en/questions lives under the prefix the articles module declares for the English pages; /tra-cuu is the cases module's.
  publicPrefixes: ['hoi-dap'],
  // Citizens reach Hỏi đáp from the main menu, after the register.
  menuLinks: [{ label: phrase(questionMessages, 'heading'), href: { vi: VIETNAMESE_QUESTION_PATHS.list, en: ENGLISH_QUESTION_PATHS.list }, order: 20 }],
  rights: {
    'question.answer': { roles: ['editor', 'approver', 'administrator'] },
    'question.approve': { roles: ['approver', 'administrator'] },
  },
  relayed: ['questions.changed'],
  purges: { 'questions.changed': ({ ids, topics }) => (topics ? [QUESTION_LIST_TAG, QUESTION_PAGES_TAG] : ids.length ? [QUESTION_LIST_TAG, ...ids.map(questionTag)] : []) },
  audit: {
    actions: {
      'question.assign': 'phân công câu hỏi', 'question.start': 'nhận xử lý câu hỏi', 'question.submit': 'gửi duyệt trả lời câu hỏi',
      'question.approve': 'duyệt và đăng trả lời câu hỏi', 'question.return': 'trả lại trả lời câu hỏi', 'question.reject': 'từ chối câu hỏi',
      'question.duplicate': 'đánh dấu trùng câu hỏi', 'question.save-answer': 'lưu trả lời câu hỏi', 'question.pin': 'ghim vào câu hỏi thường gặp',
      'question.unpin': 'bỏ ghim câu hỏi thường gặp', 'question.retention': 'đặt thời gian lưu thông tin người hỏi',
      'question.erase-contacts': 'xóa thông tin liên hệ hết hạn lưu của câu hỏi',
      'question-topic.create': 'thêm lĩnh vực hỏi đáp', 'question-topic.update': 'đổi tên lĩnh vực hỏi đáp',
      ...FILE_AUDIT_ACTIONS,
    },
    names: { question: namesFrom('questions', 'code'), 'question-topic': namesFrom('question_topics', 'name') },
  },
  nav: [
    { label: 'Hỏi đáp', href: '/toa-soan/hoi-dap', right: 'question.answer' },
    { label: 'Lĩnh vực hỏi đáp', href: TOPICS_PATH, right: 'site.administer' },
  ],
  provide: ({ db, clock, events, config, services, contributions }) => {
    services.caseTracking.register(questionCaseKind(db))
    return {
    questionIntake: new QuestionIntake({
      db, clock, events, mail: services.mail, calendar: services.workingDays, abuse: new AbuseControl(services.abuseCounters),
      challengeSecret: async () => (await services.commentSettings.current()).challengeSecret, publicUrl: config.publicUrl,
    }),
    // The units come from the modules that add them (the structure's), read when a case is assigned.
    questionDesk: new QuestionDesk(db, clock, events, services.mail, config.publicUrl, () => unitsFrom(contributions.of('caseUnits'))),
    }
  },
  jobs: ({ services, db, media }) => [retentionJob(services.questionDesk, db, media)],
  sources: ({ db, events }) => [questionSource({ db, events })],
  seedDemo: ({ db, now }) => seedQuestionsDemo(db, now),
  dashboard: ({ db }) => questionsDashboard(db),
  compliance: ({ db }) => [questionsOnTimeDuty(db)],
  publicRoutes: ({ db, clock, media, services, responder, contentParts }) => async (app) => {
    await app.register(publicQuestionFileRoutes({ db, media }))
    await app.register(publicQuestionRoutes({ db, clock, media, intake: services.questionIntake, chrome: services.chrome, responder, contentParts }))
  },
  newsroomRoutes: ({ db, clock, events, media, services }) => async (app) => {
    await app.register(newsroomQuestionRoutes({ db, clock, desk: services.questionDesk }))
    await app.register(newsroomQuestionFileRoutes({ db, clock, events, media }))
    await app.register(questionTopicRoutes({ db, clock, events }))
  },
}
