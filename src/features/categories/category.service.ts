import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { listAllCategories } from './category.repository.ts'
import { CategoryTree } from './category-tree.ts'

export class CategoryDirectory {
  #tree: Promise<CategoryTree> | undefined

  constructor(private readonly db: Db, events: NewsroomEventBus) {
    events.on('category.changed', () => this.invalidate())
    events.on('instance.resync', () => this.invalidate())
  }

  tree(): Promise<CategoryTree> {
    this.#tree ??= listAllCategories(this.db).then((all) => new CategoryTree(all))
    this.#tree.catch(() => (this.#tree = undefined))
    return this.#tree
  }

  invalidate(): void {
    this.#tree = undefined
  }
}
