import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import type { MediaStorage } from '../../platform/storage/index.ts'
import { AppError, BadRequestError, ValidationError } from '../../platform/http/errors.ts'
import { sendNewsroomPage, signedInUser } from '../accounts/index.ts'
import { MalformedUploadError, receiveUploadForm, registerUploads } from './media-upload.ts'
import { EditQuery, LibraryQuery, MediaIdParams, MediaTextForm, PickerQuery } from './media.schemas.ts'
import { once } from '../../platform/http/request-schemas.ts'
import type { MediaEditValues } from './views/media-edit.view.ts'
import { MediaInUseError, MediaLibrary } from './media.service.ts'
import { imageSources, MediaRejectedError, thumbSrcset, type MediaItem } from './media.ts'
import { mediaEditView } from './views/media-edit.view.ts'
import { mediaLibraryView } from './views/media-library.view.ts'
import { uploadFormView } from './views/upload-form.view.ts'
import { uploadGate, UploadsBusyError, UploadSlots } from './upload-gate.ts'
import { FOCUS_POINT_SCRIPT } from './media-assets.ts'

export interface MediaRouteDeps {
  db: Db
  clock: Clock
  storage: MediaStorage
  /** MEDIA_PUBLIC_URL: what the article editor is given to link to. */
  publicBase?: string
  /** Told when a new focal point changes what published articles show. */
  events?: NewsroomEventBus
}

const PAGE_SIZE = 24
/** The picker shows this many thumbnails at a time. */
const PICKER_PAGE_SIZE = 30

