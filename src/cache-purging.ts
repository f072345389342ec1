import type { PageCache } from './platform/cache/page-cache.ts'
import type { NewsroomEventBus } from './platform/events.ts'
import type { CategoryDirectory } from './features/categories/index.ts'
import { TAG_PAGES } from './features/articles/index.ts'

// What each change makes stale. An article shows on its own page, on the pages of its
// category and of every category above it (they list their sub-categories' articles), in
// the related lists of its category's articles, on the home page and on its tags' pages. Menus, blocks and the
// footer are on every page ("layout").
export function wireCachePurging(events: NewsroomEventBus, cache: PageCache, categories: CategoryDirectory): void {
  events.on('article.changed', async ({ articleId, categoryIds }) => {
    const tree = await categories.tree()
    const tags = new Set([`article:${articleId}`, 'home', TAG_PAGES])
    for (const id of categoryIds) for (const c of tree.lineage(id)) tags.add(`category:${c.id}`)
    // A category already gone from the tree has no lineage; its own pages still go.
    for (const id of categoryIds) tags.add(`category:${id}`)
    cache.purgeTags(tags)
  })
  events.on('instance.resync', () => cache.clear())
  // Both orders of an article's comments (?y-kien=moi-nhat) carry the article's tag.
  events.on('comments.changed', ({ articleId }) => cache.purgeTags([`article:${articleId}`]))
  events.on('comment-settings.changed', ({ everyArticle }) => {
    if (everyArticle) cache.purgeTags(['layout'])
  })
  for (const name of ['category.changed', 'links.changed', 'weather.changed', 'settings.changed', 'most-read.changed', 'layout.changed'] as const) {
    events.on(name, () => cache.purgeTags(['layout']))
  }
}
