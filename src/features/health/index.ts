export { healthRoutes, type HealthDeps } from './health.routes.ts'
export { jobsForAdministrator, systemStatusRoutes, type SystemStatusDeps } from './system.routes.ts'
