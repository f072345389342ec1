import * as search from '../../migrations/20261129-0008-search.ts'
import type { PortalModule } from '../../platform/module.ts'
import { searchApiRoutes, searchRoutes } from './search.routes.ts'
import { Search } from './search.service.ts'

declare module '../../platform/module.ts' {
  interface PortalServices {
    /** The search index follows 'article.changed'; `whenIdle()` waits for it to catch up. */
    search: Search
  }
}

export const searchModule: PortalModule = {
  name: 'search',
  title: 'Tìm kiếm',
  migrations: { '20261129-0008-search': search },
  publicPrefixes: ['tim-kiem'],
  async provide({ database, events, log, catchUp }) {
    const search = new Search(database, events, log)
    // Whatever changed while no portal listened (an import, a seed, a crash after a commit).
    if (catchUp) await search.catchUp()
    return { search }
  },
  publicRoutes: ({ services }) => async (app) => {
    const { search, categories, chrome } = services
    await app.register(searchApiRoutes({ search, categories }), { prefix: '/api/v1' })
    await app.register(searchRoutes({ search, categories, chrome }))
  },
}
