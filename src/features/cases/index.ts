// What every kind of citizen's case shares (Hỏi đáp, Phản ánh kiến nghị): use these, never a copy.
export { casesModule } from './cases.module.ts'
export { CaseTracking, LOOKUP_LIMITS, LookupFailedError, LookupLimitedError, type CaseKind, type TrackedCase } from './case-tracking.ts'
export { receiveCase, type CaseIntakeDeps, type CaseReceipt } from './case-intake.ts'
export { trackingCode, normaliseCode, nextSequence, withNextNumber } from './tracking-code.ts'
export { normalisePhone, PHONE, contactMatches, maySeeContact, withContactFor, type HandlingRights } from './contact.ts'
export { addHistory, listHistory, type HistoryEntry } from './case-history.ts'
export { isOverdue, retentionCutoff, dayText, dayInstant } from './case-dates.ts'
export { antiSpamFields, citizenPage, receivedView, dueDate, type ReceivedWords } from './citizen-pages.ts'
