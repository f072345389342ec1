import type { Readable } from 'node:stream'
import { AppError } from '../http/errors.ts'

/**
 * Where uploaded files live: the local folder (one machine) or an S3-compatible bucket (several
 * instances). Keys are relative paths such as `uploads/2026/11/abc-960.webp`.
 */
export interface MediaStorage {
  /** Writes the object, replacing any object with the same key. Throws InvalidStorageKeyError for a bad key. */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>
  /** Writes the object from a file on this machine, streamed (a document's 50 MB PDF is never whole in memory). */
  putFile(key: string, path: string, contentType: string): Promise<void>
  /**
   * The object, or undefined when there is none (a bad key has none either). The caller must read or destroy `body`.
   * With `range` (inclusive byte offsets, already checked against the length), `body` holds only those bytes.
   */
  get(key: string, range?: ByteRange): Promise<StoredObject | undefined>
  /** Whether an object is stored under the key, without reading it. */
  exists(key: string): Promise<boolean>
  /** Removes the object; removing one that is not there is not an error. */
  delete(key: string): Promise<void>
  /** Every key stored, in no promised order (a backup reads them all). */
  list(): AsyncIterable<string>
  /** Lets go of connections. */
  close(): Promise<void>
}

export interface StoredObject {
  body: Readable
  contentType: string
  /** In bytes. */
  length: number
  /** Changes when the object is replaced: lets a browser or proxy ask "still the same?" cheaply. */
  etag: string
}

/** Inclusive offsets, as in an HTTP Range header. */
export interface ByteRange {
  start: number
  end: number
}

export class InvalidStorageKeyError extends Error {
  constructor(key: string) {
    super(`invalid storage key: ${JSON.stringify(key.slice(0, 200))}`)
  }
}

/** The storage could not be reached or answered with an error (not "no such object"): a 503, not a 500. */
export class StorageUnavailableError extends AppError {
  constructor(message: string, options?: ErrorOptions) {
    super(503, 'media_unavailable', message, 'Kho ảnh tạm thời không truy cập được. Xin thử lại sau ít phút.')
    if (options?.cause !== undefined) this.cause = options.cause
  }
}

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/
const KEY_MAX = 512
// What every file system allows for one name; S3 would take longer ones, but the local folder
// (and copy-media from it) never could, so such a key names nothing in either storage.
const SEGMENT_MAX = 255

/**
 * A key is a few folder names and a file name: letters, digits, `.`, `_` and `-`, none starting
 * with a dot, none longer than 255. So `..`, absolute paths, backslashes, empty segments, hidden
 * files and over-long names are never keys, in either storage, whatever a URL decodes to.
 */
export function isStorageKey(key: string): boolean {
  return key.length > 0 && key.length <= KEY_MAX && key.split('/').every((segment) => segment.length <= SEGMENT_MAX && SEGMENT.test(segment))
}

export function assertStorageKey(key: string): void {
  if (!isStorageKey(key)) throw new InvalidStorageKeyError(key)
}

const TYPES: Record<string, string> = {
  webp: 'image/webp', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', avif: 'image/avif', svg: 'image/svg+xml',
  // Videos in article bodies and their captions (features/videos).
  mp4: 'video/mp4', vtt: 'text/vtt; charset=utf-8',
}

/** What a file is, by its name: the local folder keeps no other record of it. */
export function contentTypeOfKey(key: string): string {
  const extension = key.slice(key.lastIndexOf('.') + 1).toLowerCase()
  return TYPES[extension] ?? 'application/octet-stream'
}
