import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { promisify } from 'node:util'
import type { Entry, ZipFile } from 'yauzl'
import { listZip } from '../files/zip-parts.ts'

// The ZIP of files that comes with a spreadsheet, on disk: its entries are found by their name
// without the folders (the sheet's "Tệp" column names files, not paths), in NFC and any case as
// Windows treats names; an entry is unpacked to a file only when a row names it, and never past
// the documents' size limit.

/**
 * Hundreds of scanned PDFs, and still received within Node's five minutes for a request on a
 * province's ordinary line (about 15 Mbit/s). Beyond this, import the register in parts.
 */
export const MAX_ZIP_BYTES = 500 * 1024 * 1024

/** A name as compared: "Tai lieu/Quyết Định 15.PDF" → "quyết định 15.pdf". */
export const fileKey = (name: string): string => name.normalize('NFC').split(/[\\/]/).pop()!.trim().toLowerCase()

export interface ZipEntryInfo {
  /** As in the ZIP, without its folders, in NFC. */
  name: string
  unpackedBytes: number
}

export interface ImportZip {
  /** Entries by fileKey; more than one when two folders hold the same name. */
  entries: Map<string, ZipEntryInfo[]>
  /** Unpacks the entry with this key to `path`; 'too-large' past `maxBytes`, 'broken' when it cannot be read. */
  extract(key: string, path: string, maxBytes: number): Promise<'ok' | 'too-large' | 'broken'>
  close(): void
}

/** The ZIP's entries, or undefined when it is not a ZIP or is broken. */
export async function openImportZip(path: string): Promise<ImportZip | undefined> {
  const listed = await listZip(path)
  if (!listed) return undefined
  const { zip } = listed
  const raw = new Map<string, Entry>()
  const entries = new Map<string, ZipEntryInfo[]>()
  for (const entry of listed.entries) {
    const name = entry.fileName.normalize('NFC').split(/[\\/]/).pop()!.trim()
    // Folders, and what macOS's Archive Utility adds beside every file, are not documents' files.
    if (entry.fileName.endsWith('/') || !name || name.startsWith('.') || entry.fileName.startsWith('__MACOSX/')) continue
    const key = fileKey(name)
    entries.set(key, [...(entries.get(key) ?? []), { name, unpackedBytes: entry.uncompressedSize }])
    raw.set(key, entry)
  }
  return {
    entries,
    extract: (key, to, maxBytes) => extractEntry(zip, raw.get(key), to, maxBytes),
    close: () => zip.close(),
  }
}

class TooLarge extends Error {}

async function extractEntry(zip: ZipFile, entry: Entry | undefined, path: string, maxBytes: number): Promise<'ok' | 'too-large' | 'broken'> {
  if (!entry) return 'broken'
  if (entry.uncompressedSize > maxBytes) return 'too-large'
  let bytes = 0
  const bound = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length
      done(bytes > maxBytes ? new TooLarge() : null, chunk)
    },
  })
  try {
    const stream = await promisify(zip.openReadStream.bind(zip))(entry)
    await pipeline(stream, bound, createWriteStream(path, { flags: 'wx', mode: 0o600 }))
    return 'ok'
  } catch (error) {
    await rm(path, { force: true })
    if ((error as NodeJS.ErrnoException).syscall) throw error
    return error instanceof TooLarge ? 'too-large' : 'broken'
  }
}
