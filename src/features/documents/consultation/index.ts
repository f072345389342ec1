// Góp ý dự thảo: what the rest of the documents module uses of a draft's consultation.
// The document's page places `await services.consultation.sectionOf(document.id, locale)` after
// its files (tagged `document:<id>`, purged by 'documents.changed'): the window, the form while
// it is open, the approved comments and, once closed, the report.
export { Consultation, ConsultationClosedError } from './consultation.service.ts'
export { consultationSection, consultationForm, type ConsultationSectionModel } from './views/consultation-section.view.ts'
export { consultationMessages } from './messages.ts'
export { consultationParts, CONSULTATION_AUDIT_ACTIONS } from './consultation.parts.ts'
export type { ConsultedDocument } from './consultation.repository.ts'
