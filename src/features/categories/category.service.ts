import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { findFormerPath, listAllCategories } from './category.repository.ts'
import { CategoryTree } from './category-tree.ts'
import type { Category } from './category.ts'

export class CategoryDirectory {
  #tree: Promise<CategoryTree> | undefined
  /** The same tree once read: for work that must not wait a turn (purging pages right after a change). */
  #loaded: CategoryTree | undefined

  constructor(private readonly db: Db, events: NewsroomEventBus) {
    events.on('category.changed', () => this.invalidate())
    events.on('instance.resync', () => this.invalidate())
  }

  tree(): Promise<CategoryTree> {
    if (this.#tree) return this.#tree
    const tree = listAllCategories(this.db).then((all) => new CategoryTree(all))
    this.#tree = tree
    tree.then((loaded) => {
      if (this.#tree === tree) this.#loaded = loaded
    }, () => {
      if (this.#tree === tree) this.#tree = undefined
    })
    return tree
  }

  /** The tree if it is in memory now, else undefined (then ask `tree()`). */
  loadedTree(): CategoryTree | undefined {
    return this.#loaded
  }

  /** Where the category that used to be at "/tin-tuc/dan-van" is now, after a rename or a move. */
  async formerlyAt(path: string): Promise<Category | undefined> {
    const [tree, id] = await Promise.all([this.tree(), findFormerPath(this.db, path)])
    return id === undefined ? undefined : tree.find(id)
  }

  invalidate(): void {
    this.#tree = undefined
    this.#loaded = undefined
  }
}
