// Hỏi đáp: what other features may use. What every citizen's case shares (tracking code, look-up,
// history, contact rules) is in cases/, not here.
export { questionsModule } from './questions.module.ts'
export { questionSource, questionUrl } from './question.source.ts'
export { QuestionIntake } from './question-intake.ts'
export { QuestionDesk, maySeeContact } from './question-desk.ts'
export { STEPS, STATUS_LABELS, type QuestionStatus, type PublishedQuestion } from './question.ts'
export { RETENTION_JOB } from './retention.job.ts'
export { addHistory, insertQuestion, insertTopic, listTopics, updateCase, type NewQuestion } from './question.repository.ts'
export { ANSWER_WORKING_DAYS } from './question.ts'
