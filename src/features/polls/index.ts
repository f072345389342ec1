export { pollsModule } from './polls.module.ts'
export type { Poll, PollChoice } from './poll.ts'
