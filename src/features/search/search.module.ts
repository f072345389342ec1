import * as search from '../../migrations/20261129-0008-search.ts'
import * as searchByKind from '../../migrations/20261206-0016-search-by-kind.ts'
import type { PortalModule } from '../../platform/module.ts'
import { englishSearchRoutes } from './english-search.routes.ts'
import { searchApiRoutes, searchRoutes } from './search.routes.ts'
import { Search } from './search.service.ts'
import { searchDuty } from './search.duty.ts'
import { searchMessages } from './messages.ts'
import { SEARCH_READER_STYLES } from './search.styles.ts'

declare module '../../platform/module.ts' {
  interface PortalServices {
    /** The search index follows 'article.changed'; `whenIdle()` waits for it to catch up. */
    search: Search
  }
}

export const searchModule: PortalModule = {
  name: 'search',
  title: 'Tìm kiếm',
  messages: [searchMessages],
  migrations: { '20261129-0008-search': search, '20261206-0016-search-by-kind': searchByKind },
  publicPrefixes: ['tim-kiem'],
  readerStyles: SEARCH_READER_STYLES,
  provide: ({ database, sources, log }) => ({ search: new Search(database, sources, log) }),
  compliance: ({ services, sources }) => [searchDuty(services.search, sources)],
  // Whatever changed while no portal listened (an import, a seed, a crash after a commit), once
  // every module's content sources are known.
  async ready({ services, catchUp }) {
    if (catchUp) await services.search.catchUp()
  },
  publicRoutes: ({ db, services }) => async (app) => {
    const { search, categories, chrome } = services
    await app.register(searchApiRoutes({ search, categories }), { prefix: '/api/v1' })
    await app.register(searchRoutes({ search, categories, chrome }))
    // /en/search: under the prefix the articles module declares for the English pages.
    await app.register(englishSearchRoutes({ db, search, chrome }))
  },
}