/** The newsroom's media library (under /toa-soan): upload, list, describe images. */
export function mediaRoutes(deps: MediaRouteDeps) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    const library = new MediaLibrary(deps.db, deps.clock, deps.storage, {
      log: app.log, ...(deps.events ? { events: deps.events } : {}), ...(deps.publicBase ? { publicBase: deps.publicBase } : {}),
    })
    await registerUploads(app)
    const gate = uploadGate({ db: deps.db, clock: deps.clock, slots: new UploadSlots() })
    // Refused before the body is read: see upload-gate.ts.
    const uploadHooks = { onRequest: gate.beforeBody, preValidation: gate.csrfFirst }
    app.setErrorHandler((error: FastifyError, req, reply) => {
      const problem = uploadLimitProblem(error) ?? error
      if (req.routeOptions.config.answersJson) return answerJson(problem, req, reply)
      throw problem
    })

    app.get('/anh', { schema: { querystring: LibraryQuery }, config: { right: 'article.write' } }, async (req, reply) => {
      const query = req.query
      const truoc = once(query.truoc)
      const before = truoc !== undefined && /^\d{1,9}$/.test(truoc) ? Number(truoc) : undefined
      const items = await library.list({ beforeId: before, limit: PAGE_SIZE })
      const nextUrl = items.length === PAGE_SIZE ? `/toa-soan/anh?truoc=${items.at(-1)!.id}` : undefined
      const notice = query['da-tai-len'] === '1' ? 'Đã tải ảnh lên.' : query['da-xoa'] === '1' ? 'Đã xoá ảnh khỏi thư viện.' : undefined
      return sendNewsroomPage(req, reply, 'Thư viện ảnh', mediaLibraryView(items, nextUrl, notice))
    })

    // The editor's image picker: the library newest first, or the images whose alt text or caption
    // hold every word typed (with or without diacritics), a page at a time.
    app.get('/anh.json', { schema: { querystring: PickerQuery }, config: { answersJson: true, right: 'article.write' } }, async (req, reply) => {
      const truoc = once(req.query.truoc)
      const before = truoc !== undefined && /^\d{1,9}$/.test(truoc) ? Number(truoc) : undefined
      const words = (once(req.query.q) ?? '').slice(0, 200)
      const items = await library.list({ beforeId: before, limit: PICKER_PAGE_SIZE, words })
      const next = items.length === PICKER_PAGE_SIZE ? `/toa-soan/anh.json?${new URLSearchParams({ ...(words ? { q: words } : {}), truoc: String(items.at(-1)!.id) })}` : null
      reply.header('cache-control', 'no-store')
      return { items: items.map((item) => uploadAnswer(item, deps.publicBase)), next }
    })

    app.get('/anh/tai-len', { config: { right: 'article.write' } }, async (req, reply) => {
      return sendUploadForm(req, reply, { alt: '', caption: '' }, {})
    })

    app.post('/anh', { ...uploadHooks, config: { right: 'article.write' } }, async (req, reply) => {
      const user = signedInUser(req)
      const form = await receiveUploadForm(req)
      try {
        // The temporary file goes before the answer does.
        await library.upload({ user, ip: req.ip }, form.file, form.fields).finally(form.discard)
        return reply.redirect('/toa-soan/anh?da-tai-len=1', 303)
      } catch (error) {
        if (error instanceof MediaRejectedError) return sendUploadForm(req, reply, typed(form.fields), { file: error.messageVi }, error.status)
        if (error instanceof ValidationError) return sendUploadForm(req, reply, typed(form.fields), error.fields, 422)
        throw error
      }
    })

    // For scripts (the article editor): the same checks, answered in JSON.
    app.post('/anh.json', { ...uploadHooks, config: { answersJson: true, right: 'article.write' } }, async (req, reply) => {
      const user = signedInUser(req)
      const form = await receiveUploadForm(req)
      const item = await library.upload({ user, ip: req.ip }, form.file, form.fields).finally(form.discard)
      return reply.code(201).send(uploadAnswer(item, deps.publicBase))
    })

    app.get('/anh/:id', { schema: { params: MediaIdParams, querystring: EditQuery }, config: { right: 'article.write' } }, async (req, reply) => {
      const item = await library.get(mediaId(req.params.id))
      const saved = req.query['da-luu'] === '1'
      return sendEditForm(req, reply, item, valuesOf(item), {}, saved)
    })

    app.post('/anh/:id', { schema: { params: MediaIdParams, body: MediaTextForm }, config: { right: 'article.write' } }, async (req, reply) => {
      const user = signedInUser(req)
      const id = mediaId(req.params.id)
      const fields = req.body
      try {
        await library.edit({ user, ip: req.ip }, id, fields)
        return reply.redirect(`/toa-soan/anh/${id}?da-luu=1`, 303)
      } catch (error) {
        if (error instanceof ValidationError) return sendEditForm(req, reply, await library.get(id), typedEdit(fields), error.fields, false, 422)
        throw error
      }
    })

    // Deleting from a plain form; the edit page comes back with the reason when the image is in use.
    app.post('/anh/:id/xoa', { schema: { params: MediaIdParams }, config: { right: 'article.write' } }, async (req, reply) => {
      const user = signedInUser(req)
      const id = mediaId(req.params.id)
      try {
        await library.delete({ user, ip: req.ip }, id)
        return reply.redirect('/toa-soan/anh?da-xoa=1', 303)
      } catch (error) {
        if (error instanceof MediaInUseError) {
          const item = await library.get(id)
          return sendEditForm(req, reply, item, valuesOf(item), { delete: error.messageVi }, false, 409)
        }
        throw error
      }
    })

    // For scripts: the same, answered in JSON (204 when deleted).
    app.delete('/anh/:id', { schema: { params: MediaIdParams }, config: { answersJson: true, right: 'article.write' } }, async (req, reply) => {
      const user = signedInUser(req)
      await library.delete({ user, ip: req.ip }, mediaId(req.params.id))
      return reply.code(204).send()
    })
  }
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Errors on this route are answered as {error:{code,message}}, not as a page. */
    answersJson?: boolean
  }
}

function sendUploadForm(req: FastifyRequest, reply: FastifyReply, values: { alt: string; caption: string }, errors: Record<string, string>, status = 200) {
  return sendNewsroomPage(req, reply, 'Tải ảnh lên', uploadFormView({ values, errors, csrfToken: req.signedIn!.session.csrfToken }), status)
}

