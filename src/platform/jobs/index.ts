export { backoffOf, waitAfter, type Backoff, type Job, type JobStatus } from './job.ts'
export { JobRunner, type JobLog, type JobRunnerOptions } from './job-runner.ts'
export { realTimers, type Timers } from './timers.ts'
