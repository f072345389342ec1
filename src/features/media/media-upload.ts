import { uploadFields, type UploadFields } from './media.schemas.ts'
import multipart, { type Multipart, type MultipartFile } from '@fastify/multipart'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { rm } from 'node:fs/promises'
import { AppError } from '../../platform/http/errors.ts'
import { assertCleanInput } from '../../platform/http/input-guard.ts'
import { isDiskError, spoolToTempFile, type TempFile } from '../../platform/storage/index.ts'
import { MAX_UPLOAD_BYTES } from './media.ts'
import type { UploadedFile } from './media.service.ts'

/** Made only here, from a real file part, so a text field can never pass for an upload. */
class ReceivedFile implements UploadedFile {
  constructor(readonly fileName: string, readonly path: string, readonly size: number, readonly truncated: boolean) {}
}

/**
 * Multipart for this section only, and lazy: the parser reads nothing until a handler asks
 * for the parts, so a request refused by a hook (not signed in, no CSRF token first, too many
 * uploads at once) leaves its body unread. A file over the limit is cut short and marked,
 * not thrown, so the form can come back with a message.
 */
export async function registerUploads(app: FastifyInstance): Promise<void> {
  await app.register(multipart, {
    throwFileSizeLimit: false,
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 16 * 1024, parts: 12, headerPairs: 50 },
  })
}

type UploadParts = AsyncIterableIterator<Multipart>

/** The body was cut short or is not multipart at all: the sender's fault, a 400, never a 500. */
export class MalformedUploadError extends AppError {
  constructor(cause: unknown) {
    super(400, 'malformed_upload', 'The upload is not complete multipart/form-data: send the form again.',
      'Dữ liệu ảnh gửi lên không đầy đủ hoặc không đúng dạng biểu mẫu. Xin chọn ảnh và tải lên lại.')
    this.cause = cause
  }
}

/**
 * The parser's own errors (a limit passed) keep their codes; anything else it throws means
 * the bytes were not a whole multipart form (cut short, no boundary, a broken header).
 */
export async function nextPart(req: FastifyRequest): Promise<Multipart | undefined> {
  try {
    const next = await uploadParts(req).next()
    return next.done ? undefined : next.value
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (typeof code === 'string' && /^FST_(FILES|PARTS|FIELDS)_LIMIT$/.test(code)) throw error
    throw new MalformedUploadError(error)
  }
}

export interface UploadForm {
  file: UploadedFile | undefined
  fields: UploadFields
  /** Removes the temporary file; called once the upload is stored or refused. */
  discard(): Promise<void>
}

/**
 * Reads the rest of the form: the file goes to a temporary file as it arrives (never whole
 * into memory; TMPDIR says where), the text fields into `fields`, checked against their schema
 * (the CSRF token, read before by the upload gate, is not among them).
 */
export async function receiveUploadForm(req: FastifyRequest): Promise<UploadForm> {
  const fields: Record<string, unknown> = {}
  let file: ReceivedFile | undefined
  const paths: string[] = []
  const discard = async () => { await Promise.all(paths.map((p) => rm(p, { force: true }))) }
  try {
    for (let part = await nextPart(req); part; part = await nextPart(req)) {
      // Streamed after the root hooks ran, so the input guard's rule is applied here.
      assertCleanInput([part.fieldname, part.type === 'file' ? part.filename : part.value])
      if (part.type === 'field') {
        fields[part.fieldname] = part.value
        continue
      }
      const spooled = await saveToTempFile(part)
      paths.push(spooled.path)
      if (part.fieldname === 'file') file = new ReceivedFile(part.filename, spooled.path, spooled.bytes, part.file.truncated)
    }
  } catch (error) {
    await discard()
    throw error
  }
  // Read after Fastify's validation ran (the file is never held in memory for it): checked here.
  if (!uploadFields.Check(fields)) {
    await discard()
    throw new MalformedUploadError(new Error('an upload field is not text'))
  }
  return { file, fields, discard }
}

async function saveToTempFile(part: MultipartFile): Promise<TempFile> {
  try {
    return await spoolToTempFile(part.file, { prefix: 'toasoan-upload' })
  } catch (error) {
    // The disk failing is ours to report; the body breaking off is the sender's.
    if (isDiskError(error)) throw error
    throw new MalformedUploadError(error)
  }
}

const partsOfRequest = new WeakMap<FastifyRequest, UploadParts>()

/** The parts of this request's body, read only as they are asked for; one reader per request. */
function uploadParts(req: FastifyRequest): UploadParts {
  let parts = partsOfRequest.get(req)
  if (!parts) {
    parts = req.parts()
    partsOfRequest.set(req, parts)
  }
  return parts
}
