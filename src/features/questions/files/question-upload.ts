import multipart from '@fastify/multipart'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { assertCleanInput } from '../../../platform/http/input-guard.ts'
import type { Sent } from '../../../platform/http/request-schemas.ts'
import { isDiskError, spoolToTempFile, type TempFile } from '../../../platform/storage/index.ts'
import { MalformedUploadError, nextPart } from '../../media/index.ts'
import { QUESTION_FILE_MAX_BYTES } from './question-file.ts'

// The ask form with its optional attachment comes as multipart/form-data: the text fields as
// they are, the file to a private temporary file as it arrives (never whole in memory), cut
// off at the limit and marked, so the form comes back with a message instead of a broken page.

export async function registerQuestionUploads(app: FastifyInstance): Promise<void> {
  await app.register(multipart, {
    throwFileSizeLimit: false,
    // The form's fields and honeypot, a few to spare; a field as long as the question allows in any script.
    limits: { fileSize: QUESTION_FILE_MAX_BYTES, files: 1, fields: 24, fieldSize: 64 * 1024, parts: 26, headerPairs: 50 },
  })
}

export interface SentAttachment {
  fileName: string
  temp: TempFile
  /** Longer than the limit: only its first bytes arrived. */
  tooLarge: boolean
}

export interface SentAskForm {
  fields: Record<string, Sent>
  /** Absent when no file was chosen (a browser sends an empty part without a name). */
  file: SentAttachment | undefined
}

/** Reads the whole multipart form; the caller discards the temporary file when done. */
export async function readMultipartAsk(req: FastifyRequest): Promise<SentAskForm> {
  const fields: Record<string, Sent> = {}
  let file: SentAttachment | undefined
  try {
    for (let part = await nextPart(req); part; part = await nextPart(req)) {
      assertCleanInput([part.fieldname, part.type === 'file' ? part.filename : part.value])
      if (part.type === 'field') {
        const value = typeof part.value === 'string' ? part.value : String(part.value)
        const before = fields[part.fieldname]
        fields[part.fieldname] = before === undefined ? value : [...[before].flat(), value]
        continue
      }
      // A browser sends an empty file input as a part with no name: no file chosen.
      if (part.fieldname !== 'attachment' || !part.filename || file) {
        part.file.resume()
        continue
      }
      const temp = await spoolToTempFile(part.file, { prefix: 'toasoan-question' }).catch((error: unknown) => {
        if (isDiskError(error)) throw error
        throw new MalformedUploadError(error)
      })
      file = { fileName: part.filename, temp, tooLarge: part.file.truncated }
    }
  } catch (error) {
    await file?.temp.discard()
    throw error
  }
  return { fields, file }
}
