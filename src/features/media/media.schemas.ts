import { Type, type Static } from '@sinclair/typebox'
import { TypeCompiler } from '@sinclair/typebox/compiler'
import { pathParams, sentFields } from '../../platform/http/request-schemas.ts'

// What the media library's routes read from a request: shapes only; a wrong id is the handler's
// Vietnamese answer, too long a caption the form's field message.

export const MediaIdParams = pathParams('id')
export const LibraryQuery = sentFields('truoc', 'da-tai-len', 'da-xoa')
export const EditQuery = sentFields('da-luu')
/** The alt text, caption and focal point (in %), from the edit form (urlencoded). */
export const MediaTextForm = sentFields('alt', 'caption', 'focusX', 'focusY')
/** The picker's search of the library: words of the alt text or caption, and where the last page ended. */
export const PickerQuery = sentFields('q', 'truoc')
export type MediaTextForm = Static<typeof MediaTextForm>

/**
 * An upload's text fields, read from the multipart stream after Fastify's own validation has
 * run (the file must not be held in memory for it), so checked against this where they are read.
 */
export const UploadFields = Type.Object({
  _csrf: Type.Optional(Type.String()),
  alt: Type.Optional(Type.String()),
  caption: Type.Optional(Type.String()),
}, { additionalProperties: Type.String() })
export type UploadFields = Static<typeof UploadFields>
export const uploadFields = TypeCompiler.Compile(UploadFields)
