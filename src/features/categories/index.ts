export type { Category } from './category.ts'
export { CategoryTree } from './category-tree.ts'
export { CategoryDirectory } from './category.service.ts'
export {
  insertCategory, listAllCategories, updateCategory, setCategoryPositions, deleteCategory, categorySlugTaken, categoryUsage, keepFormerPaths,
  type NewCategory, type CategoryChanges, type CategoryUsage,
} from './category.repository.ts'
export { categoriesModule } from './categories.module.ts'
export { reservedSlugProblem, heldPrefixes, type ReservedPrefixes, type HeldPrefix } from './reserved-prefixes.ts'
