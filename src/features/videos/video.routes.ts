import multipart from '@fastify/multipart'
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify'
import { randomBytes } from 'node:crypto'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { AppError } from '../../platform/http/errors.ts'
import { assertCleanInput } from '../../platform/http/input-guard.ts'
import type { MediaStorage } from '../../platform/storage/index.ts'
import { signedInUser } from '../accounts/index.ts'
import { recordAudit } from '../audit/index.ts'
import { LOCAL_MEDIA_BASE } from '../media/index.ts'
import { isMp4, isWebVtt, MAX_CAPTIONS_BYTES, MAX_VIDEO_BYTES, videoRejections } from './video-file.ts'

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
 * was uploaded, and its WebVTT captions. A video is held in memory while it is stored (the
 * storage takes whole files), so one is received at a time and none over 100 MB.
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
        if (file.truncated) throw videoRejections.videoTooLarge()
        if (!isMp4(file.bytes.subarray(0, 16))) throw videoRejections.notMp4()
        return reply.code(201).send(await store(req, file, 'mp4', 'video/mp4'))
      } finally {
        receiving = false
      }
    })

    app.post('/video/phu-de.json', { config: { right: 'article.write', answersJson: true } }, async (req, reply) => {
      const file = await receiveFile(req)
      if (file.truncated || file.bytes.length > MAX_CAPTIONS_BYTES) throw videoRejections.captionsTooLarge()
      if (!isWebVtt(file.bytes)) throw videoRejections.notWebVtt()
      return reply.code(201).send(await store(req, file, 'vtt', 'text/vtt'))
    })

    async function store(req: FastifyRequest, file: ReceivedFile, kind: 'mp4' | 'vtt', contentType: string) {
      const user = signedInUser(req)
      const now = deps.clock.now()
      const month = String(now.getUTCMonth() + 1).padStart(2, '0')
      // A random name never reused: a published address never shows other bytes.
      const key = `uploads/${now.getUTCFullYear()}/${month}/${randomBytes(12).toString('hex')}.${kind}`
      await deps.storage.put(key, file.bytes, contentType)
      try {
        const id = await deps.db.transaction().execute(async (trx) => {
          const row = await trx.insertInto('videos').values({
            storage_key: key, kind, original_name: file.name.normalize('NFC').slice(0, 255), bytes: file.bytes.length, uploaded_by: user.id, created_at: now.toISOString(),
          }).returning('id').executeTakeFirstOrThrow()
          await recordAudit(trx, { userId: user.id, action: kind === 'mp4' ? 'video.upload' : 'video.captions', itemType: 'video', itemId: row.id, ip: req.ip, details: { originalName: file.name, bytes: file.bytes.length } }, now)
          return row.id
        })
        return { id, kind, url: `${deps.publicBase ?? LOCAL_MEDIA_BASE}/${key}`, bytes: file.bytes.length }
      } catch (error) {
        await deps.storage.delete(key).catch(() => {})
        throw error
      }
    }
  }
}

interface ReceivedFile {
  name: string
  bytes: Buffer
  truncated: boolean
}

async function receiveFile(req: FastifyRequest): Promise<ReceivedFile> {
  if (!req.isMultipart()) throw videoRejections.noFile()
  const part = await req.file()
  if (!part) throw videoRejections.noFile()
  assertCleanInput([part.fieldname, part.filename])
  const bytes = await part.toBuffer()
  return { name: part.filename, bytes, truncated: part.file.truncated }
}
