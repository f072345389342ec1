export { homeRoutes } from './home.routes.ts'
export { homeModule } from './home.module.ts'
