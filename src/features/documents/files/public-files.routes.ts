import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import type { Db } from '../../../platform/db/connect.ts'
import { pathParams } from '../../../platform/http/request-schemas.ts'
import type { MediaStorage } from '../../../platform/storage/index.ts'
import { findServedFile } from './document-file.repository.ts'
import { fileNotFound, sendDocumentFile } from './serve-file.ts'

const FileParams = pathParams('fileId', 'name')
export const fileIdOf = (text: string) => (/^\d{1,9}$/.test(text) ? Number(text) : undefined)

/**
 * GET (and HEAD) /van-ban/tep/<id>/<name>: a published document's file, for anyone. A draft's
 * or a scheduled document's file is a 404 here, exactly as a file that does not exist. Files are
 * bytes, not pages: they bypass the page cache, and browsers and proxies keep them a minute
 * (so a withdrawn document's file stops being served soon), then ask again with the ETag.
 */
export function publicFileRoutes(deps: { db: Db; media: MediaStorage }) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    app.get('/van-ban/tep/:fileId/:name', { schema: { params: FileParams } }, async (req, reply) => {
      const { fileId } = req.params
      const id = fileIdOf(fileId)
      const file = id === undefined ? undefined : await findServedFile(deps.db, id)
      if (!file || file.documentStatus !== 'published') throw fileNotFound()
      return sendDocumentFile(req, reply, file, deps.media, 'public, max-age=60')
    })
  }
}
