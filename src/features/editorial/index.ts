export { Editorial } from './editorial.service.ts'
export { newsroomArticleRoutes } from './newsroom-articles.routes.ts'
export { Scheduler, runDueWork } from './scheduler.ts'
export { TRANSITIONS, nextStatus, type Transition } from './workflow.ts'
