export { alertsModule } from './alerts.module.ts'
export { ALERT_CACHE_CONTROL } from './alert-board.ts'
