import multipart from '@fastify/multipart'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { readFile } from 'node:fs/promises'
import { AppError } from '../../platform/http/errors.ts'
import type { Translate } from '../../platform/i18n/index.ts'
import { isDiskError, spoolToTempFile } from '../../platform/storage/index.ts'
import { judgeFile } from '../documents/index.ts'
import { ATTACHMENT_BYTES_MAX, ATTACHMENTS_MAX, type AttachmentKind } from './feedback.ts'
import type { ReceivedAttachment } from './feedback-form.ts'
import type { feedbackMessages } from './messages.ts'

// The feedback form is multipart (photos, PDFs) and works without JavaScript. Each file goes to a
// temporary file as it arrives, is judged from its bytes as the documents register judges files
// (the name and the browser's type are never believed), and only JPG, PNG and PDF are kept.

const ACCEPTED: readonly AttachmentKind[] = ['jpg', 'png', 'pdf']
const MB = ATTACHMENT_BYTES_MAX / 1024 / 1024

class MalformedFormError extends AppError {
  constructor() {
    super(400, 'malformed_form', 'The form is not complete multipart/form-data: send it again.', 'Dữ liệu gửi lên không đầy đủ. Xin gửi lại biểu mẫu.')
  }
}

/** A file over the limit is cut short and marked, not thrown, so the form can come back with a message. */
export async function acceptFeedbackUploads(app: FastifyInstance): Promise<void> {
  await app.register(multipart, {
    throwFileSizeLimit: false,
    limits: { fileSize: ATTACHMENT_BYTES_MAX, files: ATTACHMENTS_MAX + 2, fields: 20, fieldSize: 32 * 1024, parts: 24, headerPairs: 50 },
  })
}

export interface SentForm {
  fields: Record<string, string[]>
  files: ReceivedAttachment[]
  /** The first problem with the files, in the citizen's words. */
  fileError?: string
}

/** The form's fields and judged files; a urlencoded post (no files) is read as it is. */
export async function readSentForm(req: FastifyRequest, t: Translate<(typeof feedbackMessages)['vi']>): Promise<SentForm> {
  const form: SentForm = { fields: {}, files: [] }
  if (!req.isMultipart()) {
    for (const [key, value] of Object.entries((req.body ?? {}) as Record<string, unknown>)) {
      form.fields[key] = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string')
    }
    return form
  }
  const problem = (text: string) => { form.fileError ??= text }
  try {
    for await (const part of req.parts()) {
      if (part.type === 'field') {
        if (typeof part.value === 'string') (form.fields[part.fieldname] ??= []).push(part.value)
        continue
      }
      // An empty file input still sends a part: no name, no bytes.
      if (!part.filename) { part.file.resume(); continue }
      const spooled = await spoolToTempFile(part.file, { prefix: 'toasoan-feedback' })
      try {
        const name = part.filename.slice(0, 120)
        if (form.files.length >= ATTACHMENTS_MAX) problem(t('tooManyFiles', { count: ATTACHMENTS_MAX }))
        else if (part.file.truncated) problem(t('fileTooBig', { name, mb: MB }))
        else {
          const judged = await judgeFile(spooled.path)
          if ('kind' in judged && (ACCEPTED as readonly string[]).includes(judged.kind)) form.files.push({ name, kind: judged.kind as AttachmentKind, bytes: await readFile(spooled.path) })
          else problem(t('fileRefused', { name }))
        }
      } finally {
        await spooled.discard()
      }
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (code === 'FST_FILES_LIMIT') problem(t('tooManyFiles', { count: ATTACHMENTS_MAX }))
    else if (isDiskError(error)) throw error
    else throw new MalformedFormError()
  }
  return form
}
