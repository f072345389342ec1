import { createHash, randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { open, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

// An upload goes to a private temporary file as it arrives (TMPDIR says where), counted and
// hashed on the way, so no file is ever whole in memory however large the limit: a newsroom's
// 100 MB video, a document's 50 MB PDF, sixty posts at once.

export interface TempFile {
  path: string
  bytes: number
  /** Hex SHA-256 of the bytes. */
  sha256: string
  /** The first bytes (up to 64), for judging the file by its bytes. */
  head: Buffer
  /** Removes the file; safe to call twice. */
  discard(): Promise<void>
}

export interface SpoolOptions {
  /** Start of the temporary file's name, to tell whose it is in TMPDIR. */
  prefix: string
  /** Past this many bytes reading stops and `tooLarge()` is thrown. */
  maxBytes?: number
  tooLarge?: () => Error
}

/**
 * Copies `source` into a new temporary file. On any error the file is removed and the error
 * thrown as it came: `isDiskError` tells ours (the disk) from the sender's (a body cut short).
 */
export async function spoolToTempFile(source: Readable, options: SpoolOptions): Promise<TempFile> {
  const path = join(tmpdir(), `${options.prefix}-${randomBytes(12).toString('hex')}.part`)
  const discard = () => rm(path, { force: true })
  const hash = createHash('sha256')
  let bytes = 0
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length
      if (options.maxBytes !== undefined && bytes > options.maxBytes) return done(options.tooLarge?.() ?? new Error('file too large'))
      hash.update(chunk)
      done(null, chunk)
    },
  })
  try {
    await pipeline(source, counter, createWriteStream(path, { flags: 'wx', mode: 0o600 }))
    return { path, bytes, sha256: hash.digest('hex'), head: await readHead(path, 64), discard }
  } catch (error) {
    await discard()
    throw error
  }
}

/** An error of this machine's file system (full disk, no permission), not of the bytes sent. */
export function isDiskError(error: unknown): boolean {
  return typeof (error as NodeJS.ErrnoException | undefined)?.syscall === 'string'
}

async function readHead(path: string, length: number): Promise<Buffer> {
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(length)
    const { bytesRead } = await handle.read(buffer, 0, length, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}
