import { randomBytes } from 'node:crypto'
import { copyFile, mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { assertStorageKey, contentTypeOfKey, isStorageKey, type ByteRange, type MediaStorage, type StoredObject } from './media-storage.ts'

/**
 * The default: files under one folder (MEDIA_DIR), the key being the path below it, so what was
 * stored before this interface existed is found under the same keys. The content type comes from
 * the file name's extension.
 */
export class LocalFolderStorage implements MediaStorage {
  readonly root: string

  constructor(folder: string) {
    this.root = resolve(folder)
  }

  async put(key: string, bytes: Buffer, _contentType: string): Promise<void> {
    await this.#write(key, (temporary) => writeFile(temporary, bytes, { flag: 'wx' }))
  }

  async putFile(key: string, source: string, _contentType: string): Promise<void> {
    await this.#write(key, (temporary) => copyFile(source, temporary))
  }

  async #write(key: string, write: (temporary: string) => Promise<void>): Promise<void> {
    const path = this.#path(key)
    if (!path) assertStorageKey(key)
    await mkdir(dirname(path!), { recursive: true })
    // Written aside, then renamed: a reader sees the old file or the whole new one, never half.
    const temporary = join(dirname(path!), `.${randomBytes(8).toString('hex')}.part`)
    try {
      await write(temporary)
      await rename(temporary, path!)
    } catch (error) {
      await rm(temporary, { force: true })
      throw error
    }
  }

  async *list(): AsyncIterable<string> {
    let entries
    try {
      entries = await readdir(this.root, { withFileTypes: true, recursive: true })
    } catch (error) {
      if (isMissing(error)) return
      throw error
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue
      const key = relative(this.root, join(entry.parentPath, entry.name)).split(sep).join('/')
      // Half-written files (`.x.part`) and anything else that is not a key is never served.
      if (isStorageKey(key)) yield key
    }
  }

  async get(key: string, range?: ByteRange): Promise<StoredObject | undefined> {
    const path = this.#path(key)
    if (!path) return undefined
    let handle
    try {
      handle = await open(path, 'r')
    } catch (error) {
      if (isMissing(error)) return undefined
      throw error
    }
    const info = await handle.stat()
    if (!info.isFile()) {
      await handle.close()
      return undefined
    }
    const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`
    const body = range ? handle.createReadStream({ start: range.start, end: range.end }) : handle.createReadStream()
    return { body, contentType: contentTypeOfKey(key), length: info.size, etag }
  }

  async exists(key: string): Promise<boolean> {
    const path = this.#path(key)
    if (!path) return false
    try {
      return (await stat(path)).isFile()
    } catch (error) {
      if (isMissing(error)) return false
      throw error
    }
  }

  async delete(key: string): Promise<void> {
    const path = this.#path(key)
    if (!path) assertStorageKey(key)
    await rm(path!, { force: true })
  }

  async close(): Promise<void> {}

  /** The file's path, or undefined when the key is not one (checked twice: by its shape, then by where it lands). */
  #path(key: string): string | undefined {
    if (!isStorageKey(key)) return undefined
    const path = resolve(this.root, key)
    return path.startsWith(this.root + sep) ? path : undefined
  }
}

// Every way the system says "there is no such file here": a folder on the way that is a file,
// a name too long to exist, a name the file system cannot hold.
const isMissing = (error: unknown) => ['ENOENT', 'ENOTDIR', 'EISDIR', 'ENAMETOOLONG', 'EINVAL'].includes((error as NodeJS.ErrnoException).code ?? '')
