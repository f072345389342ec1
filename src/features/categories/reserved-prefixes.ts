import type { CategoryTree } from './category-tree.ts'
import type { Category } from './category.ts'

// The first path segments modules serve (their `publicPrefixes`): a category there would be
// hidden behind the module's pages, or hide them. A new category may not take one; one that
// held it before its module arrived keeps it until the administrator renames it.

/** Each reserved prefix with the title of the module that claims it. */
export type ReservedPrefixes = ReadonlyMap<string, string>

/** The refusal, naming the module; undefined when the slug is free of every module. */
export function reservedSlugProblem(slug: string, reserved: ReservedPrefixes): string | undefined {
  const module = reserved.get(slug)
  return module === undefined ? undefined : `Đường dẫn “${slug}” thuộc mô-đun ${module}, dành riêng cho hệ thống; xin chọn đường dẫn khác.`
}

export interface HeldPrefix {
  prefix: string
  /** The module's title, as the administrator reads it. */
  module: string
  category: Category
  /** A free slug the category could move to. */
  suggestion: string
}

/** Top-level categories sitting on a module's prefix (they were there before the module). */
export function heldPrefixes(tree: CategoryTree, reserved: ReservedPrefixes): HeldPrefix[] {
  const taken = new Set(tree.all().map((c) => c.slug))
  return tree.roots().flatMap((category) => {
    const module = reserved.get(category.slug)
    if (module === undefined) return []
    let suggestion = `chuyen-muc-${category.slug}`
    for (let n = 2; taken.has(suggestion) || reserved.has(suggestion); n++) suggestion = `chuyen-muc-${category.slug}-${n}`
    return [{ prefix: category.slug, module, category, suggestion }]
  })
}
