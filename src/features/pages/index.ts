export { pagesModule } from './pages.module.ts'
export { pagePath, englishPagePath, type Page } from './page.ts'
export { insertPage } from './page.repository.ts'
export type { PageInput } from './page.ts'
