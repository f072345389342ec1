import type { CategoryDirectory } from '../categories/index.ts'
import type { PortalModule } from '../../platform/module.ts'

/** What the statistics learn from a page's address: its kind, and the category it is under. */
export interface PageKind {
  kind: string
  categoryId: number | null
}

/** The kinds not named after a module, as the newsroom reads them. */
export const KIND_NAMES: Record<string, string> = {
  home: 'Trang chủ', article: 'Bài viết', category: 'Chuyên mục', english: 'Tiếng Anh (/en)', other: 'Trang khác',
}

// The page is the same for every reader and comes from the cache, so the beacon only says its
// address (and the article it shows); the kind is worked out here: a module's prefix names the
// module (documents, questions…), a category's path its category, with an article or not.
export class PageKinds {
  constructor(
    private readonly categories: CategoryDirectory,
    private readonly prefixes: ReadonlyMap<string, PortalModule>,
  ) {}

  async of(path: string, articleId: number | null): Promise<PageKind> {
    const slugs = path.split('?')[0]!.split('/').filter((s) => s !== '')
    if (slugs.length === 0) return { kind: 'home', categoryId: null }
    if (slugs[0] === 'en') return { kind: 'english', categoryId: null }
    const module = this.prefixes.get(slugs[0]!)
    if (module) return { kind: module.name, categoryId: null }
    const tree = await this.categories.tree()
    for (let n = Math.min(slugs.length, 6); n > 0; n--) {
      const category = tree.findByPath(slugs.slice(0, n))
      if (category) return { kind: articleId !== null ? 'article' : n === slugs.length ? 'category' : 'article', categoryId: category.id }
    }
    return { kind: 'other', categoryId: null }
  }

  /** A kind as the newsroom reads it. */
  nameOf(kind: string): string {
    if (KIND_NAMES[kind]) return KIND_NAMES[kind]
    for (const module of this.prefixes.values()) if (module.name === kind) return module.title
    return kind
  }
}
