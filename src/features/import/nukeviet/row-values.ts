import type { ImportStatus } from '../records.ts'
import type { Row } from './table-reader.ts'

export function text(value: string | null | undefined): string {
  return value ?? ''
}

/** NukeViet keeps times as Unix seconds, 0 for none. */
export function timestamp(value: string | null | undefined): Date | undefined {
  const seconds = Number(value ?? 0)
  return Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : undefined
}

export function isExternal(path: string): boolean {
  return /^https?:\/\//i.test(path)
}

/**
 * NukeViet's article states: 0 waiting for approval, 1 published, 2 scheduled, 3 expired,
 * 4 saved as a draft, 5 rejected, 6 sent to the editor. A published article whose expiry time
 * has passed was no longer shown, so it comes as a draft too.
 */
export function articleStatus(row: Row, now: Date): { status: ImportStatus; note?: string } {
  const expires = timestamp(row.exptime)
  switch (text(row.status)) {
    case '1':
      if (expires && expires <= now) return { status: 'draft', note: `expired in NukeViet on ${expires.toISOString()}: imported as a draft` }
      return { status: (timestamp(row.publtime) ?? now) > now ? 'scheduled' : 'published' }
    case '2': return { status: 'scheduled' }
    case '3': return { status: 'draft', note: 'expired in NukeViet: imported as a draft' }
    case '5': return { status: 'draft', note: 'rejected in NukeViet: imported as a draft' }
    case '0':
    case '6': return { status: 'pending' }
    default: return { status: 'draft' }
  }
}
