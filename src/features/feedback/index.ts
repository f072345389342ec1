// Phản ánh, kiến nghị: what other features may use.
export { feedbackModule } from './feedback.module.ts'
export { FeedbackDesk, HANDLING as FEEDBACK_HANDLING } from './feedback-desk.ts'
export { FEEDBACK_STATUSES, STEPS as FEEDBACK_STEPS, type FeedbackStatus } from './feedback.ts'
export { monthlyFigures, type MonthFigures } from './feedback-figures.ts'
