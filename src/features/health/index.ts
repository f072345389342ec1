export { healthRoutes, type HealthDeps } from './health.routes.ts'
export { jobsForAdministrator, systemStatusRoutes, type SystemStatusDeps } from './system.routes.ts'
export { healthModule } from './health.module.ts'
