export { statisticsModule } from './statistics.module.ts'
export { VisitRecorder, VISIT_RECORDING, type VisitRecorderOptions } from './visit-recorder.ts'
export { NEWSROOM_STATISTICS } from './views/statistics-page.view.ts'
