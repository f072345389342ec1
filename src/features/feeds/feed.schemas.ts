import { pathParams } from '../../platform/http/request-schemas.ts'

/** A category's feed: its path after /rss/ (a path that names no category is a 404). */
export const CategoryFeedParams = pathParams('*')
