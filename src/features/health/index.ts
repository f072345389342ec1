export { healthRoutes, type HealthDeps } from './health.routes.ts'
export { healthModule } from './health.module.ts'
