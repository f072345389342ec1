import multipart, { type MultipartFile } from '@fastify/multipart'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { assertCleanInput } from '../../../platform/http/input-guard.ts'
import { nextPart } from '../../media/index.ts'

/** Above any limit an administrator may set: busboy's own ceiling, the setting is checked as bytes arrive. */
export const UPLOAD_CEILING_BYTES = 2000 * 1024 * 1024

/** Multipart for the documents' file section only, lazy as the media library's: nothing is read until asked. */
export async function registerFileUploads(app: FastifyInstance): Promise<void> {
  await app.register(multipart, {
    throwFileSizeLimit: false,
    limits: { fileSize: UPLOAD_CEILING_BYTES, files: 1, fields: 5, fieldSize: 16 * 1024, parts: 6, headerPairs: 50 },
  })
}

/** The form's file part (field "file"), still unread: the caller streams it, then the request is done. */
export async function nextFilePart(req: FastifyRequest): Promise<MultipartFile | undefined> {
  for (let part = await nextPart(req); part; part = await nextPart(req)) {
    assertCleanInput([part.fieldname, part.type === 'file' ? part.filename : part.value])
    if (part.type === 'file') {
      if (part.fieldname === 'file') return part
      part.file.resume()
    }
  }
  return undefined
}
