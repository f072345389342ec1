export { homeRoutes } from './home.routes.ts'
export { homeMessages } from './messages.ts'
export { homeModule } from './home.module.ts'
