import type { ModuleContext } from '../../../platform/module.ts'
import { AbuseControl } from '../../comments/index.ts'
import { consultationDaysJob } from './consultation-days.job.ts'
import { ConsultationDesk } from './consultation-moderation.service.ts'
import { Consultation } from './consultation.service.ts'
import { newsroomConsultationRoutes } from './newsroom.routes.ts'
import { publicConsultationRoutes } from './public.routes.ts'

declare module '../../../platform/module.ts' {
  interface PortalServices {
    /** A draft's consultation: the section of its public page, and citizens' comments. */
    consultation: Consultation
  }
}

/** How the audit log reads the consultation's entries. */
export const CONSULTATION_AUDIT_ACTIONS = {
  'document.consultation-window': 'đặt thời gian lấy ý kiến dự thảo',
  'document.consultation-clauses': 'sửa điều, khoản lấy ý kiến',
  'document.consultation-report': 'lưu báo cáo tiếp thu, giải trình',
  'document.comment-approve': 'duyệt góp ý dự thảo',
  'document.comment-reject': 'từ chối góp ý dự thảo',
  'document.comment-spam': 'đánh dấu rác góp ý dự thảo',
}

/**
 * What the consultation adds to the documents module's manifest, in one place: the module's
 * provide, routes and jobs call these.
 */
export const consultationParts = {
  provide: ({ db, clock, services }: ModuleContext) => ({
    // The readers' comments' abuse control on their counters (Redis when there is one): one address's
    // comments on articles and on drafts count together, on every instance.
    consultation: new Consultation(db, clock, new AbuseControl(services.abuseCounters),
      () => services.commentSettings.current()),
  }),
  publicRoutes: ({ services, responder }: ModuleContext, documentTag: (id: number) => string) =>
    publicConsultationRoutes({ consultation: services.consultation, chrome: services.chrome, responder, documentTag }),
  newsroomRoutes: ({ db, clock, events, services }: ModuleContext) =>
    newsroomConsultationRoutes({ db, desk: new ConsultationDesk(db, events, clock), consultation: services.consultation }),
  jobs: ({ db, clock, events }: ModuleContext) => [consultationDaysJob({ db, clock, events })],
  nav: { label: 'Góp ý dự thảo', href: '/toa-soan/van-ban/gop-y', right: 'document.publish' as const },
}
