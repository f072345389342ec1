import multipart from '@fastify/multipart'
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify'
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { AppError } from '../../platform/http/errors.ts'
import { assertCleanInput } from '../../platform/http/input-guard.ts'
import { isDiskError, spoolToTempFile, type MediaStorage, type TempFile } from '../../platform/storage/index.ts'
import { signedInUser } from '../accounts/index.ts'
import { recordAudit } from '../audit/index.ts'
import { LOCAL_MEDIA_BASE } from '../media/index.ts'
import { isMp4, isWebVtt, MAX_CAPTIONS_BYTES, MAX_VIDEO_BYTES, VideoRejectedError, videoRejections } from './video-file.ts'

export interface VideoRouteDeps {
  db: Db
  clock: Clock
  storage: MediaStorage
  /** MEDIA_PUBLIC_URL: where the uploads are linked, when set. */
  publicBase: string | undefined
}

class VideosBusyError extends AppError {
  constructor() {
    super(503, 'uploads_busy', 'a video is being uploaded already', 'Đang có một video khác được tải lên. Xin đợi ít phút rồi thử lại.')
  }
}

/**
 * For the article editor's script (JSON, the CSRF token in a header): an MP4 video, kept as it
 * was uploaded, and its WebVTT captions. The file goes to a temporary file as it arrives and is
 * streamed to the storage from there, never whole in memory; one video is received at a time
 * (each holds a connection and up to 100 MB of disk for minutes).
 */
export function videoRoutes(deps: VideoRouteDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    await app.register(multipart, { throwFileSizeLimit: false, limits: { fileSize: MAX_VIDEO_BYTES, files: 1, fields: 4, parts: 5, fieldSize: 1024 } })
    let receiving = false
    // Scripts are answered in JSON, in Vietnamese, whatever refused them (the sign-in, the CSRF check, a check of the file).
    app.setErrorHandler((error: FastifyError, _req, reply) => {
      reply.header('cache-control', 'no-store')
      if (error instanceof AppError) return reply.code(error.status).send({ error: { code: error.code, message: error.messageVi } })
      if (error.statusCode && error.statusCode < 500) return reply.code(error.statusCode).send({ error: { code: 'bad_request', message: 'Yêu cầu không hợp lệ.' } })
      throw error
    })

    app.post('/video.json', { config: { right: 'article.write', answersJson: true } }, async (req, reply) => {
      if (receiving) throw new VideosBusyError()
      receiving = true
      try {
        const file = await receiveFile(req)
        try {
          if (file.truncated) throw videoRejections.videoTooLarge()
          if (!isMp4(file.spooled.head.subarray(0, 16))) throw videoRejections.notMp4()
          return reply.code(201).send(await store(req, file, 'mp4', 'video/mp4'))
        } finally {
          await file.spooled.discard()
        }
      } finally {
        receiving = false
      }
    })

    app.post('/video/phu-de.json', { config: { right: 'article.write', answersJson: true } }, async (req, reply) => {
      const file = await receiveFile(req, MAX_CAPTIONS_BYTES)
      try {
        if (file.truncated) throw videoRejections.captionsTooLarge()
        if (!isWebVtt(await readFile(file.spooled.path))) throw videoRejections.notWebVtt()
        return reply.code(201).send(await store(req, file, 'vtt', 'text/vtt'))
      } finally {
        await file.spooled.discard()
      }
    })

    async function store(req: FastifyRequest, file: ReceivedFile, kind: 'mp4' | 'vtt', contentType: string) {
      const user = signedInUser(req)
      const now = deps.clock.now()
      const month = String(now.getUTCMonth() + 1).padStart(2, '0')
      // A random name never reused: a published address never shows other bytes.
      const key = `uploads/${now.getUTCFullYear()}/${month}/${randomBytes(12).toString('hex')}.${kind}`
      await deps.storage.putFile(key, file.spooled.path, contentType)
      try {
        const id = await deps.db.transaction().execute(async (trx) => {
          const row = await trx.insertInto('videos').values({
            storage_key: key, kind, original_name: file.name.normalize('NFC').slice(0, 255), bytes: file.spooled.bytes, uploaded_by: user.id, created_at: now.toISOString(),
          }).returning('id').executeTakeFirstOrThrow()
          await recordAudit(trx, { userId: user.id, action: kind === 'mp4' ? 'video.upload' : 'video.captions', itemType: 'video', itemId: row.id, ip: req.ip, details: { originalName: file.name, bytes: file.spooled.bytes } }, now)
          return row.id
        })
        return { id, kind, url: `${deps.publicBase ?? LOCAL_MEDIA_BASE}/${key}`, bytes: file.spooled.bytes }
      } catch (error) {
        await deps.storage.delete(key).catch(() => {})
        throw error
      }
    }
  }
}

interface ReceivedFile {
  name: string
  spooled: TempFile
  /** The parser cut the video short at its own ceiling (100 MB). */
  truncated: boolean
}

async function receiveFile(req: FastifyRequest, maxBytes?: number): Promise<ReceivedFile> {
  if (!req.isMultipart()) throw videoRejections.noFile()
  const part = await req.file()
  if (!part) throw videoRejections.noFile()
  assertCleanInput([part.fieldname, part.filename])
  try {
    const spooled = await spoolToTempFile(part.file, { prefix: 'toasoan-video', maxBytes, tooLarge: videoRejections.captionsTooLarge })
    return { name: part.filename, spooled, truncated: part.file.truncated }
  } catch (error) {
    if (error instanceof VideoRejectedError || isDiskError(error)) throw error
    throw videoRejections.broken()
  }
}
