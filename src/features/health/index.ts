export { healthRoutes, type HealthDeps } from './health.routes.ts'
export { systemStatusRoutes, type SystemStatusDeps } from './system.routes.ts'
