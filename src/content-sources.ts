import { articleSource } from './features/articles/index.ts'
import { CategoryDirectory } from './features/categories/index.ts'
import { Search } from './features/search/index.ts'
import { ContentSources } from './platform/content/index.ts'
import type { DatabaseHandle } from './platform/db/connect.ts'
import { NewsroomEventBus } from './platform/events.ts'

/**
 * The search index for a one-off task (an import, a reindex, a cluster's primary), outside a
 * running portal. Modules declare their sources with a ModuleContext only a running portal has,
 * so this reads the articles alone; a portal's own start (searchCatchUp) catches up every kind.
 */
export function searchOutsideThePortal(database: DatabaseHandle): Search {
  return new Search(database, new ContentSources([articleSource({ db: database.db, categories: new CategoryDirectory(database.db, new NewsroomEventBus()) })]))
}
