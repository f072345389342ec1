import { createWriteStream } from 'node:fs'
import { rename } from 'node:fs/promises'
import { join } from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import multipart, { type MultipartFile } from '@fastify/multipart'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AppError, ForbiddenError } from '../../../platform/http/errors.ts'
import { assertCleanInput } from '../../../platform/http/input-guard.ts'
import { once, sentFields } from '../../../platform/http/request-schemas.ts'
import { may, sendNewsroomPage, signedInUser } from '../../accounts/index.ts'
import { MalformedUploadError, nextPart, uploadGate, UploadSlots } from '../../media/index.ts'
import { readMaxFileBytes } from '../files/document-file.repository.ts'
import { claimImportArea, createImportArea, describeImportArea, openImportArea, removeImportArea, type ImportArea } from './import-area.ts'
import { planImport, type ImportPlan } from './import-plan.ts'
import { MAX_ZIP_BYTES } from './import-zip.ts'
import { dryRunView, importDoneView, importFormView, IMPORT_PATH } from './import.view.ts'
import { MAX_SHEET_BYTES, readSheet, UnreadableSheetError } from './read-sheet.ts'
import { ImportNotUndoneError, runImport, type ImportDeps } from './run-import.ts'

// /toa-soan/van-ban/nhap: the spreadsheet and its ZIP are received to a temporary area (never
// whole in memory), read and checked (the dry run), and imported only when the clerk confirms a
// sheet with no bad row. Publishing the imported documents at once needs document.publish.

const TITLE = 'Nhập văn bản từ bảng tính'
const UPLOAD_OVERHEAD_BYTES = 64 * 1024
const ConfirmBody = sentFields('_csrf', 'token', 'dangNgay')
const DoneQuery = sentFields('so', 'dang')

class UploadTooLargeError extends AppError {
  constructor() {
    super(413, 'import_too_large', 'The spreadsheet or the ZIP is larger than the import accepts.',
      `Bảng tính lớn hơn ${MAX_SHEET_BYTES / 1024 / 1024} MB hoặc tệp ZIP lớn hơn ${MAX_ZIP_BYTES / 1024 / 1024} MB. Xin chia thành nhiều lần nhập.`)
  }
}

