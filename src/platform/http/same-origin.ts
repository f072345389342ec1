import type { FastifyRequest } from 'fastify'

/**
 * Whether a state-changing request came from one of our own pages, as far as the browser says:
 * its Origin names this host. Old browsers and tools send no Origin (or "null" from privacy
 * modes and redirects); those pass here and are held by the form's token instead.
 */
export function fromSameOrigin(req: FastifyRequest): boolean {
  const origin = req.headers.origin
  if (origin === undefined || origin === 'null') return true
  try {
    return new URL(origin).host === req.headers.host
  } catch {
    return false
  }
}
