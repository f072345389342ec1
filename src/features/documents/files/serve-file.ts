import type { FastifyReply, FastifyRequest } from 'fastify'
import { Readable } from 'node:stream'
import { NotFoundError } from '../../../platform/http/errors.ts'
import type { ByteRange, MediaStorage } from '../../../platform/storage/index.ts'
import type { DocumentFile } from './document-file.repository.ts'
import { FILE_KINDS, kindOfMediaType } from './file-kinds.ts'

// A document's file as browsers and download managers want it: its type, its Vietnamese name
// kept (RFC 6266), byte ranges (a 300-page PDF opens at a page without the whole download),
// and an ETag from its SHA-256, which never changes for the same bytes.

export const fileNotFound = () => new NotFoundError('Document file not found', 'Không tìm thấy tệp văn bản.')

export async function sendDocumentFile(req: FastifyRequest, reply: FastifyReply, file: DocumentFile, media: MediaStorage, cacheControl: string) {
  const etag = `"${file.sha256}"`
  const kind = kindOfMediaType(file.mediaType)
  reply.header('etag', etag)
    .header('cache-control', cacheControl)
    .header('accept-ranges', 'bytes')
    .header('content-disposition', contentDisposition(kind && FILE_KINDS[kind].inline ? 'inline' : 'attachment', file.fileName))
    .header('x-content-type-options', 'nosniff')
  if (matchesEtag(req.headers['if-none-match'], etag)) return reply.code(304).send()

  const size = file.bytes
  const ifRange = req.headers['if-range']
  const wanted = ifRange === undefined || ifRange === etag ? parseRange(req.headers.range, size) : undefined
  if (wanted === 'unsatisfiable') {
    return reply.code(416).header('content-range', `bytes */${size}`).type('text/plain; charset=utf-8').send('Range Not Satisfiable')
  }
  const range: ByteRange | undefined = wanted
  reply.type(file.mediaType)
  if (range) reply.code(206).header('content-range', `bytes ${range.start}-${range.end}/${size}`)
  const length = range ? range.end - range.start + 1 : size
  reply.header('content-length', String(length))
  // HEAD: the headers only; an empty stream keeps the Content-Length set above (an empty body would reset it).
  if (req.method === 'HEAD') return reply.send(Readable.from([]))
  const stored = await media.get(file.storageKey, range)
  if (!stored) throw fileNotFound()
  return reply.send(stored.body)
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false
  return header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
}

/**
 * One range of `bytes=` (first-last, first-, -suffix); undefined to send the whole file (no
 * header, a malformed one, or several ranges, which a server may answer whole), 'unsatisfiable'
 * when the range lies past the end.
 */
export function parseRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | undefined {
  if (!header) return undefined
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (!match || (match[1] === '' && match[2] === '')) return undefined
  const [first, last] = [match[1]!, match[2]!]
  if (first === '') {
    const suffix = Number(last)
    if (suffix === 0 || size === 0) return 'unsatisfiable'
    return { start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(first)
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1)
  if (last !== '' && Number(last) < start) return undefined
  if (start >= size) return 'unsatisfiable'
  return { start, end }
}

/** RFC 6266: the name in UTF-8 (filename*, RFC 8187) and an ASCII stand-in for old clients. */
export function contentDisposition(type: 'inline' | 'attachment', name: string): string {
  const ascii = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_')
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

/** The address a file is downloaded at: its id, then its name (only for people and browsers' "save as"). */
export const documentFilePath = (prefix: '/van-ban' | '/toa-soan/van-ban', file: Pick<DocumentFile, 'id' | 'fileName'>) =>
  `${prefix}/tep/${file.id}/${encodeURIComponent(file.fileName)}`
