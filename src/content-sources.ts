import { articleSource, type ArticleSourceDeps } from './features/articles/index.ts'
import { CategoryDirectory } from './features/categories/index.ts'
import { Search } from './features/search/index.ts'
import { ContentSources, type ContentSource } from './platform/content/index.ts'
import type { DatabaseHandle } from './platform/db/connect.ts'
import { NewsroomEventBus } from './platform/events.ts'

// The portal's content sources: what search, the feeds, the sitemap and "Đọc nhiều" read. Until
// the module list declares each module's sources, they are listed here.

/** Every kind of published content: articles, then those given. */
export function contentSources(deps: ArticleSourceDeps, more: readonly ContentSource[] = []): ContentSources {
  return new ContentSources([articleSource(deps), ...more])
}

/** The search index for a one-off task (an import, a reindex, a cluster's primary), outside a running portal. */
export function searchOutsideThePortal(database: DatabaseHandle): Search {
  return new Search(database, contentSources({ db: database.db, categories: new CategoryDirectory(database.db, new NewsroomEventBus()) }))
}
