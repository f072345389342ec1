import { pathParams, readHeaders } from '../../platform/http/request-schemas.ts'

/** A stored file's key: whatever follows /media/ (a key the storage does not hold is a 404). */
export const MediaKeyParams = pathParams('*')
/** A browser that holds a copy asks whether it is still the stored version. */
export const MediaHeaders = readHeaders('if-none-match')
/** An icon's address: the set's key and the size (a key or size not made is a 404). */
export const IconParams = pathParams('key', 'size')