export function documentImportRoutes(deps: ImportDeps) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    await fastify.register(multipart, {
      throwFileSizeLimit: false,
      limits: { fileSize: MAX_ZIP_BYTES, files: 2, fields: 2, fieldSize: 16 * 1024, parts: 4, headerPairs: 50 },
    })
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    // Imports are few and long: two at once per process leave the newsroom's other uploads room.
    const gate = uploadGate({ db: deps.db, clock: deps.clock, slots: new UploadSlots(2) })

    async function announcedSize(req: FastifyRequest, reply: FastifyReply) {
      const length = Number(req.headers['content-length'])
      if (Number.isFinite(length) && length > MAX_SHEET_BYTES + MAX_ZIP_BYTES + UPLOAD_OVERHEAD_BYTES) {
        reply.header('connection', 'close')
        throw new UploadTooLargeError()
      }
    }

    const sendForm = async (req: FastifyRequest, reply: FastifyReply, errors: string[] = [], status = 200) =>
      sendNewsroomPage(req, reply, TITLE, importFormView({ csrfToken: req.signedIn!.session.csrfToken, maxFileBytes: await readMaxFileBytes(deps.db), errors }), status)

    const sendDryRun = (req: FastifyRequest, reply: FastifyReply, area: ImportArea, plan: ImportPlan, failure?: { message: string; status: number }) => {
      const status = failure?.status ?? (plan.problems.length ? 422 : 200)
      return sendNewsroomPage(req, reply, TITLE, dryRunView({
        plan, sheetName: area.sheetName, zipName: area.zipName, token: area.token, csrfToken: req.signedIn!.session.csrfToken,
        mayPublish: may(signedInUser(req), 'document.publish'), ...(failure ? { failure: failure.message } : {}),
      }), status)
    }

    /** Reads and checks the area's sheet; the form again (and the area gone) when the sheet as a whole cannot be read. */
    async function planOf(area: ImportArea): Promise<ImportPlan | { errors: string[] }> {
      try {
        const sheet = await readSheet(area.sheetPath)
        const plan = await planImport(deps.db, { sheet, zipPath: area.zipPath, filesDir: area.filesDir })
        return plan.sheetErrors.length ? { errors: plan.sheetErrors } : plan
      } catch (error) {
        if (error instanceof UnreadableSheetError) return { errors: [error.message] }
        throw error
      }
    }

    app.get('/van-ban/nhap', { config: { right: 'document.edit' } }, (req, reply) => sendForm(req, reply))

    app.post('/van-ban/nhap', { onRequest: [gate.beforeBody, announcedSize], preValidation: gate.csrfFirst, config: { right: 'document.edit' } }, async (req, reply) => {
      const user = signedInUser(req)
      const { token, dir } = await createImportArea(user.id, deps.clock.now())
      let received: { sheetName: string | null; zipName: string | null }
      try {
        received = await receiveFiles(req, dir)
      } catch (error) {
        await removeImportArea({ dir })
        if (error instanceof UploadTooLargeError) reply.header('connection', 'close')
        throw error
      }
      if (!received.sheetName) {
        await removeImportArea({ dir })
        return sendForm(req, reply, ['Xin chọn tệp bảng tính (XLSX hoặc CSV).'], 422)
      }
      await describeImportArea(dir, { sheetName: received.sheetName, zipName: received.zipName })
      const area = (await openImportArea(token, user.id, deps.clock.now()))!
      const plan = await planOf(area).catch(async (error: unknown) => {
        await removeImportArea(area)
        throw error
      })
      if ('errors' in plan) {
        await removeImportArea(area)
        return sendForm(req, reply, plan.errors, 422)
      }
      // A sheet with a bad row cannot be confirmed: nothing of it is kept.
      if (plan.problems.length || plan.documents.length === 0) await removeImportArea(area)
      return sendDryRun(req, reply, area, plan)
    })

    app.post('/van-ban/nhap/xac-nhan', { schema: { body: ConfirmBody }, config: { right: 'document.edit' } }, async (req, reply) => {
      const user = signedInUser(req)
      const publish = once(req.body.dangNgay) === '1'
      if (publish && !may(user, 'document.publish')) throw new ForbiddenError('document.publish is needed to publish imported documents', 'Bạn không có quyền đăng văn bản; xin bỏ chọn “Đăng ngay” để nhập thành bản nháp.')
      const area = await claimImportArea(once(req.body.token) ?? '', user.id, deps.clock.now())
      if (!area) return sendForm(req, reply, ['Bản xem trước đã hết hạn hoặc đã được nhập. Xin tải bảng tính lên lại.'], 409)
      const plan = await planOf(area).catch(async (error: unknown) => {
        await removeImportArea(area)
        throw error
      })
      if ('errors' in plan) {
        await removeImportArea(area)
        return sendForm(req, reply, plan.errors, 422)
      }
      // The register may have changed since the dry run (a number entered by hand meanwhile).
      if (plan.problems.length || plan.documents.length === 0) {
        await removeImportArea(area)
        return sendDryRun(req, reply, area, plan)
      }
      try {
        const ids = await runImport(deps, plan.documents, { userId: user.id, ip: req.ip }, { publish, sheetName: area.sheetName })
        await removeImportArea(area)
        return reply.redirect(`${IMPORT_PATH}/da-nhap?so=${ids.length}${publish ? '&dang=1' : ''}`, 303)
      } catch (error) {
        req.log.error({ err: error }, 'a spreadsheet import failed and was undone')
        // Kept for another try without uploading again: the area goes back under its token.
        await rename(area.dir, join(area.dir, '..', area.token)).catch(() => removeImportArea(area))
        const known = error instanceof AppError
        const message = error instanceof ImportNotUndoneError
          ? `Có lỗi trong lúc nhập, và chưa gỡ được ${error.createdIds.length} văn bản đã tạo trong lần này (mã ${error.createdIds.join(', ')}). Xin báo quản trị viên xóa các văn bản đó trước khi nhập lại.`
          : `Có lỗi trong lúc nhập${known ? ` (${error.messageVi})` : ''}, nên không văn bản nào được nhập: những văn bản đã tạo trong lần này đã được gỡ bỏ cùng tệp của chúng. Xin thử lại.`
        return sendDryRun(req, reply, area, plan, { status: known ? error.status : 500, message })
      }
    })

    app.get('/van-ban/nhap/da-nhap', { schema: { querystring: DoneQuery }, config: { right: 'document.edit' } }, async (req, reply) => {
      const imported = Number(once(req.query.so) ?? '0')
      return sendNewsroomPage(req, reply, TITLE, importDoneView({ count: Number.isSafeInteger(imported) ? imported : 0, published: once(req.query.dang) === '1' }))
    })
  }
}

/** The sheet (field "sheet") and the ZIP (field "zip"), each streamed to the area as it arrives. */
async function receiveFiles(req: FastifyRequest, dir: string): Promise<{ sheetName: string | null; zipName: string | null }> {
  let sheetName: string | null = null
  let zipName: string | null = null
  for (let part = await nextPart(req); part; part = await nextPart(req)) {
    // A file input left empty still sends a part, with an empty (or, as busboy reads it, no) name and no bytes.
    const fileName = part.type === 'file' ? part.filename ?? '' : ''
    assertCleanInput([part.fieldname, part.type === 'file' ? fileName : part.value])
    if (part.type !== 'file') continue
    const name = fileName.normalize('NFC').split(/[\\/]/).pop()!.trim()
    if (part.fieldname === 'sheet' && name && sheetName === null) {
      await saveTo(part, join(dir, 'sheet'), MAX_SHEET_BYTES)
      sheetName = name
    } else if (part.fieldname === 'zip' && name && zipName === null) {
      const bytes = await saveTo(part, join(dir, 'files.zip'), MAX_ZIP_BYTES)
      if (bytes > 0) zipName = name
    } else {
      part.file.resume()
    }
  }
  return { sheetName, zipName }
}

async function saveTo(part: MultipartFile, path: string, maxBytes: number): Promise<number> {
  let bytes = 0
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length
      done(bytes > maxBytes ? new UploadTooLargeError() : null, chunk)
    },
  })
  try {
    await pipeline(part.file, counter, createWriteStream(path, { flags: 'wx', mode: 0o600 }))
  } catch (error) {
    if (error instanceof UploadTooLargeError || (error as NodeJS.ErrnoException).syscall) throw error
    throw new MalformedUploadError(error)
  }
  if (part.file.truncated) throw new UploadTooLargeError()
  return bytes
}
