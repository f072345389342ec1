import { compareVietnamese } from '../../platform/text/vietnamese.ts'
import type { Category } from './category.ts'

// The whole category tree, held in memory: it is small, read on every page (menus,
// breadcrumbs, URLs) and changes rarely. Rebuilt when a category changes. Siblings go by
// position, then by name in Vietnamese order (menus are never in code-point order).
export class CategoryTree {
  readonly #byId = new Map<number, Category>()
  readonly #children = new Map<number | null, Category[]>()
  readonly #byPath = new Map<string, Category>()
  // Every listed article's address asks for its category's; the tree never changes once built.
  readonly #urls = new Map<number, string>()

  constructor(categories: Category[]) {
    for (const c of categories) this.#byId.set(c.id, c)
    for (const c of categories) {
      const siblings = this.#children.get(c.parentId) ?? []
      siblings.push(c)
      this.#children.set(c.parentId, siblings)
    }
    for (const list of this.#children.values()) list.sort((a, b) => a.position - b.position || compareVietnamese(a.name, b.name) || a.id - b.id)
    for (const c of categories) this.#byPath.set(this.slugPath(c.id).join('/'), c)
  }

  find(id: number): Category | undefined {
    return this.#byId.get(id)
  }

  findByPath(slugs: readonly string[]): Category | undefined {
    return this.#byPath.get(slugs.join('/'))
  }

  findBySlug(slug: string): Category | undefined {
    for (const c of this.#byId.values()) if (c.slug === slug) return c
    return undefined
  }

  roots(): Category[] {
    return this.#children.get(null) ?? []
  }

  childrenOf(id: number): Category[] {
    return this.#children.get(id) ?? []
  }

  /** From the root down to the category itself. */
  lineage(id: number): Category[] {
    const out: Category[] = []
    const seen = new Set<number>()
    for (let c = this.#byId.get(id); c && !seen.has(c.id); c = c.parentId === null ? undefined : this.#byId.get(c.parentId)) {
      seen.add(c.id)
      out.unshift(c)
    }
    return out
  }

  slugPath(id: number): string[] {
    return this.lineage(id).map((c) => c.slug)
  }

  url(id: number): string {
    let url = this.#urls.get(id)
    if (url === undefined) this.#urls.set(id, (url = '/' + this.slugPath(id).join('/')))
    return url
  }

  /** The category and everything under it. */
  subtreeIds(id: number): number[] {
    const out: number[] = []
    const walk = (cid: number) => {
      out.push(cid)
      for (const child of this.childrenOf(cid)) walk(child.id)
    }
    if (this.#byId.has(id)) walk(id)
    return out
  }

  all(): Category[] {
    return [...this.#byId.values()]
  }
}