function sendEditForm(req: FastifyRequest, reply: FastifyReply, item: MediaItem, values: MediaEditValues, errors: Record<string, string>, saved: boolean, status = 200) {
  return sendNewsroomPage(req, reply, 'Sửa thông tin ảnh', mediaEditView({ item, values, errors, saved, csrfToken: req.signedIn!.session.csrfToken }), status, [FOCUS_POINT_SCRIPT.url])
}

/**
 * An image as scripts get it (the upload's answer, the picker's list): its main file and widths,
 * and `thumbnail`, a small picture to show in a grid (a 3:2 crop when it has them).
 */
function uploadAnswer(item: MediaItem, base: string | undefined) {
  const s = imageSources(item, undefined, base)
  const thumbs = thumbSrcset(item, base)
  const thumbnail = thumbs ? thumbs.split(', ')[0]!.split(' ')[0]! : s.srcset.split(', ')[0]!.split(' ')[0]!
  return { id: item.id, url: s.src, width: item.width, height: item.height, srcset: s.srcset, sizes: s.sizes, alt: item.alt, caption: item.caption, thumbnail, thumbs }
}

/** What was typed, to show again beside the messages. */
const typed = (fields: MediaTextForm) => ({ alt: once(fields.alt) ?? '', caption: once(fields.caption) ?? '' })
const typedEdit = (fields: MediaTextForm): MediaEditValues => ({ ...typed(fields), focusX: once(fields.focusX) ?? '', focusY: once(fields.focusY) ?? '' })
const valuesOf = (item: MediaItem): MediaEditValues => ({ alt: item.alt, caption: item.caption, focusX: String(item.focus.x), focusY: String(item.focus.y) })

function mediaId(raw: string): number {
  if (!/^\d{1,9}$/.test(raw)) throw new BadRequestError('invalid media id', 'Mã ảnh không hợp lệ.')
  return Number(raw)
}

/** The multipart parser's own limits (a second file, too many fields), told in Vietnamese. */
function uploadLimitProblem(error: FastifyError): MediaRejectedError | undefined {
  if (error.code === 'FST_FILES_LIMIT') return new MediaRejectedError(413, 'too_many_files', 'Mỗi lần chỉ tải lên một ảnh.')
  if (error.code === 'FST_PARTS_LIMIT' || error.code === 'FST_FIELDS_LIMIT') return new MediaRejectedError(413, 'too_many_fields', 'Biểu mẫu gửi lên có quá nhiều trường.')
  return undefined
}

function answerJson(error: Error, req: FastifyRequest, reply: FastifyReply) {
  reply.header('cache-control', 'no-store')
  if (error instanceof ValidationError) {
    return reply.code(422).send({ error: { code: error.code, message: Object.values(error.fields).join(' '), fields: error.fields } })
  }
  // A broken body is not the editor's doing: scripts are told in English what was wrong with it.
  if (error instanceof MalformedUploadError) {
    req.log.info({ err: error.cause }, 'malformed upload refused')
    return reply.code(400).send({ error: { code: error.code, message: error.message } })
  }
  if (error instanceof AppError && error.status >= 500 && !(error instanceof UploadsBusyError)) req.log.error({ err: error }, 'media upload failed')
  if (error instanceof AppError) return reply.code(error.status).send({ error: { code: error.code, message: error.messageVi } })
  const status = (error as FastifyError).statusCode
  if (status && status >= 400 && status < 500) {
    return reply.code(status).send({ error: { code: String((error as FastifyError).code ?? 'bad_request').toLowerCase(), message: 'Yêu cầu không hợp lệ.' } })
  }
  req.log.error({ err: error }, 'media upload failed')
  return reply.code(500).send({ error: { code: 'internal_error', message: 'Hệ thống đang gặp sự cố. Xin thử lại sau ít phút.' } })
}
