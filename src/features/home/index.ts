export { homeRoutes } from './home.routes.ts'
export { homeMessages } from './messages.ts'
