export { pagesModule } from './pages.module.ts'
export { pagePath, englishPagePath, type Page } from './page.ts'
