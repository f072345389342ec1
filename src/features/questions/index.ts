// Hỏi đáp: what other features may use. Phản ánh, kiến nghị could reuse the workflow-as-data
// (question.ts STEPS), the desk's step() (history, audit and letter in one transaction), the
// tracking look-up and its limits (question-intake.ts) and the retention job.
export { questionsModule } from './questions.module.ts'
export { questionSource, questionUrl } from './question.source.ts'
export { QuestionIntake, LOOKUP_LIMITS } from './question-intake.ts'
export { QuestionDesk, maySeeContact } from './question-desk.ts'
export { STEPS, STATUS_LABELS, trackingCode, type QuestionStatus, type PublishedQuestion } from './question.ts'
export { RETENTION_JOB } from './retention.job.ts'
