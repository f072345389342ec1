// Errors that mean "the database cannot be reached right now", as opposed to a bug: the
// reader gets a 503 with Retry-After (and a proxy may try another instance), not a 500.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE',
  // PostgreSQL: shutting down, starting up, connection lost or refused.
  '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006',
  // SQLite: another process holds the lock past busy_timeout; the disk failed.
  'SQLITE_BUSY', 'SQLITE_IOERR', 'SQLITE_CANTOPEN',
])

const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not open|Query read timeout/i

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown }
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true
    if (e instanceof AggregateError && e.errors.some(isDatabaseUnavailable)) return true
  }
  return false
}
