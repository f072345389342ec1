import * as categoryMenu from '../../migrations/20261129-0006-category-menu.ts'
import * as categoryFormerPaths from '../../migrations/20261202-0010-category-former-paths.ts'
import type { PortalModule } from '../../platform/module.ts'
import { CategoryDirectory } from './category.service.ts'

declare module '../../platform/events.ts' {
  interface NewsroomEvents {
    'category.changed': { categoryId: number }
  }
}

declare module '../../platform/module.ts' {
  interface PortalServices {
    /** The category tree, kept in memory and read again when a category changes. */
    categories: CategoryDirectory
  }
}

// Categories are served by the articles module (/:category/…): they take no prefix of their own.
export const categoriesModule: PortalModule = {
  name: 'categories',
  title: 'Chuyên mục',
  migrations: { '20261129-0006-category-menu': categoryMenu, '20261202-0010-category-former-paths': categoryFormerPaths },
  relayed: ['category.changed'],
  // The menu and every breadcrumb are on every page ("layout").
  purges: { 'category.changed': () => ['layout'] },
  provide: ({ db, events }) => ({ categories: new CategoryDirectory(db, events) }),
}
