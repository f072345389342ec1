import { pathParams, readHeaders } from '../../platform/http/request-schemas.ts'

/** The article a view is counted for (an id that is not a number is the handler's 400). */
export const ViewParams = pathParams('articleId')
/** Where the beacon comes from: the portal's own pages only. */
export const ViewHeaders = readHeaders('origin', 'host')
