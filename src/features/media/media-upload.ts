import multipart, { type MultipartFile } from '@fastify/multipart'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { MAX_UPLOAD_BYTES } from './media.ts'
import type { UploadedFile } from './media.service.ts'

/** Made only here, from a real file part, so a text field can never pass for an upload. */
class ReceivedFile implements UploadedFile {
  constructor(readonly fileName: string, readonly bytes: Buffer, readonly truncated: boolean) {}
}

/**
 * Multipart for this section only. The whole form is read into `req.body` before the newsroom's
 * preHandler runs, so its CSRF check sees the `_csrf` field of a plain HTML form (scripts send
 * the `x-csrf-token` header instead). A file over the limit is cut short and marked, not thrown,
 * so the form can come back with a message.
 */
export async function registerUploads(app: FastifyInstance): Promise<void> {
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    throwFileSizeLimit: false,
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 16 * 1024, parts: 12, headerPairs: 50 },
    async onFile(part: MultipartFile) {
      const bytes = await part.toBuffer()
      // `value` is what attachFieldsToBody puts in req.body for this part.
      ;(part as MultipartFile & { value: unknown }).value = new ReceivedFile(part.filename, bytes, part.file.truncated)
    },
  })
}

export interface UploadForm {
  file: UploadedFile | undefined
  fields: Record<string, unknown>
}

/** The uploaded file (the `file` field) and the form's text fields. */
export function readUploadForm(req: FastifyRequest): UploadForm {
  const body = (req.body ?? {}) as Record<string, unknown>
  const file = body.file instanceof ReceivedFile ? body.file : undefined
  return { file, fields: body }
}
