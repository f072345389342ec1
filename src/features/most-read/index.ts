export { ViewCounter, VIEW_COUNTING, type ViewCounterOptions } from './view-counter.ts'
export { MostRead, MOST_READ, type MostReadOptions } from './most-read.ts'
export { viewRoutes, viewBeacon, VIEW_BEACON_SCRIPT } from './views.routes.ts'
export { addViews } from './article-views.repository.ts'
