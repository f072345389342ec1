import { createHash, randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Clock } from '../../../platform/clock.ts'
import type { Db } from '../../../platform/db/connect.ts'
import { AppError, NotFoundError } from '../../../platform/http/errors.ts'
import type { MediaStorage } from '../../../platform/storage/index.ts'
import { FILE_KINDS } from './file-kinds.ts'
import { readFileText } from './file-text.ts'
import { documentExists, insertDocumentFile, listDocumentFiles, readMaxFileBytes, type DocumentFile } from './document-file.repository.ts'
import { judgeFile } from './sniff.ts'

// Attaching a file to a document: received into a temporary file (hashed and counted as it
// comes, cut off at the administrator's limit), judged from its bytes, its text read, then
// streamed to the media storage and recorded. The newsroom's upload, the spreadsheet import and
// the demo all come through here.

export interface AttachDeps {
  db: Db
  media: MediaStorage
  clock: Clock
}

export interface AttachInput {
  documentId: number
  /** As uploaded ("Quyết định số 15.pdf"): kept, in NFC, for the download's name. */
  fileName: string
  /** The bytes, a stream of them, or a file on this machine (read, never moved). */
  source: Buffer | Readable | { path: string }
  uploadedBy?: number | null
}

export class DocumentFileRefusedError extends AppError {
  constructor(messageVi: string, message: string) {
    super(422, 'file_refused', message, messageVi)
  }
}

export class DocumentFileTooLargeError extends AppError {
  constructor(readonly maxBytes: number) {
    super(413, 'file_too_large', `The file is larger than the limit of ${megabytes(maxBytes)} MB.`,
      `Tệp lớn hơn giới hạn ${megabytes(maxBytes)} MB do quản trị viên đặt. Xin nén hoặc chia nhỏ tệp rồi tải lên lại.`)
  }
}

export const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10

export async function attachDocumentFile(deps: AttachDeps, input: AttachInput): Promise<DocumentFile> {
  if (!(await documentExists(deps.db, input.documentId))) throw new NotFoundError('Document not found', 'Không tìm thấy văn bản.')
  const maxBytes = await readMaxFileBytes(deps.db)
  const folder = await mkdtemp(join(tmpdir(), 'toasoan-document-file-'))
  try {
    const path = join(folder, 'file')
    const { bytes, sha256 } = await receive(input.source, path, maxBytes)
    const judgement = await judgeFile(path)
    if ('refused' in judgement) throw new DocumentFileRefusedError(judgement.refused, judgement.refusedEn)
    const kind = FILE_KINDS[judgement.kind]
    const text = await readFileText(judgement.kind, path)
    const storageKey = `van-ban/${input.documentId}/${randomBytes(12).toString('hex')}.${kind.extension}`
    await deps.media.putFile(storageKey, path, kind.mediaType)
    let id: number
    try {
      id = await insertDocumentFile(deps.db, {
        documentId: input.documentId, storageKey, fileName: uploadedName(input.fileName, kind.extension), mediaType: kind.mediaType,
        bytes, sha256, text: text.text, textState: text.state, uploadedBy: input.uploadedBy ?? null,
      }, deps.clock.now())
    } catch (error) {
      await deps.media.delete(storageKey).catch(() => {})
      throw error
    }
    return (await listDocumentFiles(deps.db, input.documentId)).find((f) => f.id === id)!
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

/** Copies the source to `path`, hashing and counting; past `maxBytes` it stops reading and refuses. */
async function receive(source: AttachInput['source'], path: string, maxBytes: number): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256')
  let bytes = 0
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length
      if (bytes > maxBytes) return done(new DocumentFileTooLargeError(maxBytes))
      hash.update(chunk)
      done(null, chunk)
    },
  })
  const input = Buffer.isBuffer(source) ? Readable.from([source]) : source instanceof Readable ? source : createReadStream(source.path)
  try {
    await pipeline(input, counter, createWriteStream(path, { flags: 'wx', mode: 0o600 }))
  } catch (error) {
    if (error instanceof DocumentFileTooLargeError) throw error
    if ((error as NodeJS.ErrnoException).syscall) throw error
    throw new DocumentFileRefusedError('Tệp gửi lên không đầy đủ. Xin tải lên lại.', 'The file arrived incomplete.')
  }
  // A stream cut short by the multipart parser's own ceiling reads as complete: it is not.
  if ((input as { truncated?: boolean }).truncated) throw new DocumentFileTooLargeError(maxBytes)
  return { bytes, sha256: hash.digest('hex') }
}

/**
 * The name as uploaded, in NFC, without any folder a browser put before it, control characters
 * or a length no file system keeps; a name with nothing left becomes "tep-dinh-kem.<ext>".
 */
export function uploadedName(name: string, extension: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop()!.replace(/[\p{Cc}\p{Cf}]/gu, '').replace(/\s+/g, ' ').trim()
  const short = [...base].slice(0, 180).join('')
  return short && short !== '.' && short !== '..' ? short : `tep-dinh-kem.${extension}`
}
