import { Type } from '@sinclair/typebox'

/** How every JSON API answers a failure (see the error pages): declared by each API route. */
export const ApiError = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String() }),
}, { $id: 'ApiError' })
