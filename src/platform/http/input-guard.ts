import type { FastifyInstance, FastifyRequest } from 'fastify'
import { BadRequestError } from './errors.ts'

// PostgreSQL refuses a NUL character in any text ("invalid byte sequence for encoding UTF8"), so
// one `%00` in a path, a query or a form field became a 500 wherever it reached a query. No
// browser, keyboard or honest script sends one, nor a lone UTF-16 surrogate (JSON's "\ud800"),
// so a request carrying either is refused here, once for every route, before any handler runs.
// Refused rather than stripped: stripping would silently make "a\0b" into "ab", another
// e-mail address, slug or search than the one sent, and nobody would learn why.
export class MalformedInputError extends BadRequestError {
  constructor() {
    super('the request holds a NUL character or text that is not valid Unicode', 'Yêu cầu không hợp lệ: có ký tự không được phép.', 'invalid_characters')
  }
}

/** Registered on the root instance before every feature, so that every route inherits it. */
export function registerInputGuard(app: FastifyInstance): void {
  // The raw URL: path and query, raw or percent-encoded (a raw NUL never gets past Node's parser).
  app.addHook('onRequest', async (req) => {
    if (req.url.includes('%00') || req.url.includes('\0')) throw new MalformedInputError()
  })
  // Bodies once parsed, whatever their type: forms, JSON, multipart text fields and file names.
  // Before the routes' schemas judge a body's shape (a NUL is named as such, not as a wrong
  // shape), and again after the routes' own preValidation hooks for a body they filled in
  // (the upload gate's first field); a body already looked at is not walked twice.
  const looked = new WeakSet<object>()
  const guard = async (req: FastifyRequest) => {
    const body = req.body
    if (body === undefined || body === null || (typeof body === 'object' && looked.has(body))) return
    assertCleanInput(body)
    if (typeof body === 'object') looked.add(body)
  }
  app.addHook('preValidation', guard)
  app.addHook('preHandler', guard)
}

/**
 * For input a handler reads itself rather than through req.body (an upload's parts, streamed
 * after the hooks have run): the same refusal, from the same rule.
 */
export function assertCleanInput(value: unknown): void {
  if (!isClean(value)) throw new MalformedInputError()
}

/** Every string in the value, keys included, is free of NUL and of lone surrogates. */
function isClean(value: unknown): boolean {
  // A loop, not recursion: a deeply nested JSON body must not overflow the stack here.
  const pending: unknown[] = [value]
  while (pending.length > 0) {
    const item = pending.pop()
    if (typeof item === 'string') {
      if (!isCleanText(item)) return false
    } else if (Array.isArray(item)) {
      for (const element of item) pending.push(element)
    } else if (typeof item === 'object' && item !== null && !ArrayBuffer.isView(item)) {
      for (const key of Object.keys(item)) {
        if (!isCleanText(key)) return false
        pending.push((item as Record<string, unknown>)[key])
      }
    }
  }
  return true
}

// With the u flag a paired surrogate is one code point; \p{Cs} matches only a lone half.
const FORBIDDEN = /[\0\p{Cs}]/u
const isCleanText = (text: string): boolean => !FORBIDDEN.test(text)
