import { pathParams, sentFields } from '../../platform/http/request-schemas.ts'

// What the public article, category and tag pages read from a request. Shapes only: a path that
// names nothing is a 404, an unknown query parameter a redirect to the clean address, as before.

/** Category and article pages share the path space: the whole path after the first slash. */
export const PagePath = pathParams('*')
/** A listing's next page; any other parameter redirects to the clean address. */
export const ListingQuery = sentFields('sau')
export const TagParams = pathParams('slug')
