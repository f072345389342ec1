export { Search, CANDIDATES, PAGE_SIZE, type SearchResults, type SearchHit, type Progress } from './search.service.ts'
export { parseQuery, type SearchQuery } from './query-parser.ts'
export { searchRoutes, searchApiRoutes } from './search.routes.ts'
export { englishSearchRoutes, ENGLISH_SEARCH } from './english-search.routes.ts'
