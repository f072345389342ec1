import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { AppError, ForbiddenError } from '../../platform/http/errors.ts'
import { checkCsrf, loadSignedIn } from '../accounts/index.ts'
import { nextPart } from './media-upload.ts'
import { fromSameOrigin } from '../../platform/http/same-origin.ts'

/** Uploads received at once by one process; each may hold a 40-megapixel image being decoded. */
export const CONCURRENT_UPLOADS = 4
export const UPLOADS_RETRY_AFTER_SECONDS = 5

/**
 * A fixed number of upload slots. A request takes one before its body is read and gives it
 * back when its answer is finished or its connection is gone, whichever comes first.
 */
export class UploadSlots {
  #taken = 0
  constructor(readonly size = CONCURRENT_UPLOADS) {}

  get taken(): number {
    return this.#taken
  }

  /** The slot's release (safe to call twice), or undefined when every slot is taken. */
  take(): (() => void) | undefined {
    if (this.#taken >= this.size) return undefined
    this.#taken++
    let released = false
    return () => {
      if (released) return
      released = true
      this.#taken--
    }
  }
}

export class UploadsBusyError extends AppError {
  constructor() {
    super(503, 'uploads_busy', 'too many uploads at once, retry shortly', 'Đang có nhiều ảnh được tải lên cùng lúc. Xin đợi vài giây rồi thử lại.')
  }
}

const notSignedIn = () => new AppError(403, 'not_signed_in', 'not signed in', 'Phiên làm việc đã hết. Xin đăng nhập lại rồi tải ảnh lên lần nữa.')
const csrfRefused = () => new ForbiddenError('CSRF check failed', 'Biểu mẫu đã hết hạn hoặc không hợp lệ. Xin tải lại trang và thử lại.')

/**
 * The checks an upload passes before its file is read. The newsroom's own session and CSRF
 * checks run later (preHandler), after Fastify has parsed the body; these run first so that
 * a request that will be refused never has its megabytes read into memory. What the sender
 * still sends after the answer, Node reads off the wire and drops (keeping the connection
 * usable): a browser sends its whole body before it reads an answer, and closing on it would
 * show "connection reset" instead of the page. Slow senders are cut off by requestTimeout.
 */
export function uploadGate(deps: { db: Db; clock: Clock; slots: UploadSlots }) {
  /** onRequest: the session cookie, the Origin and a header token, before any byte of the body. */
  async function beforeBody(req: FastifyRequest, reply: FastifyReply): Promise<void> {
    req.signedIn = await loadSignedIn(deps.db, deps.clock, req)
    if (!req.signedIn) throw notSignedIn()
    const headerToken = typeof req.headers['x-csrf-token'] === 'string'
    if (!(headerToken ? checkCsrf(req) : fromSameOrigin(req))) throw csrfRefused()
    const release = deps.slots.take()
    if (!release) {
      reply.header('retry-after', String(UPLOADS_RETRY_AFTER_SECONDS))
      throw new UploadsBusyError()
    }
    reply.raw.once('close', release)
    reply.raw.once('finish', release)
  }

  /** preValidation: a plain form's token must be its first field, read before any file part. */
  async function csrfFirst(req: FastifyRequest): Promise<void> {
    if (typeof req.headers['x-csrf-token'] === 'string') return
    const first = await nextPart(req)
    if (first?.type !== 'field' || first.fieldname !== '_csrf') throw csrfRefused()
    // What the form's fields are so far; the handler adds the rest as it reads them.
    req.body = { _csrf: first.value }
    if (!checkCsrf(req)) throw csrfRefused()
  }

  return { beforeBody, csrfFirst }
}

