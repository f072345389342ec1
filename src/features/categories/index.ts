export type { Category } from './category.ts'
export { CategoryTree } from './category-tree.ts'
export { CategoryDirectory } from './category.service.ts'
export { insertCategory, listAllCategories } from './category.repository.ts'
